"""WAL checkpoints on a thread of their own, for a process that writes without a pause.

In WAL mode a commit appends pages to the ``-wal`` file, and the commit that finds it over
``wal_autocheckpoint`` pages (1,000) copies them back into the database and syncs both
files before it returns. A server's writer would pay that copy and those syncs inside its
transaction, every few batches, while the requests it holds wait. :class:`WalCheckpointer`
instead runs ``PRAGMA wal_checkpoint(PASSIVE)`` every ``interval`` seconds on its own
connection: a passive checkpoint never takes the write lock and never waits, so the writer
goes on committing while it copies (SQLite works without the GIL), and the WAL stays under
the threshold, so the writer's own commits seldom checkpoint. The automatic checkpoint
stays on as the backstop.

Only SQLite files have a WAL; for any other database :func:`start` does nothing.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from sqlalchemy import Engine

log = logging.getLogger(__name__)

INTERVAL = 0.1
"""Seconds between two checkpoints (a busy server appends a few hundred pages a second)."""


class WalCheckpointer:
    """A daemon thread checkpointing the WAL of one SQLite file until :meth:`close`."""

    def __init__(self, path: str, interval: float = INTERVAL) -> None:
        self._path = path
        self._interval = interval
        self._stop = threading.Event()
        self.checkpoints = 0
        """Checkpoints run so far (for tests)."""
        self._thread = threading.Thread(target=self._loop, name="wal-checkpoints", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        try:
            db = sqlite3.connect(self._path, timeout=0, check_same_thread=False)
        except sqlite3.Error:
            log.exception("WAL checkpoints: cannot open %s", self._path)
            return
        try:
            while not self._stop.wait(self._interval):
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
                except sqlite3.OperationalError:  # busy: another checkpoint runs; next time
                    continue
        finally:
            db.close()

    def close(self) -> None:
        """Stop the thread (a checkpoint under way finishes first)."""
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()


def start(engine: Engine, interval: float = INTERVAL) -> WalCheckpointer | None:
    """A :class:`WalCheckpointer` for the SQLite file of ``engine`` (None for another
    database, or SQLite in memory)."""
    if engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    if not path or path == ":memory:":
        return None
    return WalCheckpointer(path, interval)
