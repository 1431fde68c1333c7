"""A plain ``sqlite3`` connection to an up-to-date SQLite workspace, for quick reads.

The command line answers a read such as ``counts`` through it without loading SQLAlchemy,
the models or Alembic: the schema check is one SELECT of ``alembic_version`` against
:data:`migrations.HEAD`. Whenever that is not enough (no file yet, not SQLite, an older
schema to upgrade, a newer one to refuse, any driver error) it returns None, and the caller
opens the workspace whole (:func:`database.open_database`), which upgrades, refuses or
names the error exactly as for every other command. It never writes (``query_only``), and
leaves the file and its ``-wal``/``-shm`` for the owner only, as every open does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.private_files import keep_private

SQLITE_HEADER = b"SQLite format 3\x00"


def connect_if_current(path: Path, busy_timeout_ms: int) -> sqlite3.Connection | None:
    """A read-only connection to the workspace database at ``path`` when its schema is
    this version's head; None when it has to be opened whole."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw",  # never creates a file
            uri=True,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
        )
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != migrations.HEAD:
        conn.close()
        return None
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        keep_private(path.with_name(name))
    return conn
