"""The seed: a PIN expires (the candidate moves to No Response) when the candidate "has not
responded to your invitation". Anyone who wrote back or answered a question stays."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from support.cli import run_json

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate

PHONES = {"Lorna": "+639175550101", "Rosa": "+639175550102", "Mark": "+639175550103"}


def test_an_expired_pin_moves_only_those_who_never_responded(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("Customer Service - Manila", hotline_country="PH")
        steps = [("question", q, "text") for q in ("Why us?", "Night shifts?", "Start date?")]
        ws.interview.set_steps(camp.id, steps)
        ids = {
            name: ws.intake.add_candidate(camp.id, first_name=name, phone=phone, invite=True)
            for name, phone in PHONES.items()
        }
    run_json(capsys, workspace_dir, "sync", "--once")  # the invitations go out
    for text in ("START", "Because I like people"):  # Lorna answers question 1: Attempted
        run_json(capsys, workspace_dir, "sandbox", "reply", PHONES["Lorna"], "--text", text)
        run_json(capsys, workspace_dir, "sync", "--once")
    # Rosa only writes back (no answer yet)
    run_json(capsys, workspace_dir, "sandbox", "reply", PHONES["Rosa"], "--text", "Is this real?")
    run_json(capsys, workspace_dir, "sync", "--once")
    with Workspace.open(data_dir=workspace_dir) as ws, ws.transaction() as s:
        s.execute(update(Candidate).values(pin_expires_at=utcnow() - timedelta(hours=1)))

    report = run_json(capsys, workspace_dir, "sync", "--once")  # 72 hours later
    assert isinstance(report, dict)
    assert report["expired_pins"] == 1
    with Workspace.open(data_dir=workspace_dir) as ws:
        folders = {name: ws.candidates.get(cid).row.folder for name, cid in ids.items()}
        assert "Attempted" in ws.candidates.get(ids["Lorna"]).row.labels
    assert folders == {"Lorna": "Inbox", "Rosa": "Inbox", "Mark": "No Response"}
