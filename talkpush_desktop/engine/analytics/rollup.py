"""What each activity row counts for in the dashboard, and the rollup that sums it (no Qt).

Definitions (one place, used by the rollup and by drill-downs alike):

* ``key``: the row's series: ``added``, ``invited``, ``completed``, ``shortlisted`` and
  ``rejected`` (moves to those folders), ``decision`` (moves to On Hold or Hired) or
  ``other`` (everything else: labels, messages, system moves ...).
* ``first``: 1 when the row is the candidate's first ever of its kind (invitation,
  completion, shortlisting). Rates use these, so a candidate invited twice counts once
  and a rate summed over any span of days stays meaningful.
* ``processed``: 1 when a decision move is the candidate's first decision after its latest
  completion; ``seconds`` is then the time since that completion.

The rollups hold those counts per local hour (:class:`AnalyticsRollup`) and per local day
(:class:`AnalyticsDaily`) of the company's time zone, campaign, user and key; the cohort
counts of the pass and participation rates (:mod:`analytics_cohorts`) are kept beside them.
:func:`catch_up` adds the activity rows written since it last ran (the log is append-only,
so an id watermark is enough) and rebuilds everything when the company's time zone has
changed; a long catch-up is split into several transactions
(``ws.analytics.catch_up``) so the write lock is never held for long. It claims
its state row with an UPDATE before reading, so concurrent catch-ups serialise (SQLite's
write lock, PostgreSQL's row lock); on PostgreSQL it also takes a SHARE lock on the log so
no lower id can still be in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Subquery,
    and_,
    case,
    delete,
    exists,
    func,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased

from talkpush_desktop.engine.analytics import cohorts
from talkpush_desktop.engine.analytics import local_time as t
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Action,
    Activity,
    AnalyticsCohort,
    AnalyticsDaily,
    AnalyticsRollup,
    AnalyticsRollupState,
    Folder,
    table_of,
)

DECISIONS: tuple[str, ...] = (
    Folder.SHORTLISTED.value,
    Folder.REJECTED.value,
    Folder.ON_HOLD.value,
    Folder.HIRED.value,
)
KEYS = ("added", "invited", "completed", "shortlisted", "rejected", "decision", "other")
DECISION_KEYS = ("shortlisted", "rejected", "decision")
"""The keys of moves to a decision folder (a recruiter's processing)."""
CHUNK = 250_000  # activity ids per catch-up statement
_SUMMED = ("events", "firsts", "processed", "seconds")


def _moved_to(table: Any, folders: tuple[str, ...]) -> ColumnElement[bool]:
    return and_(table.action == Action.MOVED.value, table.to_folder.in_(folders))


def series_key(a: Any = Activity) -> ColumnElement[Any]:
    """The series a row of ``a`` (Activity or an alias) counts for."""

    def lit(name: str) -> ColumnElement[Any]:
        return literal_column(f"'{name}'")

    return case(
        (a.action == Action.ADDED.value, lit("added")),
        (a.action == Action.COMPLETED.value, lit("completed")),
        (a.action == Action.INVITED.value, lit("invited")),
        (_moved_to(a, (Folder.SHORTLISTED.value,)), lit("shortlisted")),
        (_moved_to(a, (Folder.REJECTED.value,)), lit("rejected")),
        (_moved_to(a, DECISIONS), lit("decision")),
        else_=lit("other"),
    )


_KINDS: tuple[Callable[[Any], ColumnElement[bool]], ...] = (
    cohorts.invited,
    cohorts.completed,
    cohorts.shortlisted,
)


def _first_of_kind(a: Any) -> ColumnElement[Any]:
    """1 for a candidate's first invitation, completion or shortlisting, else 0."""
    branches = []
    for kind in _KINDS:
        e = aliased(Activity)
        earlier = exists().where(e.candidate_id == a.candidate_id, e.id < a.id, kind(e))
        branches.append((and_(kind(a), a.candidate_id.is_not(None), ~earlier), _one()))
    return case(*branches, else_=_zero())


def _one() -> ColumnElement[Any]:
    return literal_column("1")


def _zero() -> ColumnElement[Any]:
    return literal_column("0")


def per_row(
    session: Session,
    offsets: list[tuple[int, int]],
    conditions: list[ColumnElement[bool]],
) -> Subquery:
    """Activity rows matching ``conditions`` with what each counts for.

    Columns: id, candidate_id, campaign_id, user_id (0 for none), key, local (local epoch
    seconds), first, processed (0/1) and seconds (processing time, 0 unless processed).
    """
    a = Activity
    done = aliased(Activity)
    latest_completion = (
        select(func.max(done.at))
        .where(
            done.candidate_id == a.candidate_id,
            done.action == Action.COMPLETED.value,
            done.at <= a.at,
        )
        .scalar_subquery()
    )
    base = (
        select(
            a.id,
            a.candidate_id,
            func.coalesce(a.campaign_id, 0).label("campaign_id"),
            func.coalesce(a.user_id, 0).label("user_id"),
            series_key(a).label("key"),
            t.local_seconds(session, offsets, a.at).label("local"),
            _first_of_kind(a).label("first"),
            a.at,
            case(
                (and_(_moved_to(a, DECISIONS), a.candidate_id.is_not(None)), latest_completion),
                else_=None,
            ).label("done_at"),
        )
        .where(*conditions)
        .subquery()
    )
    e = aliased(Activity)
    decided_since = exists().where(
        e.candidate_id == base.c.candidate_id,
        _moved_to(e, DECISIONS),
        e.at >= base.c.done_at,
        (e.at < base.c.at) | and_(e.at == base.c.at, e.id < base.c.id),
    )
    processed = and_(base.c.done_at.is_not(None), ~decided_since)
    elapsed = t.epoch_seconds(session, base.c.at) - t.epoch_seconds(session, base.c.done_at)
    return select(
        base.c.id,
        base.c.candidate_id,
        base.c.campaign_id,
        base.c.user_id,
        base.c.key,
        base.c.local,
        base.c.first,
        case((processed, _one()), else_=_zero()).label("processed"),
        case((processed, elapsed), else_=_zero()).label("seconds"),
    ).subquery()


# -- the rollup ------------------------------------------------------------------------


def catch_up(session: Session, company_id: int, max_ids: int | None = None) -> int:
    """Add activity rows written since the last catch-up, at most ``max_ids`` ids of the
    log (None: all); returns how many ids of the log are still to read."""
    tz = company.timezone(session, company_id)
    top = session.scalar(select(func.max(Activity.id))) or 0
    if _up_to_date(session, company_id, tz, top):
        return 0  # nothing new: no write, no lock
    last = _claim(session, company_id, tz)
    top = session.scalar(select(func.max(Activity.id))) or 0
    if top <= last:
        return 0
    stop = top if max_ids is None else min(top, last + max_ids)
    for lo in range(last, stop, CHUNK):
        _add_range(session, company_id, ZoneInfo(tz), (lo, min(lo + CHUNK, stop)))
    session.execute(
        update(AnalyticsRollupState)
        .where(AnalyticsRollupState.company_id == company_id)
        .values(last_activity_id=stop, updated_at=utcnow())
    )
    return top - stop


def _up_to_date(session: Session, company_id: int, tz: str, top: int) -> bool:
    state = AnalyticsRollupState
    row = session.execute(
        select(state.last_activity_id, state.timezone).where(state.company_id == company_id)
    ).first()
    return row is not None and row.timezone == tz and row.last_activity_id >= top


def _claim(session: Session, company_id: int, tz: str) -> int:
    """Lock the state row (creating it) and return the watermark; reset it on a new zone.
    A watermark of 0 starts from scratch: whatever the rollups still hold is dropped."""
    state = AnalyticsRollupState
    claimed = session.execute(
        update(state).where(state.company_id == company_id).values(updated_at=utcnow())
    )
    if not getattr(claimed, "rowcount", 0):
        session.add(
            state(company_id=company_id, last_activity_id=0, timezone=tz, updated_at=utcnow())
        )
        session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE activity IN SHARE MODE"))
    row = session.execute(
        select(state.last_activity_id, state.timezone).where(state.company_id == company_id)
    ).one()
    if row.timezone == tz and row.last_activity_id:
        return int(row.last_activity_id)
    for model in (AnalyticsRollup, AnalyticsDaily, AnalyticsCohort):
        session.execute(delete(model).where(model.company_id == company_id))
    session.execute(
        update(state).where(state.company_id == company_id).values(last_activity_id=0, timezone=tz)
    )
    return 0


def _add_range(session: Session, company_id: int, tz: ZoneInfo, ids: tuple[int, int]) -> None:
    """Fold activity ids in (lo, hi] into the rollup."""
    in_range = [Activity.id > ids[0], Activity.id <= ids[1], Activity.company_id == company_id]
    span = session.execute(
        select(func.min(Activity.at), func.max(Activity.at)).where(*in_range)
    ).one()
    if span[0] is None:
        return
    offsets = t.segments(tz, t.epoch_of(span[0]), t.epoch_of(span[1]) + 1)
    rows = per_row(session, offsets, in_range)
    hour = t.div(rows.c.local, t.HOUR)
    grouped = select(
        hour,
        rows.c.campaign_id,
        rows.c.user_id,
        rows.c.key,
        func.count(),
        func.sum(rows.c.first),
        func.sum(rows.c.processed),
        func.sum(rows.c.seconds),
    ).group_by(hour, rows.c.campaign_id, rows.c.user_id, rows.c.key)
    names = ("hour", "campaign_id", "user_id", "key", "events", "firsts", "processed", "seconds")
    hourly = [
        {"company_id": company_id} | dict(zip(names, row, strict=True))
        for row in session.execute(grouped)
    ]
    if hourly:
        session.execute(_upsert(session, AnalyticsRollup, _keys("hour"), _SUMMED), hourly)
        session.execute(_upsert(session, AnalyticsDaily, _keys("day"), _SUMMED), _by_day(hourly))
    pairs = cohorts.rows_for(session, company_id, tz, in_range, span[1])
    if pairs:
        upsert = _upsert(session, AnalyticsCohort, cohorts.KEY_COLUMNS, ("candidates",))
        session.execute(upsert, pairs)


def _by_day(hourly: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hourly rows summed per local day."""
    days: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in hourly:
        day = row["hour"] // 24
        key = (row["company_id"], day, row["campaign_id"], row["user_id"], row["key"])
        into = days.get(key)
        if into is None:
            days[key] = {n: v for n, v in row.items() if n != "hour"} | {"day": day}
        else:
            for name in _SUMMED:
                into[name] += row[name]
    return list(days.values())


def _keys(bucket: str) -> tuple[str, ...]:
    return ("company_id", bucket, "campaign_id", "user_id", "key")


def _upsert(
    session: Session, model: type[Any], keys: tuple[str, ...], summed: tuple[str, ...]
) -> Any:
    """INSERT that adds ``summed`` to an existing row of the same ``keys`` instead of failing."""
    from sqlalchemy.dialects import postgresql, sqlite  # here: postgresql is slow to import

    table = table_of(model)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table)
    return stmt.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: table.c[name] + stmt.excluded[name] for name in summed},
    )
