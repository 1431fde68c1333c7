"""Local days and hours of the company's time zone, worked out exactly in SQL (no Qt).

A frame's UTC bounds are computed exactly, then the zone's UTC offsets inside it are listed
as a few segments (one per DST period, found by bisection to the second). The database turns
each timestamp into local epoch seconds with ``epoch(at) + CASE WHEN epoch(at) < t1 THEN o0
... END``; integer division by 3600 or 86400 then gives the local hour or day. Because the
shift is applied per event before bucketing, it is exact for every zone, including half- and
quarter-hour offsets (Asia/Kolkata, Asia/Kathmandu) and DST changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, ColumnElement, Integer, case, cast, func, literal_column
from sqlalchemy.orm import QueryableAttribute, Session

EPOCH = datetime(1970, 1, 1)
DAY = 86400
HOUR = 3600
Column = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True, slots=True)
class Frame:
    """Local days, their exact UTC bounds and the zone's offset segments inside them."""

    days: list[date]
    lo: datetime
    hi: datetime
    segments: list[tuple[int, int]]  # (from epoch second, UTC offset seconds), ascending

    @property
    def first_local_day(self) -> int:
        """The first day as a local day number (local epoch seconds // 86400)."""
        return (self.days[0] - EPOCH.date()).days

    @property
    def hours(self) -> tuple[int, int]:
        """The frame's local epoch hours, [first, last + 1)."""
        first = self.first_local_day * 24
        return first, first + 24 * len(self.days)


def make_frame(start: date, end: date, timezone: str) -> Frame:
    """The frame of local days ``start``..``end`` (inclusive) in ``timezone``."""
    if end < start:
        raise ValueError("the frame ends before it starts")
    tz = ZoneInfo(timezone or "UTC")
    lo = _local_midnight_utc(start, tz)
    hi = _local_midnight_utc(end + timedelta(days=1), tz)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return Frame(days, lo, hi, segments(tz, epoch_of(lo), epoch_of(hi)))


def _local_midnight_utc(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)


def epoch_of(t: datetime) -> int:
    """Whole epoch seconds of a naive-UTC datetime."""
    return int((t - EPOCH).total_seconds())


def _offset(tz: ZoneInfo, epoch: int) -> int:
    moment = datetime.fromtimestamp(epoch, UTC).astimezone(tz)
    delta = moment.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def segments(tz: ZoneInfo, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offsets in force over [lo, hi): a day-step scan, then bisection to the second."""
    found = [(lo, _offset(tz, lo))]
    t = lo
    while t < hi:
        step = min(t + DAY, hi)
        if _offset(tz, step) != found[-1][1]:
            a, b = t, step  # offset(a) is the current one, offset(b) differs
            while b - a > 1:
                mid = (a + b) // 2
                if _offset(tz, mid) == found[-1][1]:
                    a = mid
                else:
                    b = mid
            if b < hi:
                found.append((b, _offset(tz, b)))
            t = b
        else:
            t = step
    return found


def inline(n: int) -> ColumnElement[Any]:
    """An inlined integer (keeps GROUP BY expressions textually identical)."""
    return literal_column(str(int(n)), Integer)


def epoch_seconds(session: Session, column: Column) -> ColumnElement[Any]:
    """Whole UTC epoch seconds of a naive-UTC datetime column."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), BigInteger)
    return cast(func.strftime(literal_column("'%s'"), column), Integer)


def local_seconds(
    session: Session, offsets: list[tuple[int, int]], column: Column
) -> ColumnElement[Any]:
    """Local epoch seconds of ``column`` given the zone's offset segments (exact)."""
    epoch = epoch_seconds(session, column)
    if len(offsets) == 1:
        return epoch + inline(offsets[0][1])
    whens = [
        (epoch < inline(offsets[i + 1][0]), inline(off)) for i, (_, off) in enumerate(offsets[:-1])
    ]
    return epoch + case(*whens, else_=inline(offsets[-1][1]))


def div(expr: ColumnElement[Any], n: int) -> ColumnElement[Any]:
    """Integer division (local epoch seconds are positive, so it is a floor)."""
    return expr.self_group().op("/")(inline(n))
