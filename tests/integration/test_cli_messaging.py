"""The messaging command line: send, schedule, templates, quick replies, notify, invite."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from support.cli import run, run_json

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message

MARIA_PHONE = "+639171234567"


@pytest.fixture
def people(workspace_dir: Path) -> tuple[int, int, int]:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        maria = ws.intake.add_candidate(camp.id, first_name="Maria", phone=MARIA_PHONE)
        jose = ws.intake.add_candidate(camp.id, first_name="Jose", email="jose@example.com")
        ana = ws.intake.add_candidate(camp.id, first_name="Ana", phone="+639181112222")
        return maria, jose, ana


def test_send_fills_tokens_per_candidate_and_lists_the_skipped(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    maria, jose, ana = (str(i) for i in people)
    result = run_json(
        capsys,
        workspace_dir,
        "messages",
        "send",
        maria,
        jose,
        ana,
        "--text",
        "Hi <%= @candidate_first_name %>",
        "--channel",
        "sms",
    )
    assert result == {
        "queued": 2,
        "message_ids": result["message_ids"],  # type: ignore[index]
        "skipped": [{"id": int(jose), "reason": "sms: the candidate has no phone number"}],
    }
    assert run_json(capsys, workspace_dir, "sync", "--once")["sent"] == 2  # type: ignore[index]
    [line] = run_json(capsys, workspace_dir, "sandbox", "inbox", MARIA_PHONE)  # type: ignore[misc]
    assert line["body"] == "Hi Maria"
    history = run_json(capsys, workspace_dir, "messages", "list", maria)
    assert [m["state"] for m in history] == ["delivered"]  # type: ignore[union-attr,index]


def test_a_bad_token_is_refused_with_a_clear_line(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    code, _out, err = run(
        capsys,
        workspace_dir,
        "messages",
        "queue",
        str(people[0]),
        "--text",
        "Hi <%= @nme %>",
        "--channel",
        "sms",
    )
    assert code == 2
    assert err.startswith("talkpush-desktop: error: ") and "@nme is not a token" in err


def test_send_at_a_local_time_waits_in_the_outbox(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    run_json(
        capsys,
        workspace_dir,
        "messages",
        "send",
        str(people[0]),
        "--text",
        "See you",
        "--at",
        "2099-12-02T09:00",
    )
    assert run_json(capsys, workspace_dir, "sync", "--once")["sent"] == 0  # type: ignore[index]
    with Workspace.open(data_dir=workspace_dir) as ws, ws.transaction() as s:
        when = s.scalar(select(Message.next_attempt_at))
    assert when == datetime(2099, 12, 2, 1, 0)  # 9:00 in Manila is 01:00 UTC


def test_templates_are_listed_checked_and_sanitised(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    rows = run_json(capsys, workspace_dir, "templates", "list", "--campaign", "CSR Manila")
    assert isinstance(rows, list) and len(rows) == 8
    invitation = rows[0]
    assert (invitation["event"], invitation["channel"], invitation["enabled"]) == (
        "invitation",
        "sms",
        True,
    )
    assert invitation["sms"]["segments"] >= 1
    code, _out, err = run(
        capsys,
        workspace_dir,
        "templates",
        "set",
        "--campaign",
        "CSR Manila",
        "--event",
        "rejection",
        "--channel",
        "sms",
        "--text",
        "Bye <%= @candidat_name %>",
    )
    assert code == 2 and "did you mean @candidate_name" in err
    saved = run_json(
        capsys,
        workspace_dir,
        "templates",
        "set",
        "--campaign",
        "CSR Manila",
        "--event",
        "shortlisted",
        "--channel",
        "email",
        "--enable",
        "--text",
        '<p onclick="x()">Hi <%= @candidate_name %><script>alert(1)</script></p>',
    )
    assert saved["body"] == "<p>Hi <%= @candidate_name %></p>"  # type: ignore[index]
    assert saved["enabled"] is True  # type: ignore[index]


def test_move_with_notify_sends_the_shortlisted_template(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    run_json(
        capsys,
        workspace_dir,
        "templates",
        "set",
        "--campaign",
        "CSR Manila",
        "--event",
        "shortlisted",
        "--channel",
        "sms",
        "--enable",
    )
    moved = run_json(
        capsys,
        workspace_dir,
        "candidates",
        "move",
        str(people[0]),
        "--to",
        "shortlisted",
        "--notify",
    )
    assert moved == {"moved": 1, "folder": "Shortlisted", "notified": 1}
    run_json(capsys, workspace_dir, "sync", "--once")
    [line] = run_json(capsys, workspace_dir, "sandbox", "inbox", MARIA_PHONE)  # type: ignore[misc]
    assert line["body"].startswith("Good news Maria")
    code, _out, err = run(
        capsys, workspace_dir, "candidates", "move", str(people[0]), "--to", "on-hold", "--notify"
    )
    assert code == 2 and "On Hold has no notification template" in err


def test_quick_replies_can_be_edited_and_deleted(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    q = run_json(capsys, workspace_dir, "quick-replies", "add", "--title", "Thanks", "--text", "Ty")
    qid = str(q["id"])  # type: ignore[index]
    run_json(
        capsys,
        workspace_dir,
        "quick-replies",
        "edit",
        qid,
        "--title",
        "Thanks!",
        "--text",
        "Thank you <%= @candidate_first_name %>",
    )
    sent = run_json(
        capsys,
        workspace_dir,
        "messages",
        "send",
        str(people[0]),
        str(people[2]),
        "--quick-reply",
        "thanks!",
    )
    assert sent["queued"] == 2  # type: ignore[index]
    run_json(capsys, workspace_dir, "quick-replies", "delete", qid)
    assert run_json(capsys, workspace_dir, "quick-replies", "list") == []


def test_import_with_invite_queues_the_invitations(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    people: tuple[int, int, int],
    tmp_path: Path,
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("Lia,Cruz,lia@example.com,63,9175550001,\nBen,Go,,63,9175550002,\n")
    summary = run_json(
        capsys, workspace_dir, "import", "csv", str(csv), "--campaign", "CSR Manila", "--invite"
    )
    assert summary["imported"] == 2  # type: ignore[index]
    assert summary["invited"] == 3  # type: ignore[index]  # Lia by SMS and email, Ben by SMS
    assert run_json(capsys, workspace_dir, "sync", "--once")["sent"] == 3  # type: ignore[index]
    [mail] = run_json(capsys, workspace_dir, "sandbox", "inbox", "lia@example.com")  # type: ignore[misc]
    assert mail["subject"].startswith("Your interview invitation from")


def test_analytics_prints_the_dashboard_series(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    code, out, err = run(
        capsys, workspace_dir, "analytics", "--from", "2020-01-01", "--to", "2020-01-03"
    )
    assert code == 0, err
    board = json.loads(out)
    assert board["days"] == ["2020-01-01", "2020-01-02", "2020-01-03"]
    assert board["overview"]["values"]["added"] == [0, 0, 0]
    code, _out, err = run(
        capsys, workspace_dir, "analytics", "--from", "2020-02-01", "--to", "2020-01-01"
    )
    assert code == 2 and "--to is before --from" in err


def test_analytics_drill_lists_the_candidates_behind_a_figure(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int, int]
) -> None:
    maria, jose, _ana = people
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.candidates.move([maria, jose], "Rejected")
        today = utcnow().date().isoformat()
    out = run_json(
        capsys, workspace_dir, "analytics", "--from", today, "--drill", "overview", "rejected"
    )
    assert out["count"] == 2  # type: ignore[index]
    assert out["candidate_ids"] == sorted([maria, jose])  # type: ignore[index]
    assert out["title"].startswith("Campaign performance · Rejected")  # type: ignore[index]
    code, _out, err = run(capsys, workspace_dir, "analytics", "--drill", "pie", "x")
    assert code == 2 and "unknown chart 'pie'" in err
