"""The maintained counts: per (campaign, folder) in ``folder_counts``, per (campaign,
source, interview completed) in ``source_counts``. Each changes in the same transaction as
the candidates it counts, so reading one never scans the candidate table.

Every write adjusts the folder counts first, then the source counts, each in key order:
concurrent writers on PostgreSQL lock the rows in one order (a move from A to B beside one
from B to A deadlocked).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from talkpush_desktop.storage.models import Campaign, Candidate, SourceCount, table_of
from talkpush_desktop.storage.prepared import Prepared

SOURCES = table_of(SourceCount)
SourceKey = tuple[int, str, bool]
"""(campaign_id, source, completed): a row of ``source_counts``."""


@cache
def _statements(table: Table) -> tuple[Any, Any, Any, tuple[str, ...]]:
    """(adjust, add, add-or-adjust, key names) of a counts table, built once: every write
    that adds or moves candidates runs them. On the table, not the ORM class: the counts
    are only ever read as sums, so the ORM's search of the session for count objects to
    update too (most of the statement's cost) would find nothing to do."""
    keys = tuple(c.name for c in table.primary_key.columns)
    adjust = Prepared(
        update(table)
        .where(*(table.c[k] == bindparam(f"k_{k}") for k in keys))
        .values(count=table.c.count + bindparam("delta"))
    )
    upsert = postgresql.insert(table)
    add_or_adjust = upsert.on_conflict_do_update(
        index_elements=[table.c[k] for k in keys],
        set_={"count": table.c.count + upsert.excluded.count},
    )
    # On PostgreSQL two writers may both find no row and insert it (SQLite has one writer
    # at a time): the second adds its delta to the first's row instead of failing on the key.
    return adjust, insert(table), add_or_adjust, keys


def adjust(session: Session, table: Table, deltas: Mapping[Any, int]) -> None:
    """Apply count changes keyed by ``table``'s key (a tuple in its column order), creating
    rows as needed; in key order (see the module's note)."""
    run_adjust, add, add_or_adjust, keys = _statements(table)
    if session.get_bind().dialect.name == "postgresql":
        add = add_or_adjust
    for key, delta in sorted(deltas.items()):
        if delta == 0:
            continue
        named = dict(zip(keys, key, strict=True))
        by_key = {f"k_{k}": v for k, v in named.items()}
        if run_adjust.execute(session, by_key | {"delta": delta}) == 0:
            session.execute(add, named | {"count": delta})


def adjust_sources(session: Session, deltas: Mapping[SourceKey, int]) -> None:
    """:func:`adjust` of ``source_counts`` (after the folder counts: the module's note)."""
    adjust(session, SOURCES, deltas)


def added(campaign_id: int, sources: Iterable[str]) -> Counter[SourceKey]:
    """The source counts' changes for new candidates of ``sources`` (not completed)."""
    return Counter((campaign_id, source, False) for source in sources)


def completed(campaign_id: int, source: str) -> Counter[SourceKey]:
    """The source counts' changes when one candidate completes the interview."""
    return Counter({(campaign_id, source, False): -1, (campaign_id, source, True): 1})


def recount_sources(session: Session) -> None:
    """Rebuild ``source_counts`` from the candidates (repair and bulk loads)."""
    session.execute(delete(SourceCount))
    done = Candidate.completed_at.is_not(None)
    rows = session.execute(
        select(Candidate.campaign_id, Candidate.source, done, func.count()).group_by(
            Candidate.campaign_id, Candidate.source, done
        )
    ).all()
    if rows:
        session.execute(
            insert(SourceCount),
            [{"campaign_id": c, "source": s, "completed": d, "count": n} for c, s, d, n in rows],
        )


def source_total(by_campaign: bool, by_source: bool, by_completed: bool) -> Select[Any]:
    """The count of a source and/or of the (not) completed candidates, in one campaign or
    all of the acting company's (``:company_id``, ``:campaign_id``, ``:source``,
    ``:completed``), from ``source_counts``."""
    mine = select(Campaign.id).where(Campaign.company_id == bindparam("company_id"))
    stmt = select(func.sum(SOURCES.c.count))
    stmt = stmt.where(SOURCES.c.campaign_id.in_(mine.scalar_subquery()))
    if by_campaign:
        stmt = stmt.where(SOURCES.c.campaign_id == bindparam("campaign_id"))
    if by_source:
        stmt = stmt.where(SOURCES.c.source == bindparam("source"))
    if by_completed:
        stmt = stmt.where(SOURCES.c.completed == bindparam("completed"))
    return stmt
