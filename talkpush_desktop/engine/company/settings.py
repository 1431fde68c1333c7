"""The company's own settings that several parts read: its time zone and its today."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.storage.models import Company


def timezone(session: Session, company_id: int) -> str:
    """The company's IANA time zone ("UTC" when none is set)."""
    return str(session.scalar(select(Company.timezone).where(Company.id == company_id)) or "UTC")


def today(zone: str, now: datetime | None = None) -> date:
    """Today's date in ``zone`` (UTC when the zone is unknown)."""
    moment = now or datetime.now(UTC)
    try:
        return moment.astimezone(ZoneInfo(zone or "UTC")).date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(UTC).date()
