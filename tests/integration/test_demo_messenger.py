"""The demo's Messenger candidates can be messaged on Messenger, and their answers there come
back into their own conversation (the sandbox stands in for the Facebook page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from support.cli import run_json

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message


def test_send_on_messenger_to_a_demo_messenger_candidate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_json(capsys, tmp_path, "demo", "--candidates", "120")
    with Workspace.open(data_dir=tmp_path) as ws, ws.transaction() as s:
        cid = s.scalar(
            select(Message.candidate_id)
            .where(Message.channel == "messenger", Message.direction == "in")
            .order_by(Message.id)
            .limit(1)
        )
    assert cid is not None
    sent = run_json(
        capsys, tmp_path, "messages", "send", str(cid), "--channel", "messenger", "--text", "Hi!"
    )
    assert isinstance(sent, dict)
    assert sent["skipped"] == [] and sent["queued"] == 1
    report = run_json(capsys, tmp_path, "sync", "--once")
    assert isinstance(report, dict) and report["sent"] == 1
    with Workspace.open(data_dir=tmp_path) as ws:
        psid = ws.candidates.get(cid).others["messenger_psid"]
    delivered = run_json(capsys, tmp_path, "sandbox", "inbox", psid)
    assert isinstance(delivered, list)
    assert [(d["channel"], d["body"]) for d in delivered] == [("messenger", "Hi!")]

    reply = ("sandbox", "reply", psid, "--text", "Hello", "--channel", "messenger")
    run_json(capsys, tmp_path, *reply)
    run_json(capsys, tmp_path, "sync", "--once")
    history = run_json(capsys, tmp_path, "messages", "list", str(cid))
    assert isinstance(history, list)
    assert history[-1]["body"] == "Hello"  # in the candidate's own conversation, no inquiry
