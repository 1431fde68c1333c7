"""SQLite's write lock, taken fairly by many writers (threads and processes).

A transaction that may write starts with ``BEGIN IMMEDIATE``: it takes the write lock
before reading anything, so it never fails half-way (a deferred ``BEGIN`` that later
writes is refused at once, without waiting, when another writer committed since it
began). SQLite's own busy handler sleeps up to 100 ms between tries, so a writer waiting
behind a run of short transactions (an import's chunks) seldom wakes in the gap between
two of them and can wait for the whole run. Here the wait polls every millisecond or two
until the busy timeout; a lock held longer is logged and waited for again, up to
:data:`BEGIN_ATTEMPTS` tries, then raised as SQLAlchemy's ``OperationalError``. Long batches
call :func:`let_others_write` between their transactions.
"""

from __future__ import annotations

import logging
import sqlite3
import time

from sqlalchemy.exc import DBAPIError

BEGIN_ATTEMPTS = 3
"""Tries of ``BEGIN IMMEDIATE``, each waiting up to the busy timeout, before a writer fails."""
POLL_MIN, POLL_MAX = 0.0002, 0.002  # seconds between tries while the lock is held
PAUSE = 0.003
"""How long a batch lets go of the lock between its transactions (over ``POLL_MAX``)."""

log = logging.getLogger(__name__)


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy" (a driver or SQLAlchemy error)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return (
        isinstance(orig, sqlite3.OperationalError)
        and code is not None
        and (code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED))
    )


def begin_immediate(
    driver: sqlite3.Connection, busy_timeout_ms: int, attempts: int = BEGIN_ATTEMPTS
) -> None:
    """Start a write transaction on a SQLite driver connection, holding the write lock."""
    driver.execute("PRAGMA busy_timeout = 0")  # this function polls; reads keep the timeout
    try:
        for attempt in range(1, attempts + 1):
            error = _poll(driver, busy_timeout_ms / 1000)
            if error is None:
                return
            if not is_busy(error) or attempt == attempts:
                if is_busy(error):
                    log.error(
                        "the workspace database stayed locked; gave up after %d tries", attempt
                    )
                raise DBAPIError.instance("BEGIN IMMEDIATE", (), error, sqlite3.Error) from error
            log.warning(
                "the workspace database is locked by another writer for over %d ms; "
                "waiting again (try %d of %d)",
                busy_timeout_ms,
                attempt + 1,
                attempts,
            )
    finally:
        driver.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")


def _poll(driver: sqlite3.Connection, seconds: float) -> sqlite3.OperationalError | None:
    """``BEGIN IMMEDIATE`` until it succeeds (None) or ``seconds`` pass (the last error)."""
    deadline = time.monotonic() + seconds
    delay = POLL_MIN
    while True:
        try:
            driver.execute("BEGIN IMMEDIATE")
            return None
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                return exc
        time.sleep(delay)
        delay = min(delay * 2, POLL_MAX)


def let_others_write() -> None:
    """Between two transactions of a long batch: long enough for a waiting writer's next
    try to find the lock free."""
    time.sleep(PAUSE)
