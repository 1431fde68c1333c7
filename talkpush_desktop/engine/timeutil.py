"""Time helpers: the engine stores naive UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Current UTC time without tzinfo (the storage convention)."""
    return datetime.now(UTC).replace(tzinfo=None)
