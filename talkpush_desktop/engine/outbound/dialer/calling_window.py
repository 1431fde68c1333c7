"""The calling window: the hours a lead may be called, in the lead's own local time.

A careful dialer never rings someone at 06:00 or 23:00 their time, whatever the campaign's
time zone is. The lead's zone comes from the phone number's region (phonenumbers'
``timezone`` data: ``+63 917...`` is Asia/Manila, ``+1 212...`` America/New_York). A
number whose region spans several zones (a US toll-free number, a mobile range shared by
a whole country) gets every one of them, and the window must be open in **all** of them,
so nobody in any of those zones is called outside the hours. When the number tells no
zone, the campaign's time zone is used.

The window is ``[start, end)`` of the local wall clock, default 08:00–21:00, configurable
per campaign. Times are computed with :mod:`zoneinfo` on aware datetimes, so a day that
is 23 or 25 hours long (DST) is handled: a start that falls in a spring-forward gap opens
at the first instant after it, an ambiguous one (fall back) at its first occurrence.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from talkpush_desktop.engine.errors import ValidationError

DEFAULT_START = time(8, 0)
DEFAULT_END = time(21, 0)
SEARCH_DAYS = 8
"""How far ahead :func:`next_open` looks for an instant open in every zone of a number."""
UNKNOWN_ZONE = "Etc/Unknown"


@dataclass(frozen=True, slots=True)
class CallingWindow:
    """Local wall-clock hours ``[start, end)`` in which a lead may be called."""

    start: time = DEFAULT_START
    end: time = DEFAULT_END

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValidationError(
                f"calling window: the start ({self.start:%H:%M}) must be before the end "
                f"({self.end:%H:%M})"
            )

    @classmethod
    def parse(cls, start: str = "", end: str = "") -> CallingWindow:
        """A window from ``HH:MM`` texts (empty: the default of that end)."""
        return cls(_clock(start, DEFAULT_START), _clock(end, DEFAULT_END))

    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    def open_in(self, zone: ZoneInfo, at: datetime) -> bool:
        """Whether the window is open in ``zone`` at the instant ``at``."""
        local = _aware(at).astimezone(zone)
        return self.start <= local.time().replace(tzinfo=None) < self.end

    def next_start(self, zone: ZoneInfo, at: datetime) -> datetime:
        """The first instant at or after ``at`` when the window is open in ``zone`` (UTC)."""
        at = _aware(at)
        if self.open_in(zone, at):
            return at.astimezone(UTC)
        local = at.astimezone(zone)
        day = local.date() if local.time().replace(tzinfo=None) < self.start else None
        for offset in range(SEARCH_DAYS + 1):
            date = (day or local.date() + timedelta(days=1)) + timedelta(days=offset)
            opening = datetime.combine(date, self.start, tzinfo=zone).astimezone(UTC)
            # a start in a spring-forward gap resolves to an instant after the gap
            if opening >= at and self.open_in(zone, opening):
                return opening
        raise ValidationError(f"calling window {self.label()} never opens in {zone.key}")


def _clock(text: str, default: time) -> time:
    value = text.strip()
    if not value:
        return default
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"calling window: not a time of day: {text!r} (use HH:MM)") from None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def _aware(at: datetime) -> datetime:
    """Naive datetimes in the engine are UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


@functools.lru_cache(maxsize=4096)
def _zones_of(number: str) -> tuple[str, ...]:
    import phonenumbers
    from phonenumbers import timezone as phone_zones

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return ()
    names = phone_zones.time_zones_for_number(parsed)
    return tuple(sorted(n for n in names if n != UNKNOWN_ZONE))


@functools.lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def lead_zones(phone: str, fallback: str) -> tuple[ZoneInfo, ...]:
    """The time zones of an E.164 ``phone`` (its region's), else ``fallback`` alone."""
    found = [z for n in _zones_of(phone.strip()) if (z := _zone(n)) is not None]
    if found:
        return tuple(found)
    zone = _zone(fallback) or _zone("UTC")
    assert zone is not None
    return (zone,)


def is_open(window: CallingWindow, zones: tuple[ZoneInfo, ...], at: datetime) -> bool:
    """Whether the window is open at ``at`` in every one of the lead's ``zones``."""
    return all(window.open_in(z, at) for z in zones)


def next_open(window: CallingWindow, zones: tuple[ZoneInfo, ...], at: datetime) -> datetime:
    """The first instant at or after ``at`` (naive UTC, as the engine stores times) when the
    window is open in every zone. Zones too far apart to share any hour fall back to the
    first zone alone (better a call at a proper hour somewhere than never)."""
    moment = _aware(at)
    horizon = moment + timedelta(days=SEARCH_DAYS)
    while moment <= horizon:
        later = max(window.next_start(z, moment) for z in zones)
        if is_open(window, zones, later):
            return later.replace(tzinfo=None)
        moment = later  # a zone closed again before the others opened: its next day
    return window.next_start(zones[0], at).replace(tzinfo=None)
