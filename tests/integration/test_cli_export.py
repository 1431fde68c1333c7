"""The export command line: four subcommands, their summaries, and refusals that write nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from support.cli import run, run_json

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message


@pytest.fixture
def people(workspace_dir: Path) -> tuple[int, int, int]:
    """A campaign (id returned first) with two candidates, one sent an SMS on 1 March."""
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        maria = ws.intake.add_candidate(camp.id, first_name="Maria", phone="+639171234567")
        jose = ws.intake.add_candidate(camp.id, first_name="Jose", email="jose@example.com")
        with ws.transaction() as s:
            s.add(
                Message(
                    candidate_id=maria,
                    direction="out",
                    channel="sms",
                    kind="recruiter",
                    body="x" * 161,
                    state="delivered",
                    created_at=datetime(2025, 3, 1, 9),
                    sent_at=datetime(2025, 3, 1, 9),
                )
            )
        return camp.id, maria, jose


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_export_campaign_writes_every_candidate(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    camp, maria, jose = people
    out = tmp_path / "csr.xlsx"
    summary = run_json(capsys, workspace_dir, "export", "campaign", str(camp), str(out))
    assert summary == {
        "path": str(out),
        "status": "done",
        "rows": 2,
        "sheets": {"Candidates": 2},
    }
    sheet = openpyxl.load_workbook(out)["Candidates"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [maria, jose]
    code, text, err = run(capsys, workspace_dir, "export", "campaign", "CSR Manila", str(out))
    assert (code, err) == (0, "")
    assert text == f"exported 2 candidate(s) to {out}\n"


def test_an_unknown_campaign_is_an_error_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "none.xlsx"
    out.parent.mkdir()
    code, text, err = run(capsys, workspace_dir, "export", "campaign", "999", str(out))
    assert (code, text) == (2, "")
    assert err == "talkpush-desktop: error: no campaign with id or title '999'\n"
    assert _files(out.parent) == []


def test_a_missing_folder_is_an_error(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    out = tmp_path / "nowhere" / "x.xlsx"
    code, _, err = run(capsys, workspace_dir, "export", "campaign", str(people[0]), str(out))
    assert code == 2
    assert err == (
        f"talkpush-desktop: error: cannot write {out}: the folder {out.parent} does not exist\n"
    )


def test_export_analytics_with_a_frame_and_campaigns(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    out = tmp_path / "analytics.xlsx"
    summary = run_json(
        capsys,
        workspace_dir,
        "export",
        "analytics",
        str(out),
        "--from",
        "2025-03-01",
        "--to",
        "2025-03-03",
        "--campaign",
        str(people[0]),
    )
    assert summary == {
        "path": str(out),
        "status": "done",
        "rows": 3 + 3 + 24 + 0 + 0 + 3 + 24,
        "sheets": {
            "Overview": 3,
            "Pass & participation": 3,
            "Candidate activity": 24,
            "Processing volume": 0,
            "Processing time by user": 0,
            "Processing time by campaign": 3,
            "User activity": 24,
        },
        "from": "2025-03-01",
        "to": "2025-03-03",
    }
    days = [r[0] for r in openpyxl.load_workbook(out)["Overview"].iter_rows(values_only=True)]
    assert days == ["Day", datetime(2025, 3, 1), datetime(2025, 3, 2), datetime(2025, 3, 3)]


def test_export_analytics_defaults_to_the_last_30_days(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "analytics.xlsx"
    summary = run_json(capsys, workspace_dir, "export", "analytics", str(out))
    assert isinstance(summary, dict)
    start, end = date.fromisoformat(summary["from"]), date.fromisoformat(summary["to"])
    assert end - start == timedelta(days=29)
    assert summary["sheets"]["Overview"] == 30
    code, text, _ = run(capsys, workspace_dir, "export", "analytics", str(out))
    assert code == 0
    assert text == f"exported 7 sheets ({start} to {end}) to {out}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01"], "--from: not a date: '2025-13-01' (use YYYY-MM-DD)"),
        (["--from", "2025-03-02", "--to", "2025-03-01"], "--to is before --from"),
        (["--campaign", "Nope"], "no campaign with id or title 'Nope'"),
    ],
)
def test_bad_analytics_options_are_refused(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "a.xlsx"
    code, _, err = run(capsys, workspace_dir, "export", "analytics", str(out), *args)
    assert (code, err) == (2, f"talkpush-desktop: error: {message}\n")
    assert not out.exists()


def test_export_sms_breakdown(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    out = tmp_path / "sms.xlsx"
    frame = ("--from", "2025-03-01", "--to", "2025-03-01")
    summary = run_json(capsys, workspace_dir, "export", "sms-breakdown", str(out), *frame)
    assert summary == {
        "path": str(out),
        "status": "done",
        "rows": 1,
        "sheets": {"SMS breakdown": 2},
        "from": "2025-03-01",
        "to": "2025-03-01",
        "totals": {"messages": 1, "segments": 2},
    }
    rows = list(openpyxl.load_workbook(out)["SMS breakdown"].iter_rows(values_only=True))
    assert rows[1:] == [(people[0], "CSR Manila", 1, 2, 0), (None, "Total", 1, 2, 0)]
    code, text, _ = run(capsys, workspace_dir, "export", "sms-breakdown", str(out), *frame)
    assert code == 0
    assert text == (
        f"exported 1 campaign(s) (2025-03-01 to 2025-03-01): 1 SMS, 2 segments, to {out}\n"
    )


def test_export_ats_json(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    camp, maria, jose = people
    out = tmp_path / "ats.json"
    summary = run_json(capsys, workspace_dir, "export", "ats-json", str(jose), str(maria), str(out))
    assert summary == {"path": str(out), "status": "done", "rows": 2, "sheets": {}}
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(c["id"], c["state"], c["user_phone_number"]) for c in data] == [
        (jose, "inbox", ""),
        (maria, "inbox", "9171234567"),
    ]
    assert data[0]["campaign_id"] == camp
    code, text, _ = run(capsys, workspace_dir, "export", "ats-json", str(maria), str(out))
    assert (code, text) == (0, f"exported 1 candidate(s) to {out}\n")


def test_unknown_candidates_are_named_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    tmp_path: Path,
    people: tuple[int, int, int],
) -> None:
    out = tmp_path / "ats.json"
    code, text, err = run(
        capsys, workspace_dir, "export", "ats-json", str(people[1]), "998", "999", str(out)
    )
    assert (code, text) == (2, "")
    assert err == "talkpush-desktop: error: no candidates with ids 998, 999\n"
    assert not out.exists()
