"""Scheduled sends: "tomorrow 9:00 in the candidate's time zone".

A candidate's zone is read from their phone number (phonenumbers' time zone data; for a
country spanning several zones the first one listed), falling back to the company's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import timezone as phone_timezone

UNKNOWN_ZONE = "Etc/Unknown"


def zone_of(phone: str, fallback: str = "UTC") -> ZoneInfo:
    """The time zone of an E.164 phone, or ``fallback``."""
    if phone:
        try:
            names = phone_timezone.time_zones_for_number(phonenumbers.parse(phone, None))
        except phonenumbers.NumberParseException:
            names = ()
        for name in names:
            if name != UNKNOWN_ZONE:
                try:
                    return ZoneInfo(name)
                except ZoneInfoNotFoundError:
                    continue
    return ZoneInfo(fallback)


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A wall-clock time in ``zone`` as the storage's naive UTC."""
    return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def at_local_time(local: datetime, fallback: str = "UTC") -> Callable[[str], datetime]:
    """A ``send_at`` for :func:`engine.messaging.sending.queue`: ``local`` in the zone of each
    candidate."""
    return lambda phone: to_utc(local, zone_of(phone, fallback))
