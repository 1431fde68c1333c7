"""The company-wide do-not-call list: a phone (E.164) or an email that no campaign of the
company may call or add again. The dialer checks it at the moment of dialing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import DoNotCall


def _match(phone: str, email_key: str) -> ColumnElement[bool]:
    conditions = []
    if phone:
        conditions.append(DoNotCall.phone == phone)
    if email_key:
        conditions.append(DoNotCall.email_key == email_key)
    return or_(*conditions) if conditions else false()


def blocked(s: Session, company_id: int, phone: str, email_key: str = "") -> bool:
    """Whether the phone or the email (lowercased) is on the company's list."""
    if not phone and not email_key:
        return False
    found = s.scalar(
        select(DoNotCall.id)
        .where(DoNotCall.company_id == company_id, _match(phone, email_key))
        .limit(1)
    )
    return found is not None


def add(
    s: Session,
    company_id: int,
    *,
    phone: str = "",
    email: str = "",
    source: str = "manual",
    campaign_id: int | None = None,
) -> bool:
    """Put a phone and/or an email on the list (True when something new was added)."""
    key = email.strip().lower()
    new_phone = phone if phone and not blocked(s, company_id, phone) else ""
    new_key = key if key and not blocked(s, company_id, "", key) else ""
    if not new_phone and not new_key:
        return False
    s.add(
        DoNotCall(
            company_id=company_id,
            phone=new_phone,
            email_key=new_key,
            source=source,
            campaign_id=campaign_id,
            created_at=utcnow(),
        )
    )
    s.flush()
    return True


def everything(s: Session, company_id: int) -> tuple[set[str], set[str]]:
    """The phones and the email keys on the list (for checking many leads at once)."""
    phones: set[str] = set()
    emails: set[str] = set()
    for phone, key in s.execute(
        select(DoNotCall.phone, DoNotCall.email_key).where(DoNotCall.company_id == company_id)
    ):
        if phone:
            phones.add(phone)
        if key:
            emails.add(key)
    return phones, emails


def listed(s: Session, company_id: int) -> list[tuple[str, str, str, datetime]]:
    """The company's entries, oldest first: ``(phone, email, source, added)``."""
    rows = s.execute(
        select(DoNotCall.phone, DoNotCall.email_key, DoNotCall.source, DoNotCall.created_at)
        .where(DoNotCall.company_id == company_id)
        .order_by(DoNotCall.id)
    )
    return [(phone, email, source, added) for phone, email, source, added in rows]
