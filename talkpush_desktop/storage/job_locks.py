"""One holder per job among every process on a PostgreSQL database (advisory locks).

Some of the sync worker's jobs must run in one place at a time however many workstations
and ``sync`` processes run it: the robocall driver, the dialer, the sheet and Lead Ads
polls, pulling replies (and the interview bot's answers to them), transcription. Each job
(per company) is held by one process: the first to ask takes the job's session-level
advisory lock (``pg_try_advisory_lock``, keyed by the job's name through
``hashtextextended``) on a connection kept for the purpose, and keeps it while it runs;
the others pass over the job. (The outbox needs no holder: each message is claimed by
one worker, :mod:`engine.messaging.outbox`.)

A holder that dies or quits closes its connection and the server frees its locks at once:
another process takes the job at its next round, seconds later. A holder whose machine
vanishes (power, network) is noticed by the server's TCP keepalives on that connection
(:data:`KEEPALIVE`, about 25 s), well within a minute. A holder that loses its connection
notices at its next question and stops doing the job until it holds it again.

A worker also holds a lock named for itself while it runs (``talkpush/worker/OWNER``): the
outbox rows it leased are in doubt as soon as that lock is free, whatever the lease says,
so a workstation on another machine that dies hands its messages over within the
keepalive time rather than the lease's (:meth:`JobLocks.free`).

On SQLite every job is the asking process's own: one machine, its writers take turns and
the rows say who has what.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Engine, make_url

log = logging.getLogger(__name__)

KEEPALIVE = {"idle": 10, "interval": 5, "count": 3}
"""TCP keepalives of the lock connection, both ways (seconds; probes)."""
_TRY = "SELECT pg_try_advisory_lock(hashtextextended(%s, 0))"
_UNLOCK = "SELECT pg_advisory_unlock(hashtextextended(%s, 0))"


class JobLocks:
    """The jobs this process holds on one database (thread-safe; one connection)."""

    def __init__(self, url: str | None) -> None:
        """``url``: a PostgreSQL URL (SQLAlchemy's spelling); None: SQLite, always held."""
        self._conninfo = None
        if url is not None:
            self._conninfo = make_url(url).set(drivername="postgresql").render_as_string(False)
        self._conn: Any = None
        self._held: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def of(cls, engine: Engine) -> JobLocks:
        if engine.dialect.name != "postgresql":
            return cls(None)
        return cls(engine.url.render_as_string(hide_password=False))

    def _connected(self) -> Any:
        if self._conn is None or self._conn.closed:
            import psycopg

            self._held.clear()
            k = KEEPALIVE
            server = " ".join(
                f"-c tcp_keepalives_{name}={value}" for name, value in KEEPALIVE.items()
            )
            self._conn = psycopg.connect(
                self._conninfo or "",
                autocommit=True,
                keepalives=1,
                keepalives_idle=k["idle"],
                keepalives_interval=k["interval"],
                keepalives_count=k["count"],
                options=server,
                application_name="talkpush job locks",
            )
        return self._conn

    def held(self, job: str) -> bool:
        """Whether this process does ``job`` now: it held it already (and its connection
        still stands) or it just took it. False while another process holds it, or the
        database cannot be reached."""
        if self._conninfo is None:
            return True
        import psycopg

        with self._lock:
            try:
                conn = self._connected()
                if job in self._held:
                    conn.execute("SELECT 1")
                    return True
                row = conn.execute(_TRY, (job,)).fetchone()
            except psycopg.Error:
                log.warning("job locks: the database connection was lost", exc_info=True)
                self._drop()
                return False
            if row and row[0]:
                self._held.add(job)
                log.info("this process now does %s", job)
                return True
            return False

    def free(self, job: str) -> bool:
        """Whether no process holds ``job`` (taken and let go at once to find out; a job
        this process holds is not free). False when it cannot be told (SQLite, no
        connection): the holder is then presumed alive."""
        if self._conninfo is None:
            return False
        import psycopg

        with self._lock:
            if job in self._held:
                return False
            try:
                conn = self._connected()
                row = conn.execute(_TRY, (job,)).fetchone()
                if row and row[0]:
                    conn.execute(_UNLOCK, (job,))
                    return True
            except psycopg.Error:
                log.warning("job locks: the database connection was lost", exc_info=True)
                self._drop()
            return False

    def holding(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._held)

    def _drop(self) -> None:
        self._held.clear()
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken: nothing more to release
                log.debug("job locks: closing a broken connection", exc_info=True)

    def close(self) -> None:
        """Let every job go (closing the connection frees the locks)."""
        with self._lock:
            self._drop()
