"""A reply sets the interview bot off whoever runs the sync (the window's worker, the CLI's
``sync``), exactly once, and a reply stored but not yet handled is picked up on the next pass."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from support import workspace_db
from support.cli import run_json

from talkpush_desktop.engine.messaging import inbound
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.providers.base import Inbound
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace

PHONE = "+639175550123"
QUESTIONS = ("Why us?", "Night shifts?")


@pytest.fixture
def lorna(workspace_dir: Path) -> int:
    """An invited candidate of a campaign with a two-question interview."""
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("Customer Service - Manila", hotline_country="PH")
        steps = [("introduction", "Welcome!", "text")]
        steps += [("question", q, "text") for q in QUESTIONS]
        ws.interview.set_steps(camp.id, [*steps, ("closing", "Thanks!", "text")])
        return ws.intake.add_candidate(
            camp.id, first_name="Lorna", last_name="Dizon", phone=PHONE, invite=True
        )


def window_pass(folder: Path) -> None:
    """One pass of the worker as the window builds it (no hooks of the CLI's)."""
    with Workspace.open(data_dir=folder) as ws:
        worker = SyncWorker(ws.context, on_change=lambda: None, on_received=lambda _got: None)
        try:
            asyncio.run(worker.run(once=True))
        finally:
            worker.close()


def to_phone(capsys: pytest.CaptureFixture[str], folder: Path) -> list[str]:
    lines = run_json(capsys, folder, "sandbox", "inbox", PHONE)
    assert isinstance(lines, list)
    return [line["body"] for line in lines if line["direction"] == "to_candidate"]


def test_the_windows_sync_sets_the_bot_off_and_a_later_cli_sync_does_not_repeat_it(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, lorna: int
) -> None:
    run_json(capsys, workspace_dir, "sync", "--once")
    run_json(capsys, workspace_dir, "sandbox", "reply", PHONE, "--text", "START")
    window_pass(workspace_dir)  # the window pulls the reply
    run_json(capsys, workspace_dir, "sync", "--once")  # later, from the command line
    sent = to_phone(capsys, workspace_dir)
    assert sent[1:] == [
        "Welcome!",
        f"Question 1 of 2: {QUESTIONS[0]} (Please answer in a message.)",
    ]

    run_json(capsys, workspace_dir, "sandbox", "reply", PHONE, "--text", "Because")
    window_pass(workspace_dir)
    assert to_phone(capsys, workspace_dir)[-1].startswith(f"Question 2 of 2: {QUESTIONS[1]}")
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert "Attempted" in ws.candidates.get(lorna).row.labels


def test_a_reply_stored_but_not_handled_is_handled_on_the_next_pass(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, lorna: int
) -> None:
    run_json(capsys, workspace_dir, "sync", "--once")
    with Workspace.open(data_dir=workspace_dir) as ws, ws.transaction() as s:
        # a pass that stored the reply and stopped (a crash, a closed window) before the bot ran
        item = Inbound("SBX-crashed-1", "sms", PHONE, "START", utcnow())
        inbound.record(s, ws.company_id, [item])
    report = run_json(capsys, workspace_dir, "sync", "--once")
    assert isinstance(report, dict)
    assert report["received"] == 0  # nothing new from the provider ...
    sent = to_phone(capsys, workspace_dir)
    assert sent[-1].startswith(f"Question 1 of 2: {QUESTIONS[0]}")  # ... but the bot answered
    run_json(capsys, workspace_dir, "sync", "--once")
    assert to_phone(capsys, workspace_dir) == sent  # once, never again


def test_an_upgraded_workspace_does_not_replay_old_replies(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, lorna: int
) -> None:
    from alembic import command
    from sqlalchemy import text

    from talkpush_desktop.storage import migrations
    from talkpush_desktop.storage.database import make_engine

    run_json(capsys, workspace_dir, "sync", "--once")
    with Workspace.open(data_dir=workspace_dir) as ws, ws.transaction() as s:
        old = Inbound("SBX-old-1", "sms", PHONE, "START", utcnow() - timedelta(days=9))
        inbound.record(s, ws.company_id, [old])
    engine = make_engine(workspace_db.url(workspace_dir))
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0006")
        conn.commit()
        assert conn.execute(text("SELECT count(*) FROM messages WHERE direction='in'")).scalar()
    engine.dispose()
    run_json(capsys, workspace_dir, "sync", "--once")  # opens (upgrades) and syncs
    assert len(to_phone(capsys, workspace_dir)) == 1  # the invitation only: no replay
