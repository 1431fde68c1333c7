"""Supervisor analytics: every dashboard series of the seed, read from the rollups (no Qt).

Every series covers a time frame of whole *local* days (``start`` to ``end``, both
included) in the company's IANA time zone; days and hours with no events appear as zeros.
The series are sums over the rollups that :mod:`analytics_rollup` keeps up to date from the
append-only activity log: per local day (daily, per-user and per-campaign series) and per
local hour (the hour-of-day series), by campaign, user and key. What each log row counts
for is defined there once. A 90-day frame of a million-candidate workspace reads a few
thousand daily and ~150,000 hourly rows instead of millions of log rows.

Conventions:

* Overview and user series count events: a candidate moved twice counts twice there.
  Decision folders are Shortlisted, Rejected, On Hold and Hired.
* Rates are cohort shares (:mod:`analytics_cohorts`): participation rate of day D = of
  the candidates first invited on D, the share that completed by the end of the frame;
  pass rate = of those first completing on D, the share shortlisted by the end of the
  frame. They never exceed 1, and are ``None`` (not 0) when the cohort is empty: "no
  completions" is undefined, not a 0 % pass rate.
* Processing time uses, per candidate, only its first decision move after its latest
  completion; it counts when that decision falls in the frame (the completion may be
  earlier) and is attributed to the decision's user and campaign, in hours. Averages over
  no candidate are ``None`` / absent.
* User series count only events with a user (system moves, like the automatic move to
  Completed, are not a recruiter's work).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import cohorts, rollup
from talkpush_desktop.engine.analytics.local_time import HOUR, Frame, make_frame
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.storage.models import AnalyticsDaily, AnalyticsRollup, User

__all__ = ["Frame", "make_frame"]
RECOMMENDED_MAX_HOURS = 24.0
"""The seed's recommended longest time from a completed interview to a decision."""
R = AnalyticsRollup
D = AnalyticsDaily


# -- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailySeries:
    """One value per local day of the frame for each named series."""

    days: list[date]
    values: dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class DailyRates:
    """Ratios per local day; ``None`` where the denominator is 0.

    ``parts`` are what they divide, per day: ``invited`` (candidates first invited that
    day) and ``participated`` (of them, completed by the frame's end); ``completed`` (first
    completing that day) and ``passed`` (of them, shortlisted by the frame's end). Rates
    over longer spans are sums divided, not averages.
    """

    days: list[date]
    values: dict[str, list[float | None]]
    parts: dict[str, list[float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HourlySeries:
    """24 values (local hour 0 to 23) for each named series."""

    values: dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class CampaignProcessing:
    """Average processing hours per local day (``None`` on days with no decision);
    ``decisions`` are how many first decisions each average is over."""

    days: list[date]
    hours: dict[int, list[float | None]]
    decisions: dict[int, list[int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """All supervisor series for one frame."""

    days: list[date]
    overview: DailySeries
    rates: DailyRates
    candidate_activity: HourlySeries
    volume_by_user: dict[int, int]
    processing_by_user: dict[int, float]
    processing_by_campaign: CampaignProcessing
    user_activity: HourlySeries
    user_names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Drill:
    """A figure a supervisor clicked; :func:`drill_down` finds the candidates behind it.

    ``chart`` is a :class:`Dashboard` field name (``overview``, ``rates``,
    ``candidate_activity``, ``volume_by_user``, ``processing_by_user``,
    ``processing_by_campaign``, ``user_activity``) and ``series`` one of its series keys
    (``shortlisted``, ``pass_rate``, ``completed`` ...). ``day`` picks a bar or point of a
    daily chart (``day`` to ``until`` a week's), ``hour`` one of an hour-of-day chart;
    ``user_id`` / ``campaign_id`` pick the bar or line of a per-user / per-campaign chart.
    None means the whole frame. ``start``..``end`` stay the frame shown: a rate's cohort
    counts what its candidates reached by the frame's end.
    """

    chart: str
    series: str
    start: date
    end: date
    campaign_ids: tuple[int, ...] | None = None
    day: date | None = None
    hour: int | None = None
    user_id: int | None = None
    campaign_id: int | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True)
class DrillResult:
    """The candidates behind a figure, saved as a candidate set the campaign view can show."""

    set_id: int
    title: str
    count: int


# -- the series ------------------------------------------------------------------------


def company_frame(session: Session, company_id: int, start: date, end: date) -> Frame:
    """The frame in the company's time zone."""
    return make_frame(start, end, company.timezone(session, company_id))


@dataclass(frozen=True, slots=True)
class _Where:
    """The frame's rows of each rollup: hourly (R) and daily (D)."""

    hourly: list[ColumnElement[bool]]
    daily: list[ColumnElement[bool]]


def _in_frame(company_id: int, frame: Frame, campaign_ids: Sequence[int] | None) -> _Where:
    first, last = frame.hours
    hourly = [R.company_id == company_id, R.hour >= first, R.hour < last]
    day = frame.first_local_day
    daily = [D.company_id == company_id, D.day >= day, D.day < day + len(frame.days)]
    if campaign_ids is not None:
        hourly.append(R.campaign_id.in_(list(campaign_ids)))
        daily.append(D.campaign_id.in_(list(campaign_ids)))
    return _Where(hourly, daily)


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def rates_of(days: list[date], parts: dict[str, list[float]]) -> DailyRates:
    """Pass and participation rates from each day's cohorts (see :class:`DailyRates`)."""
    values = {
        c.rate: [_ratio(a, b) for a, b in zip(parts[c.part], parts[c.start_key], strict=True)]
        for c in cohorts.COHORTS
    }
    return DailyRates(days, {k: values[k] for k in ("pass_rate", "participation_rate")}, parts)


@dataclass(slots=True)
class _Sums:
    """The frame's rollup rows folded into days, hours of day, users and campaigns."""

    days: int
    events: dict[str, list[float]] = field(default_factory=dict)
    firsts: dict[str, list[float]] = field(default_factory=dict)
    by_hour: dict[tuple[str, bool], list[float]] = field(default_factory=dict)

    def day_row(self, table: dict[str, list[float]], key: str) -> list[float]:
        return table.setdefault(key, [0.0] * self.days)

    def hour_row(self, key: str, by_user: bool) -> list[float]:
        return self.by_hour.setdefault((key, by_user), [0.0] * 24)


def _daily(session: Session, frame: Frame, where: _Where) -> _Sums:
    sums = _Sums(len(frame.days))
    stmt = (
        select(D.day, D.key, func.sum(D.events), func.sum(D.firsts))
        .where(*where.daily)
        .group_by(D.day, D.key)
    )
    first = frame.first_local_day
    for d, key, events, firsts in session.execute(stmt):
        i = int(d) - first
        sums.day_row(sums.events, key)[i] += int(events)
        sums.day_row(sums.firsts, key)[i] += int(firsts)
    hour_of_day = R.hour.op("%")(24)
    by_user = R.user_id != 0
    stmt = (
        select(hour_of_day, R.key, by_user, func.sum(R.events))
        .where(*where.hourly)
        .group_by(hour_of_day, R.key, by_user)
    )
    for h, key, user, events in session.execute(stmt):
        sums.hour_row(key, bool(user))[int(h)] += int(events)
    return sums


def _by_user(session: Session, where: _Where) -> tuple[dict[int, int], dict[int, float]]:
    """Decision moves per user, and average processing hours per deciding user."""
    stmt = (
        select(D.user_id, D.key, func.sum(D.events), func.sum(D.processed), func.sum(D.seconds))
        .where(*where.daily, D.user_id != 0)
        .group_by(D.user_id, D.key)
    )
    volume: dict[int, int] = {}
    timed: dict[int, list[int]] = {}
    for user, key, events, processed, seconds in session.execute(stmt):
        if key in rollup.DECISION_KEYS:
            volume[int(user)] = volume.get(int(user), 0) + int(events)
        if processed:
            acc = timed.setdefault(int(user), [0, 0])
            acc[0] += int(seconds)
            acc[1] += int(processed)
    return volume, {u: s / HOUR / n for u, (s, n) in timed.items()}


def _by_campaign(session: Session, frame: Frame, where: _Where) -> CampaignProcessing:
    stmt = (
        select(D.campaign_id, D.day, func.sum(D.seconds), func.sum(D.processed))
        .where(*where.daily, D.processed > 0, D.campaign_id != 0)
        .group_by(D.campaign_id, D.day)
    )
    hours: dict[int, list[float | None]] = {}
    decisions: dict[int, list[int]] = {}
    first = frame.first_local_day
    for campaign_id, d, seconds, n in session.execute(stmt):
        row = hours.setdefault(int(campaign_id), [None] * len(frame.days))
        row[int(d) - first] = int(seconds) / HOUR / int(n)
        decisions.setdefault(int(campaign_id), [0] * len(frame.days))[int(d) - first] = int(n)
    return CampaignProcessing(list(frame.days), hours, decisions)


def _user_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.name).where(User.id.in_(ids)))
    return {int(i): str(n) for i, n in rows}


def dashboard(
    session: Session,
    company_id: int,
    start: date,
    end: date,
    campaign_ids: Sequence[int] | None = None,
) -> Dashboard:
    """Every supervisor series for local days ``start``..``end`` in the company zone
    (the rollup first catches up with the log in ``session``)."""
    rollup.catch_up(session, company_id)
    frame = company_frame(session, company_id, start, end)
    where = _in_frame(company_id, frame, campaign_ids)
    sums = _daily(session, frame, where)
    volume, timed = _by_user(session, where)
    n = len(frame.days)
    events = {k: sums.day_row(sums.events, k) for k in rollup.KEYS}
    done = cohorts.numerators(session, company_id, frame.first_local_day, n, campaign_ids)
    firsts = {
        "invited": sums.day_row(sums.firsts, "invited"),
        "participated": done["participated"],
        "completed": sums.day_row(sums.firsts, "completed"),
        "passed": done["passed"],
    }
    user_hours = {k: sums.hour_row(k, True) for k in rollup.KEYS}
    others = [user_hours[k] for k in rollup.KEYS if k not in ("shortlisted", "rejected")]
    other = [float(sum(column)) for column in zip(*others, strict=True)]
    return Dashboard(
        days=list(frame.days),
        overview=DailySeries(
            list(frame.days),
            {k: events[k] for k in ("added", "completed", "shortlisted", "rejected")},
        ),
        rates=rates_of(list(frame.days), firsts),
        candidate_activity=HourlySeries(
            {
                "completed": [
                    (a + b) / n
                    for a, b in zip(
                        sums.hour_row("completed", False),
                        sums.hour_row("completed", True),
                        strict=True,
                    )
                ]
            }
        ),
        volume_by_user=volume,
        processing_by_user=timed,
        processing_by_campaign=_by_campaign(session, frame, where),
        user_activity=HourlySeries(
            {
                "shortlisted": user_hours["shortlisted"],
                "rejected": user_hours["rejected"],
                "other": other,
            }
        ),
        user_names=_user_names(session, set(volume) | set(timed)),
    )
