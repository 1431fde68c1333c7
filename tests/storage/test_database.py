"""Opening workspaces: pragmas, clear errors for locked, corrupt and foreign databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import DB_FILE, Workspace


@pytest.mark.sqlite_only("checks SQLite's PRAGMAs")
def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(ws: Workspace) -> None:
    with ws.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_cascade(ws: Workspace) -> None:
    c = ws.campaigns.create("Gone soon", hotline_country="PH")
    ws.intake.add_candidate(c.id, first_name="A", email="a@x.org")
    with ws.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM campaigns WHERE id = :i"), {"i": c.id})
        assert conn.execute(text("SELECT count(*) FROM candidates")).scalar() == 0


def test_corrupt_file_gives_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceError, match="not a Talkpush workspace"):
        Workspace.open(data_dir=tmp_path)


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_truncated_sqlite_file_is_reported_corrupt(workspace_dir: Path) -> None:
    path = workspace_dir / DB_FILE
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 4000 + b"garbage" * 1000)
    with pytest.raises(WorkspaceError, match="corrupt|not a Talkpush"):
        Workspace.open(data_dir=workspace_dir)


def test_foreign_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(WorkspaceError, match="not a workspace"):
        Workspace.open(data_dir=tmp_path)
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert names == ["invoices"]


@pytest.mark.sqlite_only("SQLite's file lock")
def test_locked_database_gives_one_clear_message(workspace_dir: Path) -> None:
    holder = sqlite3.connect(workspace_dir / DB_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        ws = Workspace.open(data_dir=workspace_dir, busy_timeout_ms=100)
        with pytest.raises(Exception, match="locked"):
            ws.campaigns.create("Blocked")
        ws.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_url_selects_the_workspace(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'custom.db'}"
    with Workspace.open(database_url=url) as ws:
        ws.campaigns.create("Via URL")
    with Workspace.open(database_url=url) as ws:
        assert [c.title for c in ws.campaigns.all()] == ["Via URL"]
        assert ws.data_dir == tmp_path
