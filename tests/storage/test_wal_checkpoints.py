"""The WAL checkpointer copies a writer's pages back into the database file on its own
thread, while the writer's connection never checkpoints."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import create_engine

from talkpush_desktop.storage import wal_checkpoints


def _writer(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")  # this connection never checkpoints
    db.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)")
    return db


def test_pages_reach_the_database_file_while_the_writer_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    db = _writer(path)
    checkpointer = wal_checkpoints.WalCheckpointer(str(path), interval=0.01)
    try:
        for n in range(20):
            with db:
                db.executemany(
                    "INSERT INTO rows (text) VALUES (?)", [("x" * 500,) for _ in range(50)]
                )
            if n == 0:
                before = path.stat().st_size
        deadline = time.monotonic() + 10
        while path.stat().st_size < 400_000 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert path.stat().st_size >= 400_000 > before  # 1,000 rows of 500 bytes copied in
        assert checkpointer.checkpoints > 0
    finally:
        checkpointer.close()
    assert db.execute("SELECT count(*) FROM rows").fetchone() == (1000,)
    db.close()


def test_only_for_a_sqlite_file(tmp_path: Path) -> None:
    assert wal_checkpoints.start(create_engine("sqlite://")) is None
    started = wal_checkpoints.start(create_engine(f"sqlite:///{tmp_path / 'f.sqlite3'}"))
    assert started is not None
    started.close()
