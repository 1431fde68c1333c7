"""SQLite's write lock: writers wait for it (bounded, logged tries), readers never do."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import ReadOnlyError
from talkpush_desktop.storage.models import Company, Label
from talkpush_desktop.storage.write_lock import BEGIN_ATTEMPTS


def _hold(workspace_dir: Path) -> sqlite3.Connection:
    """Another program in the middle of a write transaction."""
    other = sqlite3.connect(workspace_dir / DB_FILE, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE companies SET name = 'Other program'")
    return other


@pytest.mark.sqlite_only("another program holds SQLite's file lock")
def test_a_writer_gives_up_after_bounded_logged_tries(
    workspace_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    other = _hold(workspace_dir)
    try:
        with Workspace.open(data_dir=workspace_dir, busy_timeout_ms=100) as ws:
            with caplog.at_level(logging.WARNING), pytest.raises(OperationalError, match="locked"):
                ws.campaigns.create("Blocked")
    finally:
        other.execute("ROLLBACK")
        other.close()
    levels = [r.levelname for r in caplog.records if "locked" in r.getMessage()]
    assert levels == ["WARNING"] * (BEGIN_ATTEMPTS - 1) + ["ERROR"]


@pytest.mark.sqlite_only("another program holds SQLite's file lock")
def test_a_writer_gets_the_lock_when_the_other_program_commits(workspace_dir: Path) -> None:
    other = _hold(workspace_dir)
    commit = threading.Timer(0.7, lambda: other.execute("COMMIT"))
    commit.start()
    try:
        with Workspace.open(data_dir=workspace_dir, busy_timeout_ms=500) as ws:
            ws.campaigns.create("After the other program")  # waits past one busy timeout
            assert [c.title for c in ws.campaigns.all()] == ["After the other program"]
            assert ws.company.name() == "Other program"
    finally:
        commit.join()
        other.close()


@pytest.mark.sqlite_only("another program holds SQLite's file lock")
def test_reads_do_not_wait_for_a_writer(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir, busy_timeout_ms=100) as ws:
        ws.campaigns.create("Seen")
        other = _hold(workspace_dir)
        try:
            assert [c.title for c in ws.campaigns.all()] == ["Seen"]  # the last committed state
            assert ws.company.name() != "Other program"
            assert ws.candidates.folder_counts() is not None
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_a_read_only_session_refuses_to_write(ws: Workspace) -> None:
    with pytest.raises(ReadOnlyError), ws.reading() as s:
        s.execute(update(Company).values(name="Changed"))
    with pytest.raises(ReadOnlyError), ws.reading() as s:
        s.add(Label(company_id=ws.company_id, name="x", automatic=False, color="#000000"))
        s.flush()
    assert ws.company.name() != "Changed"
