"""Noticing writes that another process (the CLI, ``sync``, the API server) made to a workspace.

An open window asks :meth:`ChangeWatch.changed` every half second, off its UI thread:

- **SQLite**: ``PRAGMA data_version`` on a connection of the watch's own. Its value changes
  whenever another connection committed since the last time this connection asked; it is
  read from the WAL index (no lock, no wait on a writer), so asking costs microseconds.
- **PostgreSQL**: ``LISTEN`` on :data:`CHANNEL`. Every write transaction of this program
  ends with ``pg_notify(CHANNEL, payload)`` (:func:`announce_commits`, from the engine's
  write path, so no trigger and no migration; delivered at commit): a JSON object naming
  the writing workspace (``p``: a token of its SQLAlchemy engine, so two workspaces of one
  process see each other's writes as SQLite's do), the company it acted for (``c``, null:
  not known) and the candidates it changed as far as the activity log tells (``ids``, null:
  too many to list).
  The engine's transaction says which company (:func:`noting`) and its activity log which
  candidates (:func:`note_candidates`). The watch drains the notifications without waiting
  and counts those of other writers for its company (or for no known company) only: a
  workspace refreshes after its own writes, and another company's work is not this window's.

:meth:`ChangeWatch.mark_seen` says "everything committed until now is being shown": the
window calls it as a refresh begins, so its own writes (already on screen) are not noticed
again, and a change made during the refresh is.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, make_url

log = logging.getLogger(__name__)

CHANNEL = "talkpush_changes"
_WRITERS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
"""Each announcing engine's token: names its writes, so its own watch can pass over them."""


def writer_token(engine: Engine) -> str | None:
    """The token ``engine``'s notifications carry (None: it does not announce)."""
    return _WRITERS.get(engine)


# a transaction that wrote nothing has no transaction id: nothing to announce
_ONLY_WRITES = "SELECT pg_notify(%s, %s) WHERE pg_current_xact_id_if_assigned() IS NOT NULL"
MAX_IDS = 400
"""Candidate ids one notification lists (PostgreSQL's payload limit is 8000 bytes)."""


@dataclass
class ChangeNote:
    """What the transaction running on this thread changed, for its notification."""

    company_id: int | None
    candidate_ids: set[int] = field(default_factory=set)

    def payload(self, writer: str) -> str:
        ids = sorted(self.candidate_ids) if len(self.candidate_ids) <= MAX_IDS else None
        return json.dumps({"p": writer, "c": self.company_id, "ids": ids})


_NOTE: ContextVar[ChangeNote | None] = ContextVar("talkpush_change_note", default=None)


@contextmanager
def noting(company_id: int) -> Iterator[ChangeNote]:
    """The write transaction run inside acts for ``company_id`` (its notification says so)."""
    note = ChangeNote(company_id)
    token = _NOTE.set(note)
    try:
        yield note
    finally:
        _NOTE.reset(token)


def note_candidates(ids: Iterable[int | None]) -> None:
    """The running transaction changed these candidates (no-op outside :func:`noting`)."""
    note = _NOTE.get()
    if note is not None:
        note.candidate_ids.update(i for i in ids if i is not None)


@dataclass(frozen=True)
class Notice:
    """One notification, read back: who wrote, for which company, which candidates."""

    writer: str
    company_id: int | None
    candidate_ids: tuple[int, ...] | None

    @classmethod
    def parse(cls, payload: str) -> Notice:
        try:
            data = json.loads(payload)
            ids = data.get("ids")
            return cls(str(data["p"]), data.get("c"), None if ids is None else tuple(ids))
        except (ValueError, TypeError, KeyError, AttributeError):  # an older version's token
            return cls(payload, None, None)


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
    """``LISTEN`` on :data:`CHANNEL` over a connection of its own (psycopg 3, autocommit);
    ``company_id``: the company a window shows (None: every company's writes count);
    ``own``: the writer token of the workspace it watches for (its writes do not count)."""

    def __init__(self, url: str, company_id: int | None = None, own: str | None = None) -> None:
        import psycopg

        conninfo = make_url(url).set(drivername="postgresql").render_as_string(False)
        self._conn = psycopg.connect(conninfo, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._lock = threading.Lock()
        self._company = company_id
        self._own = own
        self.last: list[Notice] = []
        """The notices the last :meth:`changed` counted (their companies and candidates)."""

    def _counts(self, notice: Notice) -> bool:
        if notice.writer == self._own:
            return False
        return self._company is None or notice.company_id in (None, self._company)

    def _drain(self) -> bool:
        """Take the notifications that arrived (no wait); True if another writer wrote."""
        notices = [Notice.parse(n.payload) for n in self._conn.notifies(timeout=0)]
        self.last = [n for n in notices if self._counts(n)]
        return bool(self.last)

    def changed(self) -> bool:
        with self._lock:
            return self._drain()

    def mark_seen(self) -> None:
        with self._lock:
            self._drain()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_change_watch(engine: Engine, company_id: int | None = None) -> ChangeWatch:
    """The watch for the database ``engine`` drives (SQLite file or PostgreSQL; there,
    ``company_id`` keeps it to that company's writes)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValueError("an in-memory database has no other process to watch")
        return SqliteChangeWatch(Path(url.database))
    url_text = url.render_as_string(hide_password=False)
    return PostgresChangeWatch(url_text, company_id, own=writer_token(engine))


def announce_commits(engine: Engine, skip: Callable[[Connection], bool]) -> None:
    """On PostgreSQL, end every write transaction of ``engine`` with a notification on
    :data:`CHANNEL` (delivered at commit, to every listener of the database); ``skip``
    says which connections never write (read-only sessions)."""
    writer = _WRITERS.setdefault(engine, uuid.uuid4().hex)

    def on_commit(conn: Connection) -> None:
        if skip(conn):
            return
        note = _NOTE.get() or ChangeNote(None)
        driver: Any = conn.connection.driver_connection
        driver.execute(_ONLY_WRITES, (CHANNEL, note.payload(writer)))

    event.listen(engine, "commit", on_commit)
