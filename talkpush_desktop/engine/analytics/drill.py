"""The candidates behind a dashboard figure (no Qt).

A :class:`~talkpush_desktop.engine.analytics.series.Drill` names a chart, a series and optionally
a day, an hour of day, a user or a campaign. The candidates are found in the activity log
with the same per-row definitions the rollup sums (:func:`analytics_rollup.per_row`), so
the list a supervisor opens always matches the number they clicked: a bar of 12 opens 12
candidates (fewer only when one candidate stands behind several events). A rate opens the
candidates of its numerator (:mod:`analytics_cohorts`): for a participation rate of 2/3,
the two of the day's invited cohort who completed by the end of the frame; its parts
(``invited``, ``completed`` ...) open the day's first-time rows of that kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import cohorts, rollup
from talkpush_desktop.engine.analytics import local_time as t
from talkpush_desktop.engine.analytics.series import Drill, company_frame
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.storage.models import Activity, Campaign, User

CHARTS = {
    "overview": "Campaign performance",
    "rates": "Pass & participation rate",
    "candidate_activity": "Candidate activity",
    "volume_by_user": "Processing volume",
    "processing_by_user": "Processing time",
    "processing_by_campaign": "Processing time by campaign",
    "user_activity": "User activity",
}


def candidates(session: Session, company_id: int, drill: Drill) -> list[int]:
    """Ids of the candidates behind ``drill``, ascending."""
    stmt = candidate_query(session, company_id, drill).order_by("candidate_id")
    return [int(cid) for cid in session.scalars(stmt)]


def candidate_query(session: Session, company_id: int, drill: Drill) -> Select[Any]:
    """The distinct candidate ids behind ``drill`` as one SELECT (to count or copy them
    in the database: a two-year figure can stand for 600,000 candidates)."""
    if drill.chart not in CHARTS:
        raise ValueError(f"unknown chart {drill.chart!r}")
    if drill.day is not None:
        start, end = drill.day, drill.until or drill.day
    else:
        start, end = drill.start, drill.end
    frame = company_frame(session, company_id, start, end)
    conditions: list[ColumnElement[bool]] = [
        Activity.company_id == company_id,
        Activity.at >= frame.lo,
        Activity.at < frame.hi,
        Activity.candidate_id.is_not(None),
    ]
    seen = campaign_access.within(session, drill.campaign_ids)  # a manager: their campaigns
    if seen is not None:
        conditions.append(Activity.campaign_id.in_(seen))
    rows = rollup.per_row(session, frame.segments, conditions)
    where = _series(drill, rows)
    cohort = cohorts.BY_NAME.get(drill.series) if drill.chart == "rates" else None
    if cohort is not None:
        frame_end = company_frame(session, company_id, drill.end, drill.end).hi
        where.append(cohorts.reached_by(cohort, rows.c.candidate_id, frame_end))
    return select(rows.c.candidate_id).where(*where).group_by(rows.c.candidate_id)


def _series(drill: Drill, rows: Subquery) -> list[ColumnElement[bool]]:
    """Which rows of ``rows`` the figure counts (for a rate, its cohort's first rows: what
    they reached by the frame's end is tested apart)."""
    c = rows.c
    s = drill.series
    cohort = cohorts.BY_NAME.get(s)
    parts: list[ColumnElement[bool]] = []
    if drill.hour is not None:
        parts.append(t.div(c.local, t.HOUR).op("%")(24) == drill.hour)
    if drill.user_id is not None:
        parts.append(c.user_id == drill.user_id)
    if drill.campaign_id is not None:
        parts.append(c.campaign_id == drill.campaign_id)
    chart: dict[str, list[ColumnElement[bool]]] = {
        "overview": [c.key == s],
        "rates": [c.first == 1, c.key == (cohort.start_key if cohort else s)],
        "candidate_activity": [c.key == "completed"],
        "volume_by_user": [c.key.in_(rollup.DECISION_KEYS), c.user_id != 0],
        "processing_by_user": [c.processed == 1, c.user_id != 0],
        "processing_by_campaign": [c.processed == 1],
        "user_activity": [c.user_id != 0, _user_series(c.key, s)],
    }
    return parts + chart[drill.chart]


def _user_series(key: ColumnElement[Any], series: str) -> ColumnElement[bool]:
    if series in ("shortlisted", "rejected"):
        return key == series
    return and_(key != "shortlisted", key != "rejected")


def title(session: Session, company_id: int, drill: Drill) -> str:
    """A heading for the list: chart, series, who or which campaign (of the company), and
    when."""
    parts = [CHARTS.get(drill.chart, drill.chart), drill.series.replace("_", " ").capitalize()]
    if drill.user_id is not None:
        who = select(User.name).where(User.id == drill.user_id, User.company_id == company_id)
        parts.append(session.scalar(who) or "?")
    if drill.campaign_id is not None:
        which = select(Campaign.title).where(
            Campaign.id == drill.campaign_id, Campaign.company_id == company_id
        )
        parts.append(session.scalar(which) or "?")
    if drill.hour is not None:
        parts.append(f"{drill.hour:02d}:00\N{EN DASH}{drill.hour:02d}:59")
    parts.append(when_text(drill))
    return " \N{MIDDLE DOT} ".join(parts)


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def when_text(drill: Drill, day: Callable[[date], str] = _day) -> str:
    """The days of ``drill`` as its title says them ("2 Mar 2025 – 8 Mar 2025"); ``day``
    writes one day (the window's, in the interface language)."""
    if drill.day is not None:
        if drill.until is not None and drill.until != drill.day:
            return f"{day(drill.day)} \N{EN DASH} {day(drill.until)}"
        return day(drill.day)
    if drill.start == drill.end:
        return day(drill.start)
    return f"{day(drill.start)} \N{EN DASH} {day(drill.end)}"
