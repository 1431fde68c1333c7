"""Planner statistics kept current, so the planner picks the index that matches a list.

Without statistics SQLite takes every index as equally selective: for "one label" or "one
source" it picked the company index and sorted the whole company. ``sqlite_stat1`` tells it
that a company holds every candidate and a campaign's folder a few thousand. Only the tables
lists read are analysed, in full: a bounded ``analysis_limit`` samples the first entries of
each index, which all share one company or campaign, and yields useless figures. It runs when
the statistics are missing or the candidates outgrew them: at open (once after an upgrade),
after an import and after the demo build. PostgreSQL's autovacuum keeps its own, but only
when it gets round to it: a large import into a young table ran its contact look-ups with
the statistics of an empty table, on the search's trigram index (16 ms a key) instead of
the ``(company_id, email_key)`` B-tree (microseconds). There, as on SQLite, the statistics are
stale when the candidates grew or shrank :data:`GROWTH` times since the planner's estimate
(``pg_class.reltuples``; the activity counters of ``pg_stat_user_tables`` reach other
sessions only when flushed, up to seconds later), checked at open, after an import, and by
an import between its chunks (:class:`Keeper`, at most once a second).
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)

LIST_TABLES = ("candidates", "candidate_labels", "candidate_set_members", "labels", "campaigns")
"""The tables candidate lists read (the others keep the statistics they have)."""
GROWTH = 2
"""Analyse again once the candidates grew (or shrank) this many times since the last time."""
PROBE_INDEX = "ix_candidates_company"
"""The index whose row estimate stands for the candidates table (it holds every row)."""


def analyze(connection: Connection) -> None:
    """Refresh the planner statistics now (the caller commits)."""
    if connection.dialect.name in ("sqlite", "postgresql"):
        for name in LIST_TABLES:
            connection.exec_driver_sql(f"ANALYZE {name}")


def stale(connection: Connection) -> bool:
    """True when SQLite has no statistics for the candidate indexes (and candidates), or
    the candidates grew or shrank :data:`GROWTH` times since (two look-ups, no scan); on
    PostgreSQL the same against the planner's row estimate (``pg_class.reltuples``)."""
    if connection.dialect.name == "postgresql":
        # the planner's own row estimate (-1: never analysed) against the highest id: both
        # read at once, where the activity counters reach other sessions only when flushed
        planned = connection.execute(
            text("SELECT reltuples FROM pg_class WHERE oid = 'candidates'::regclass")
        ).scalar_one()
        now = int(
            connection.execute(text("SELECT coalesce(max(id), 0) FROM candidates")).scalar_one()
        )
        analysed = max(0, int(planned))
        return now > GROWTH * analysed + 1000 or analysed > GROWTH * now + 1000
    if connection.dialect.name != "sqlite":
        return False
    has_stats = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    if has_stats is None:
        return True
    stat = connection.execute(
        text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'candidates' AND idx = :idx"),
        {"idx": PROBE_INDEX},
    ).scalar()
    now = int(connection.execute(text("SELECT coalesce(max(id), 0) FROM candidates")).scalar_one())
    if stat is None:  # never analysed, or analysed while empty (SQLite then writes no row)
        return now > 0
    analysed = int(str(stat).split()[0])
    return now > GROWTH * analysed + 1000 or analysed > GROWTH * now + 1000


def keep_current(connection: Connection) -> bool:
    """Analyse (and commit) when :func:`stale`; True when it did. A workspace another
    process is writing to is left as it is (the next open tries again)."""
    try:
        if not stale(connection):
            return False
        analyze(connection)
        connection.commit()
    except OperationalError as exc:
        connection.rollback()
        log.warning("planner statistics not refreshed: %s", exc.orig)
        return False
    return True


class Keeper:
    """For a writer that adds many rows between steps (an import's chunks): on PostgreSQL,
    :func:`keep_current` at most once a second (SQLite analyses after the import, under its
    write lock)."""

    INTERVAL_S = 1.0

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.active = engine.dialect.name == "postgresql"
        self._checked = float("-inf")

    def step(self) -> bool:
        """Refresh the statistics when stale; True when it did."""
        now = time.monotonic()
        if not self.active or now - self._checked < self.INTERVAL_S:
            return False
        self._checked = now
        with self.engine.connect() as conn:
            return keep_current(conn)
