"""``campaigns create|update|show|members|messenger|traffic-ad``, ``templates preview`` and
``--user EMAIL`` as a user's shell runs them (real processes on a real workspace)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.cli import run_process

from talkpush_desktop.engine.workspace import Workspace


def _cli(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args)
    return done.returncode, done.stdout, done.stderr


def _json(folder: Path, *args: str) -> Any:
    code, out, err = _cli(folder, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _error(folder: Path, *args: str) -> str:
    code, out, err = _cli(folder, *args)
    assert (code, out) == (2, "")
    assert err.startswith("talkpush-desktop: error: ") and err.count("\n") == 1
    return err


def test_create_update_show(workspace_dir: Path) -> None:
    made = _json(
        workspace_dir,
        "campaigns",
        "create",
        "CSR Manila",
        "--country",
        "ph",
        "--language",
        "es",
        "--auto-call",
        "on",
        "--web-dial-out",
        "off",
    )
    assert {k: made[k] for k in ("title", "hotline_country", "caller_id_prefix")} == {
        "title": "CSR Manila",
        "hotline_country": "PH",
        "caller_id_prefix": "+63",
    }
    assert (made["interview_language"], made["auto_call"], made["web_dial_out"]) == (
        "es",
        True,
        False,
    )
    assert len(made["messages"]) == 8
    assert "already titled 'CSR Manila'" in _error(
        workspace_dir, "campaigns", "create", "csr manila"
    )
    err = _error(
        workspace_dir, "campaigns", "create", "B", "--country", "XX", "--auto-call", "maybe"
    )
    assert "--auto-call: use on or off, not 'maybe'" in err
    updated = _json(
        workspace_dir,
        "campaigns",
        "update",
        str(made["id"]),
        "--title",
        "Nights",
        "--web-dial-out",
        "on",
    )
    assert (updated["title"], updated["web_dial_out"], updated["auto_call"]) == (
        "Nights",
        True,
        True,
    )
    assert _json(workspace_dir, "campaigns", "show", "nights") == updated
    assert updated["interview"] == []
    step = _json(workspace_dir, "interview", "add", "Nights", "--step", "question", "--text", "Q")
    del step["warnings"]  # advice on the whole interview, printed by ``interview add``
    assert _json(workspace_dir, "campaigns", "show", "nights")["interview"] == [step]
    assert "nothing done" in _error(workspace_dir, "campaigns", "update", "1")
    assert "no campaign with id or title '9'" in _error(workspace_dir, "campaigns", "show", "9")
    legacy = _json(workspace_dir, "campaigns", "create", "Legacy", "--auto-call")  # still works
    assert legacy["auto_call"] is True and legacy["hotline_country"] == "US"


def test_members_and_acting_user(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.company.add_user("Ana Reyes", "ana@example.com")
        ws.company.add_user("Bo Lim", "bo@example.com")
        ws.company.add_user("Cy Tan", "cy@example.com")
    shared = _json(workspace_dir, "campaigns", "create", "Shared")["id"]
    _json(workspace_dir, "campaigns", "create", "Hidden")
    members = _json(
        workspace_dir,
        "campaigns",
        "members",
        str(shared),
        "--add",
        "ana@example.com",
        "--add",
        "bo@example.com",
    )
    assert [m["email"] for m in members["members"]] == ["ana@example.com", "bo@example.com"]
    assert "cy@example.com" in [m["email"] for m in members["team"]]
    assert "'zz@example.com'" in _error(
        workspace_dir, "campaigns", "members", str(shared), "--add", "zz@example.com"
    )
    as_ana = _json(workspace_dir, "--user", "ana@example.com", "campaigns", "list")
    assert [c["title"] for c in as_ana] == ["Shared"]
    assert _json(workspace_dir, "--user", "cy@example.com", "campaigns", "list") == []
    assert "no campaign" in _error(
        workspace_dir, "--user", "cy@example.com", "campaigns", "show", "Hidden"
    )
    assert "no user with the email" in _error(workspace_dir, "--user", "x@y.z", "campaigns", "list")
    owner = _json(workspace_dir, "campaigns", "list")
    assert [c["title"] for c in owner] == ["Shared", "Hidden"]
    _json(workspace_dir, "campaigns", "members", str(shared), "--remove", "ana@example.com")
    assert _json(workspace_dir, "--user", "ana@example.com", "campaigns", "list") == []


def _preview_of(folder: Path, sms: str) -> Any:
    """``templates preview`` of the completion SMS after ``templates set`` wrote ``sms``."""
    where = ("--campaign", "CSR", "--event", "completion")
    _json(folder, "templates", "set", *where, "--channel", "sms", "--text", sms)
    return _json(folder, "templates", "preview", *where, "--channel", "sms")


def test_templates_preview(workspace_dir: Path) -> None:
    _json(workspace_dir, "campaigns", "create", "CSR")
    p = _preview_of(workspace_dir, "a" * 158 + "[")
    assert (p["characters"], p["encoding"], p["segments"]) == (159, "GSM-7", 1)
    p = _preview_of(workspace_dir, "й" * 71)
    assert (p["characters"], p["encoding"], p["segments"]) == (71, "UCS-2", 2)
    assert [part["text"] for part in p["parts"]] == ["й" * 67, "й" * 4]


def test_messenger_and_traffic_ad(workspace_dir: Path, tmp_path: Path) -> None:
    cid = str(_json(workspace_dir, "campaigns", "create", "CSR")["id"])
    err = _error(workspace_dir, "campaigns", "messenger", cid, "--mode", "job", "--title", "t" * 81)
    assert "title: at most 80 characters (81 given)" in err
    posted = _json(
        workspace_dir,
        "campaigns",
        "messenger",
        cid,
        "--mode",
        "job",
        "--title",
        "t" * 80,
        "--subtitle",
        "Manila",
        "--description",
        "All about it",
        "--apply-url",
        "https://a.b/1",
    )
    assert posted == {
        "id": int(cid),
        "mode": "job",
        "title": "t" * 80,
        "subtitle": "Manila",
        "description": "All about it",
        "apply_url": "https://a.b/1",
    }
    buttons = [{"type": "postback", "title": f"Job {i}", "payload": f"J{i}"} for i in range(4)]
    payload = {"template_type": "button", "text": "Pick", "buttons": buttons}
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"message": {"attachment": {"type": "template", "payload": payload}}})
    )
    err = _error(workspace_dir, "campaigns", "traffic-ad", cid, "--file", str(bad))
    assert "message.attachment.payload.buttons: at most 3 buttons (4 given)" in err
    assert _json(workspace_dir, "campaigns", "traffic-ad", cid, "--show") is None
    good = tmp_path / "good.json"
    content = {"intro_text": "Hi", "message": {"text": "Welcome to CSR"}}
    good.write_text(json.dumps(content))
    code, out, err = _cli(workspace_dir, "campaigns", "traffic-ad", cid, "--file", str(good))
    assert (code, out) == (0, f"saved the traffic ad of campaign {cid}\n"), err
    assert _json(workspace_dir, "campaigns", "traffic-ad", cid, "--show") == content
    assert _json(workspace_dir, "campaigns", "show", cid)["traffic_ad"] == content
