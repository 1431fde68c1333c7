"""Pass and participation rates as cohort shares (no Qt).

The seed: participation rate = completed / invited, pass rate = shortlisted / completed.
Both are read as cohorts, so neither can exceed 100 %:

* participation rate of local day D: of the candidates first invited on D, the share whose
  first completion came by the end of the frame;
* pass rate of D: of the candidates first completing on D, the share first shortlisted by
  the end of the frame.

A candidate belongs to the campaign of the row that puts it in the cohort (its first
invitation / first completion), as the daily first-time counts (the denominators) do.
The numerators are kept in :class:`AnalyticsCohort` by (cohort day, day the next stage was
reached): the rollup adds a candidate once, when the later of its two rows is read, so a
frame's numerators are one indexed range read however long ago the cohorts began.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from talkpush_desktop.engine.analytics import local_time as t
from talkpush_desktop.storage.models import Action, Activity, AnalyticsCohort, Folder

Stage = Callable[[type[Activity]], ColumnElement[bool]]


def invited(a: type[Activity]) -> ColumnElement[bool]:
    """An invitation row of ``a`` (Activity or an alias)."""
    return a.action == Action.INVITED.value


def completed(a: type[Activity]) -> ColumnElement[bool]:
    """A completed interview."""
    return a.action == Action.COMPLETED.value


def shortlisted(a: type[Activity]) -> ColumnElement[bool]:
    """A move to Shortlisted."""
    return and_(a.action == Action.MOVED.value, a.to_folder == Folder.SHORTLISTED.value)


@dataclass(frozen=True, slots=True)
class Cohort:
    """One rate: who enters the cohort (``start``, rollup series ``start_key``: its daily
    first-time count is the denominator), what they reach (``done``); the names of the rate
    and of its numerator part."""

    key: str
    rate: str
    part: str
    start_key: str
    start: Stage
    done: Stage


COHORTS = (
    Cohort(
        key="participation",
        rate="participation_rate",
        part="participated",
        start_key="invited",
        start=invited,
        done=completed,
    ),
    Cohort(
        key="pass",
        rate="pass_rate",
        part="passed",
        start_key="completed",
        start=completed,
        done=shortlisted,
    ),
)
BY_NAME = {name: c for c in COHORTS for name in (c.rate, c.part)}
"""The cohort of a rate or numerator series name (``pass_rate``, ``participated`` ...)."""
KEY_COLUMNS = ("company_id", "key", "day", "campaign_id", "done_day")


# -- upkeep (the rollup calls it for each range of log ids) -----------------------------


def rows_for(
    session: Session,
    company_id: int,
    tz: ZoneInfo,
    in_range: list[ColumnElement[bool]],
    latest: datetime,
) -> list[dict[str, Any]]:
    """Cohort counts to add for the log rows matching ``in_range`` (none later than
    ``latest``): each candidate whose cohort row and next-stage row are both logged by
    then, counted once, when the later of the two is read."""
    earliest = session.scalar(select(func.min(Activity.at))) or latest
    offsets = t.segments(tz, t.epoch_of(earliest), t.epoch_of(latest) + 1)
    out: list[dict[str, Any]] = []
    for cohort in COHORTS:
        for later_is_start in (True, False):
            stmt = _pairs(session, offsets, in_range, cohort, later_is_start)
            out.extend(
                dict(zip(KEY_COLUMNS, (company_id, cohort.key, *row[:-1]), strict=True))
                | {"candidates": int(row[-1])}
                for row in session.execute(stmt)
            )
    return out


def _pairs(
    session: Session,
    offsets: list[tuple[int, int]],
    in_range: list[ColumnElement[bool]],
    cohort: Cohort,
    later_is_start: bool,
) -> Select[Any]:
    """Rows of ``in_range`` that are a candidate's first of one stage when its first of the
    other is already logged: (cohort day, campaign, done day, candidates)."""
    a = Activity
    later, earlier = (cohort.start, cohort.done) if later_is_start else (cohort.done, cohort.start)
    e, f = aliased(Activity), aliased(Activity)
    partner = (
        select(func.min(e.id))
        .where(e.candidate_id == a.candidate_id, e.id < a.id, earlier(e))
        .scalar_subquery()
    )
    first = ~exists().where(f.candidate_id == a.candidate_id, f.id < a.id, later(f))
    rows = (
        select(a.campaign_id, a.at, partner.label("partner"))
        .where(*in_range, later(a), a.candidate_id.is_not(None), first)
        .subquery()
    )
    p = aliased(Activity)
    ends: tuple[Any, Any, Any] = (rows.c.campaign_id, rows.c.at, p.at)
    if not later_is_start:
        ends = (p.campaign_id, p.at, rows.c.at)
    campaign, start_at, done_at = ends
    day = t.div(t.local_seconds(session, offsets, start_at), t.DAY)
    done_day = t.div(t.local_seconds(session, offsets, done_at), t.DAY)
    campaign_id = func.coalesce(campaign, 0)
    return (
        select(day, campaign_id, done_day, func.count())
        .select_from(rows.join(p, p.id == rows.c.partner))
        .group_by(campaign_id, day, done_day)
    )


# -- reading -----------------------------------------------------------------------------


def numerators(
    session: Session,
    company_id: int,
    first_day: int,
    days: int,
    campaign_ids: Sequence[int] | None,
) -> dict[str, list[float]]:
    """Per cohort's numerator part: the candidates of each local day's cohort (days
    ``first_day`` .. ``first_day + days - 1``) who reached the next stage by the last one."""
    c = AnalyticsCohort
    last = first_day + days - 1
    where = [c.company_id == company_id, c.day >= first_day, c.day <= last, c.done_day <= last]
    if campaign_ids is not None:
        where.append(c.campaign_id.in_(list(campaign_ids)))
    out = {cohort.part: [0.0] * days for cohort in COHORTS}
    parts = {cohort.key: cohort.part for cohort in COHORTS}
    stmt = select(c.key, c.day, func.sum(c.candidates)).where(*where).group_by(c.key, c.day)
    for key, day, n in session.execute(stmt):
        out[parts[key]][int(day) - first_day] += int(n)
    return out


def reached_by(cohort: Cohort, candidate_id: Any, until: datetime) -> ColumnElement[bool]:
    """The candidate's first row of the cohort's next stage was logged before ``until``
    (the drill-down's test for the numerator, the same pairing the rollup keeps)."""
    d, f = aliased(Activity), aliased(Activity)
    earlier = exists().where(f.candidate_id == d.candidate_id, f.id < d.id, cohort.done(f))
    return exists().where(d.candidate_id == candidate_id, cohort.done(d), d.at < until, ~earlier)
