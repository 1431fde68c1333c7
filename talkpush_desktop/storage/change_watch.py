"""Noticing writes that another process (the CLI, ``sync``, the API server) made to a workspace.

An open window asks :meth:`ChangeWatch.changed` every half second, off its UI thread:

- **SQLite**: ``PRAGMA data_version`` on a connection of the watch's own. Its value changes
  whenever another connection committed since the last time this connection asked; it is
  read from the WAL index (no lock, no wait on a writer), so asking costs microseconds.
- **PostgreSQL**: ``LISTEN`` on :data:`CHANNEL`. Every write transaction of this program
  ends with ``pg_notify(CHANNEL, PROCESS_TOKEN)`` (:func:`announce_commits`, from the
  engine's write path, so no trigger and no migration); the watch drains the notifications
  without waiting and counts those of other processes only (this process refreshes after its
  own writes).

:meth:`ChangeWatch.mark_seen` says "everything committed until now is being shown": the
window calls it as a refresh begins, so its own writes (already on screen) are not noticed
again, and a change made during the refresh is.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, make_url

log = logging.getLogger(__name__)

CHANNEL = "talkpush_changes"
PROCESS_TOKEN = uuid.uuid4().hex
"""Names this process in its notifications, so its own watch can pass over them."""
# a transaction that wrote nothing has no transaction id: nothing to announce
_ONLY_WRITES = "SELECT pg_notify(%s, %s) WHERE pg_current_xact_id_if_assigned() IS NOT NULL"


class ChangeWatch(Protocol):
    """Whether the workspace changed since last asked."""

    def changed(self) -> bool: ...

    def mark_seen(self) -> None: ...

    def close(self) -> None: ...


class SqliteChangeWatch:
    """``PRAGMA data_version`` on a dedicated read-only connection (thread-safe)."""

    def __init__(self, path: Path, busy_timeout_ms: int = 1000) -> None:
        self._conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw",  # never creates a file
            uri=True,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        self._conn.execute("PRAGMA query_only = ON")
        self._lock = threading.Lock()
        self._seen = self._version()

    def _version(self) -> int:
        row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed(self) -> bool:
        with self._lock:
            version = self._version()
            if version == self._seen:
                return False
            self._seen = version
            return True

    def mark_seen(self) -> None:
        with self._lock:
            self._seen = self._version()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class PostgresChangeWatch:
    """``LISTEN`` on :data:`CHANNEL` over a connection of its own (psycopg 3, autocommit)."""

    def __init__(self, url: str) -> None:
        import psycopg

        conninfo = make_url(url).set(drivername="postgresql").render_as_string(False)
        self._conn = psycopg.connect(conninfo, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._lock = threading.Lock()

    def _drain(self) -> bool:
        """Take the notifications that arrived (no wait); True if another process wrote."""
        foreign = False
        for note in self._conn.notifies(timeout=0):
            foreign = foreign or note.payload != PROCESS_TOKEN
        return foreign

    def changed(self) -> bool:
        with self._lock:
            return self._drain()

    def mark_seen(self) -> None:
        with self._lock:
            self._drain()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_change_watch(engine: Engine) -> ChangeWatch:
    """The watch for the database ``engine`` drives (SQLite file or PostgreSQL)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValueError("an in-memory database has no other process to watch")
        return SqliteChangeWatch(Path(url.database))
    return PostgresChangeWatch(url.render_as_string(hide_password=False))


def announce_commits(engine: Engine, skip: Callable[[Connection], bool]) -> None:
    """On PostgreSQL, end every write transaction of ``engine`` with a notification on
    :data:`CHANNEL` (delivered at commit, to every listener of the database); ``skip``
    says which connections never write (read-only sessions)."""

    def on_commit(conn: Connection) -> None:
        if skip(conn):
            return
        driver: Any = conn.connection.driver_connection
        driver.execute(_ONLY_WRITES, (CHANNEL, PROCESS_TOKEN))

    event.listen(engine, "commit", on_commit)
