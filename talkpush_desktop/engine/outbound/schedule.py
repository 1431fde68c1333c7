"""Campaign schedules: the first call and its follow-up retries, in UTC or in the
campaign's own time zone (DST-safe with :mod:`zoneinfo`).

Two bases, as the seed describes them:

- ``UTC``: ``callStartTimeUtc`` (an ISO 8601 instant) and optionally ``retryScheduleUtc``
  (ISO instants, or ``{"time", "delayDays"}`` objects read in UTC);
- ``LOCAL``: ``callTime`` (a wall time in the campaign's zone: ``2025-06-01T11:00``,
  ``2025-06-01 11:00`` or ``Jun 01, 2025 11:00 AM``) and ``followUpRetries``:
  ``[{"time", "delayDays"}]`` where ``time`` is a time of day (``14:00``, ``2:00 PM``) on
  the day ``delayDays`` after the first call, or a whole date and time; without ``time``
  the retry keeps the first call's wall time. A wall time in a DST gap moves forward by the
  gap; an ambiguous one (the repeated hour) is its first occurrence.

A retry must come after the call before it. Times in the past are accepted (the seed's own
examples are); the dialer treats a past execution as due.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from talkpush_desktop.engine.outbound.dto import RetrySlot
from talkpush_desktop.engine.outbound.vocab import LOCAL_BASIS, UTC_BASIS

DISPLAY_FORMAT = "%b %d, %Y %I:%M %p"
"""``callTimeDisplay``: ``Jun 01, 2025 11:00 AM``."""
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"
_WALL_FORMATS = (DISPLAY_FORMAT, "%b %d, %Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %I:%M %p")
_DAY_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I %p")
MAX_RETRIES = 10
EARLIEST = datetime(2000, 1, 1)
LATEST = datetime(2100, 1, 1)
"""Call times are accepted from 2000 to 2099 (as written, in their own zone)."""


class ScheduleError(ValueError):
    """A schedule that cannot be built: ``path`` is the body field, the message its reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Schedule:
    """A computed schedule: the first execution (naive UTC) and the retries."""

    basis: str
    first_utc: datetime
    first_local: str
    retries: tuple[RetrySlot, ...]

    def retries_json(self) -> list[dict[str, Any]]:
        """The stored form (``company_campaigns.retries``)."""
        return [
            {"timeUtc": _iso(r.time_utc), "delayDays": r.delay_days, "timeLocal": r.time_local}
            for r in self.retries
        ]


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; ValueError for an unknown or malformed one."""
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise ValueError(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(name) from None


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds") + "Z"


def to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """A naive wall time in ``tz`` as naive UTC (gap: moved forward; repeated hour: first)."""
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC).replace(tzinfo=None)


def to_local(utc: datetime, tz: ZoneInfo) -> datetime:
    """A naive UTC instant as a naive wall time in ``tz``."""
    return utc.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def display(utc: datetime | None, timezone: str) -> str:
    """``callTimeDisplay``: the instant in the campaign's zone (``Jun 01, 2025 11:00 AM``)."""
    if utc is None:
        return ""
    try:
        tz = zone(timezone)
    except ValueError:
        tz = ZoneInfo("UTC")
    return to_local(utc, tz).strftime(DISPLAY_FORMAT)


def label(path: str) -> str:
    """How a message names the field at ``path``: its key, or ``list[i]`` for an item."""
    parts = path.split(".")
    if len(parts) > 1 and parts[-1].isdigit():
        return f"{parts[-2]}[{parts[-1]}]"
    return parts[-1]


def _in_range(when: datetime, path: str) -> datetime:
    """``when`` (as written, before any zone conversion) if its year is 2000–2099."""
    if not EARLIEST <= when.replace(tzinfo=None) < LATEST:
        raise ScheduleError(path, f'"{label(path)}" must be a date between 2000 and 2099')
    return when


def parse_instant(text: object, path: str, tz: ZoneInfo | None = None) -> datetime:
    """An ISO 8601 date and time as naive UTC; one without an offset is read in ``tz``
    (None: UTC)."""
    name = label(path)
    if not isinstance(text, str) or not text.strip():
        raise ScheduleError(path, f'"{name}" must be a valid ISO 8601 date')
    try:
        when = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError:
        raise ScheduleError(path, f'"{name}" must be a valid ISO 8601 date') from None
    _in_range(when, path)
    if when.tzinfo is not None:
        return when.astimezone(UTC).replace(tzinfo=None)
    return to_utc(when, tz) if tz is not None else when


def parse_wall(text: object, path: str, tz: ZoneInfo) -> datetime:
    """A date and time in the campaign's zone (ISO, ``YYYY-MM-DD HH:MM`` or the display
    form) as naive UTC; an ISO instant with an offset keeps its instant."""
    if isinstance(text, str):
        cleaned = " ".join(text.split())
        for fmt in _WALL_FORMATS:
            try:
                wall = datetime.strptime(cleaned, fmt)
            except ValueError:
                continue
            return to_utc(_in_range(wall, path), tz)
    name = label(path)
    try:
        return parse_instant(text, path, tz)
    except ScheduleError:
        raise ScheduleError(
            path, f'"{name}" must be a date and time such as 2025-06-01T11:00'
        ) from None


def _time_of_day(text: str) -> time | None:
    cleaned = " ".join(text.split()).upper()
    for fmt in _DAY_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).time()
        except ValueError:
            continue
    return None


def _delay(item: Mapping[str, Any], path: str) -> int | None:
    value = item.get("delayDays")
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value != int(value)
    ):
        raise ScheduleError(f"{path}.delayDays", '"delayDays" must be an integer')
    if not 0 <= value <= 365:
        raise ScheduleError(f"{path}.delayDays", '"delayDays" must be between 0 and 365')
    return int(value)


def _retry(item: object, path: str, first_utc: datetime, tz: ZoneInfo) -> datetime:
    """One retry's instant: a whole date and time, or a time of day ``delayDays`` after the
    first call's (local) day, or the first call's wall time ``delayDays`` later."""
    if isinstance(item, str):
        return parse_wall(item, path, tz)
    if not isinstance(item, Mapping):
        raise ScheduleError(path, f'"{label(path)}" must be an object')
    unknown = sorted(set(item) - {"time", "delayDays"})
    if unknown:
        raise ScheduleError(f"{path}.{unknown[0]}", f'"{unknown[0]}" is not allowed')
    delay = _delay(item, path)
    raw = item.get("time")
    first_local = to_local(first_utc, tz)
    if raw is None or raw == "":
        if delay is None:
            raise ScheduleError(f"{path}.time", '"time" or "delayDays" is required')
        return to_utc(first_local + timedelta(days=delay), tz)
    if not isinstance(raw, str):
        raise ScheduleError(f"{path}.time", '"time" must be a string')
    of_day = _time_of_day(raw)
    if of_day is None:
        return parse_wall(raw, f"{path}.time", tz)
    day: date = first_local.date() + timedelta(days=delay or 0)
    return to_utc(datetime.combine(day, of_day), tz)


def build(body: Mapping[str, Any], timezone: str) -> Schedule | None:
    """The schedule of a create or update body (None: it names no first call).

    ``callStartTimeUtc`` makes a UTC basis, else ``callTime`` a local one. Retries come from
    ``retryScheduleUtc`` (read in UTC) or ``followUpRetries`` (read in the zone).
    Raises :class:`ScheduleError` naming the field.
    """
    tz = zone(timezone)
    if body.get("callStartTimeUtc") not in (None, ""):
        basis = UTC_BASIS
        first = parse_instant(body["callStartTimeUtc"], "callStartTimeUtc")
    elif body.get("callTime") not in (None, ""):
        basis = LOCAL_BASIS
        first = parse_wall(body["callTime"], "callTime", tz)
    else:
        return None
    if body.get("retryScheduleUtc") is not None:
        field, items, read_in = "retryScheduleUtc", body["retryScheduleUtc"], ZoneInfo("UTC")
    else:
        field, items, read_in = "followUpRetries", body.get("followUpRetries") or [], tz
    if not isinstance(items, list):
        raise ScheduleError(field, f'"{field}" must be an array')
    if len(items) > MAX_RETRIES:
        raise ScheduleError(field, f'"{field}" must contain less than or equal to 10 items')
    slots: list[RetrySlot] = []
    before = first
    first_day = to_local(first, tz).date()
    for i, item in enumerate(items):
        when = _retry(item, f"{field}.{i}", first, read_in)
        if when <= before:
            raise ScheduleError(
                f"{field}.{i}", f'"{field}[{i}]" must come after the call before it'
            )
        local = to_local(when, tz)
        slots.append(RetrySlot(when, (local.date() - first_day).days, local.strftime(LOCAL_FORMAT)))
        before = when
    return Schedule(basis, first, to_local(first, tz).strftime(LOCAL_FORMAT), tuple(slots))


def retries_from_json(items: list[Any]) -> tuple[RetrySlot, ...]:
    """The stored retries (``company_campaigns.retries``) as slots."""
    return tuple(
        RetrySlot(
            datetime.fromisoformat(str(i["timeUtc"]).removesuffix("Z")),
            int(i.get("delayDays", 0)),
            str(i.get("timeLocal", "")),
        )
        for i in items
    )
