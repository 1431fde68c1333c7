"""Supervisor analytics computed from the append-only activity log (no Qt).

Every series covers a time frame of whole *local* days (``start`` to ``end``, both
included) in the company's IANA time zone. Days and hours with no events appear as zeros.

How local days and hours are found: the frame's UTC bounds are computed exactly, then the
zone's UTC offsets inside the frame are listed as a few segments (one per DST period, found
by bisection to the second). The database turns each ``at`` into local epoch seconds with
``epoch(at) + CASE WHEN epoch(at) < t1 THEN o0 ... END`` and GROUPs BY the local hour (or
local day, for distinct candidate counts); only those small aggregated rows (at most 24 per
day and key) come back and are folded into days and hours of day in Python. Because the
shift is applied per event before bucketing, it is exact for every zone, including half-
and quarter-hour offsets (Asia/Kolkata, Asia/Kathmandu) and DST changes inside the frame.
The range filter ``at >= lo AND at < hi`` (plus ``campaign_id IN`` when campaigns are
chosen) is served by ``ix_activity_at`` / ``ix_activity_campaign_at``.

Conventions:

* Counts in the overview and user series count events: a candidate moved twice counts
  twice there. Decision folders are Shortlisted, Rejected, On Hold and Hired.
* Rates count distinct candidates per local day and are ``None`` (not 0) when the
  denominator is 0: "no completions" is undefined, not a 0 % pass rate. A rate can exceed
  1 when, e.g., candidates completed yesterday are shortlisted today.
* Processing time uses, per candidate, only its first decision move after its latest
  completion; it counts when that first decision falls in the frame (the completion may be
  earlier) and is attributed to the decision's user and campaign, in hours. Averages over
  no candidate are ``None``.
* User series count only events with a ``user_id`` (system moves, like the automatic move
  to Completed, are not a recruiter's work).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    exists,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from talkpush_desktop.storage.models import Action, Activity, Company, Folder, User

DECISIONS: tuple[str, ...] = (
    Folder.SHORTLISTED.value,
    Folder.REJECTED.value,
    Folder.ON_HOLD.value,
    Folder.HIRED.value,
)
_EPOCH = datetime(1970, 1, 1)
_Column = ColumnElement[Any] | QueryableAttribute[Any]
_DAY = 86400
_HOUR = 3600


# -- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailySeries:
    """One value per local day of the frame for each named series."""

    days: list[date]
    values: dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class DailyRates:
    """Ratios per local day; ``None`` where the denominator is 0."""

    days: list[date]
    values: dict[str, list[float | None]]


@dataclass(frozen=True, slots=True)
class HourlySeries:
    """24 values (local hour 0 to 23) for each named series."""

    values: dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class CampaignProcessing:
    """Average processing hours per local day (``None`` on days with no decision)."""

    days: list[date]
    hours: dict[int, list[float | None]]


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
class Frame:
    """Local days, their exact UTC bounds and the zone's offset segments inside them."""

    days: list[date]
    lo: datetime
    hi: datetime
    segments: list[tuple[int, int]]  # (from epoch second, UTC offset seconds), ascending

    @property
    def first_local_day(self) -> int:
        return (self.days[0] - _EPOCH.date()).days


# -- the frame -------------------------------------------------------------------------


def make_frame(start: date, end: date, timezone: str) -> Frame:
    """The frame of local days ``start``..``end`` (inclusive) in ``timezone``."""
    if end < start:
        raise ValueError("the frame ends before it starts")
    tz = ZoneInfo(timezone or "UTC")
    lo = _local_midnight_utc(start, tz)
    hi = _local_midnight_utc(end + timedelta(days=1), tz)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return Frame(days, lo, hi, _segments(tz, _epoch_of(lo), _epoch_of(hi)))


def _local_midnight_utc(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)


def _epoch_of(t: datetime) -> int:
    return int((t - _EPOCH).total_seconds())


def _offset(tz: ZoneInfo, epoch: int) -> int:
    moment = datetime.fromtimestamp(epoch, UTC).astimezone(tz)
    delta = moment.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def _segments(tz: ZoneInfo, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offsets in force over [lo, hi): a day-step scan, then bisection to the second."""
    segments = [(lo, _offset(tz, lo))]
    t = lo
    while t < hi:
        step = min(t + _DAY, hi)
        if _offset(tz, step) != segments[-1][1]:
            a, b = t, step  # offset(a) is the current one, offset(b) differs
            while b - a > 1:
                mid = (a + b) // 2
                if _offset(tz, mid) == segments[-1][1]:
                    a = mid
                else:
                    b = mid
            if b < hi:
                segments.append((b, _offset(tz, b)))
            t = b
        else:
            t = step
    return segments


# -- SQL building blocks ---------------------------------------------------------------


def _int(n: int) -> ColumnElement[Any]:
    """An inlined integer (keeps GROUP BY expressions textually identical)."""
    return literal_column(str(int(n)), Integer)


def _epoch(session: Session, column: _Column) -> ColumnElement[Any]:
    """Whole UTC epoch seconds of a naive-UTC datetime column."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), BigInteger)
    return cast(func.strftime(literal_column("'%s'"), column), Integer)


def _local(session: Session, frame: Frame, column: _Column) -> ColumnElement[Any]:
    """Local epoch seconds of ``column`` in the frame's zone (exact for any offset)."""
    epoch = _epoch(session, column)
    if len(frame.segments) == 1:
        return epoch + _int(frame.segments[0][1])
    whens = [
        (epoch < _int(frame.segments[i + 1][0]), _int(off))
        for i, (_, off) in enumerate(frame.segments[:-1])
    ]
    return epoch + case(*whens, else_=_int(frame.segments[-1][1]))


def _div(expr: ColumnElement[Any], n: int) -> ColumnElement[Any]:
    """Integer division (local epoch seconds are positive, so it is a floor)."""
    return expr.self_group().op("/")(_int(n))


def _in_frame(
    company_id: int, frame: Frame, campaign_ids: Sequence[int] | None, table: Any = Activity
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        table.company_id == company_id,
        table.at >= frame.lo,
        table.at < frame.hi,
    ]
    if campaign_ids is not None:
        conditions.append(table.campaign_id.in_(list(campaign_ids)))
    return conditions


def _series_key() -> ColumnElement[Any]:
    """'added' / 'completed' / 'invited' / 'shortlisted' / 'rejected' / 'decision' / other."""
    return case(
        (Activity.action == Action.ADDED.value, literal_column("'added'")),
        (Activity.action == Action.COMPLETED.value, literal_column("'completed'")),
        (Activity.action == Action.INVITED.value, literal_column("'invited'")),
        (
            and_(
                Activity.action == Action.MOVED.value,
                Activity.to_folder == Folder.SHORTLISTED.value,
            ),
            literal_column("'shortlisted'"),
        ),
        (
            and_(
                Activity.action == Action.MOVED.value,
                Activity.to_folder == Folder.REJECTED.value,
            ),
            literal_column("'rejected'"),
        ),
        (
            and_(Activity.action == Action.MOVED.value, Activity.to_folder.in_(DECISIONS)),
            literal_column("'decision'"),
        ),
        else_=literal_column("'other'"),
    )


def _hourly_counts(
    session: Session,
    frame: Frame,
    conditions: list[ColumnElement[bool]],
) -> list[tuple[int, str, int]]:
    """(local hour bucket, series key, events), grouped in the database."""
    bucket = _div(_local(session, frame, Activity.at), _HOUR)
    key = _series_key()
    stmt = select(bucket, key, func.count()).where(*conditions).group_by(bucket, key)
    return [(int(b), str(k), int(n)) for b, k, n in session.execute(stmt)]


def _fold_daily(
    frame: Frame, rows: list[tuple[int, str, int]], keys: Sequence[str]
) -> dict[str, list[float]]:
    out = {k: [0.0] * len(frame.days) for k in keys}
    first = frame.first_local_day
    for bucket, key, n in rows:
        i = bucket // 24 - first
        if key in out and 0 <= i < len(frame.days):
            out[key][i] += n
    return out


def _fold_hour_of_day(
    rows: list[tuple[int, str, int]], keys: Sequence[str]
) -> dict[str, list[float]]:
    out = {k: [0.0] * 24 for k in keys}
    for bucket, key, n in rows:
        if key in out:
            out[key][bucket % 24] += n
    return out


# -- the series ------------------------------------------------------------------------


def company_frame(session: Session, company_id: int, start: date, end: date) -> Frame:
    """The frame in the company's time zone."""
    tz = session.scalar(select(Company.timezone).where(Company.id == company_id))
    return make_frame(start, end, tz or "UTC")


def overview(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> DailySeries:
    """Daily added, completed, shortlisted and rejected events."""
    keys = ("added", "completed", "shortlisted", "rejected")
    conditions = _in_frame(company_id, frame, campaign_ids)
    conditions.append(
        Activity.action.in_([Action.ADDED.value, Action.COMPLETED.value, Action.MOVED.value])
    )
    rows = _hourly_counts(session, frame, conditions)
    return DailySeries(list(frame.days), _fold_daily(frame, rows, keys))


def _distinct_daily(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None
) -> dict[str, list[int]]:
    """Distinct candidates per local day that were invited, completed or shortlisted."""
    day = _div(_local(session, frame, Activity.at), _DAY)
    key = _series_key()
    conditions = _in_frame(company_id, frame, campaign_ids)
    conditions.append(
        Activity.action.in_([Action.INVITED.value, Action.COMPLETED.value, Action.MOVED.value])
    )
    stmt = (
        select(day, key, func.count(func.distinct(Activity.candidate_id)))
        .where(*conditions)
        .group_by(day, key)
    )
    out = {k: [0] * len(frame.days) for k in ("invited", "completed", "shortlisted")}
    first = frame.first_local_day
    for d, k, n in session.execute(stmt):
        i = int(d) - first
        if k in out and 0 <= i < len(frame.days):
            out[k][i] = int(n)
    return out


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def rates(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> DailyRates:
    """Pass rate (shortlisted / completed) and participation rate (completed / invited)."""
    d = _distinct_daily(session, company_id, frame, campaign_ids)
    n = len(frame.days)
    return DailyRates(
        list(frame.days),
        {
            "pass_rate": [_ratio(d["shortlisted"][i], d["completed"][i]) for i in range(n)],
            "participation_rate": [_ratio(d["completed"][i], d["invited"][i]) for i in range(n)],
        },
    )


def candidate_activity(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> HourlySeries:
    """Average completed interviews per local hour of day over the frame's days."""
    conditions = _in_frame(company_id, frame, campaign_ids)
    conditions.append(Activity.action == Action.COMPLETED.value)
    totals = _fold_hour_of_day(_hourly_counts(session, frame, conditions), ("completed",))
    days = len(frame.days)
    return HourlySeries({"completed": [v / days for v in totals["completed"]]})


def user_activity(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> HourlySeries:
    """Users' shortlisting, rejecting and other actions per local hour of day (totals)."""
    conditions = _in_frame(company_id, frame, campaign_ids)
    conditions.append(Activity.user_id.is_not(None))
    rows = _hourly_counts(session, frame, conditions)
    merged = [(b, k if k in ("shortlisted", "rejected") else "other", n) for b, k, n in rows]
    return HourlySeries(_fold_hour_of_day(merged, ("shortlisted", "rejected", "other")))


def volume_by_user(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> dict[int, int]:
    """Decision moves (Shortlisted, Rejected, On Hold, Hired) per user; each move counts."""
    stmt = (
        select(Activity.user_id, func.count())
        .where(
            *_in_frame(company_id, frame, campaign_ids),
            Activity.action == Action.MOVED.value,
            Activity.to_folder.in_(DECISIONS),
            Activity.user_id.is_not(None),
        )
        .group_by(Activity.user_id)
    )
    return {u: int(n) for u, n in session.execute(stmt) if u is not None}


def _first_decisions(company_id: int, frame: Frame, campaign_ids: Sequence[int] | None) -> Any:
    """Subquery: per candidate, its first decision after completion that lies in the frame.

    Columns: candidate_id, campaign_id, user_id, at (decision), done_at (completion).
    """
    rn = (
        func.row_number()
        .over(partition_by=Activity.candidate_id, order_by=(Activity.at, Activity.id))
        .label("rn")
    )
    in_frame = (
        select(
            Activity.candidate_id,
            Activity.campaign_id,
            Activity.user_id,
            Activity.at,
            rn,
        )
        .where(
            *_in_frame(company_id, frame, campaign_ids),
            Activity.action == Action.MOVED.value,
            Activity.to_folder.in_(DECISIONS),
            Activity.candidate_id.is_not(None),
        )
        .subquery()
    )
    done = aliased(Activity)
    done_at = (
        select(func.max(done.at))
        .where(
            done.candidate_id == in_frame.c.candidate_id,
            done.action == Action.COMPLETED.value,
            done.at <= in_frame.c.at,
        )
        .scalar_subquery()
        .label("done_at")
    )
    firsts = (
        select(
            in_frame.c.candidate_id,
            in_frame.c.campaign_id,
            in_frame.c.user_id,
            in_frame.c.at,
            done_at,
        )
        .where(in_frame.c.rn == 1)
        .subquery()
    )
    earlier = aliased(Activity)
    decided_before = exists().where(
        earlier.candidate_id == firsts.c.candidate_id,
        earlier.action == Action.MOVED.value,
        earlier.to_folder.in_(DECISIONS),
        earlier.at >= firsts.c.done_at,
        earlier.at < firsts.c.at,
    )
    return select(firsts).where(firsts.c.done_at.is_not(None), ~decided_before).subquery()


def _hours_between(session: Session, first: Any) -> ColumnElement[Any]:
    return _epoch(session, first.c.at) - _epoch(session, first.c.done_at)


def processing_by_user(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> dict[int, float]:
    """Average hours from completion to a candidate's first decision, per deciding user."""
    first = _first_decisions(company_id, frame, campaign_ids)
    stmt = (
        select(first.c.user_id, func.sum(_hours_between(session, first)), func.count())
        .where(first.c.user_id.is_not(None))
        .group_by(first.c.user_id)
    )
    return {int(u): int(total) / _HOUR / int(n) for u, total, n in session.execute(stmt)}


def processing_by_campaign(
    session: Session, company_id: int, frame: Frame, campaign_ids: Sequence[int] | None = None
) -> CampaignProcessing:
    """Average processing hours per campaign and local day of the first decision."""
    first = _first_decisions(company_id, frame, campaign_ids)
    day = _div(_local(session, frame, first.c.at), _DAY)
    stmt = select(
        first.c.campaign_id, day, func.sum(_hours_between(session, first)), func.count()
    ).group_by(first.c.campaign_id, day)
    hours: dict[int, list[float | None]] = {}
    first_day = frame.first_local_day
    for campaign_id, d, total, n in session.execute(stmt):
        i = int(d) - first_day
        if campaign_id is None or not 0 <= i < len(frame.days):
            continue
        row = hours.setdefault(int(campaign_id), [None] * len(frame.days))
        row[i] = int(total) / _HOUR / int(n)
    return CampaignProcessing(list(frame.days), hours)


def dashboard(
    session: Session,
    company_id: int,
    start: date,
    end: date,
    campaign_ids: Sequence[int] | None = None,
) -> Dashboard:
    """Every supervisor series for local days ``start``..``end`` in the company zone."""
    frame = company_frame(session, company_id, start, end)
    by_user = volume_by_user(session, company_id, frame, campaign_ids)
    timed = processing_by_user(session, company_id, frame, campaign_ids)
    ids = set(by_user) | set(timed)
    names = (
        {
            int(i): str(n)
            for i, n in session.execute(select(User.id, User.name).where(User.id.in_(ids)))
        }
        if ids
        else {}
    )
    return Dashboard(
        days=list(frame.days),
        overview=overview(session, company_id, frame, campaign_ids),
        rates=rates(session, company_id, frame, campaign_ids),
        candidate_activity=candidate_activity(session, company_id, frame, campaign_ids),
        volume_by_user=by_user,
        processing_by_user=timed,
        processing_by_campaign=processing_by_campaign(session, company_id, frame, campaign_ids),
        user_activity=user_activity(session, company_id, frame, campaign_ids),
        user_names=names,
    )
