"""The company's team: recruiter and supervisor accounts (no Qt)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import User


def add_user(
    session: Session,
    company_id: int,
    name: str,
    email: str,
    *,
    owner: bool = False,
    at: datetime | None = None,
) -> int:
    """A new active team member (English interface); returns the user id."""
    user = User(
        company_id=company_id,
        email=email,
        name=name.strip() or email,
        is_owner=owner,
        active=True,
        language="en",
        created_at=at or utcnow(),
    )
    session.add(user)
    session.flush()
    return user.id


def set_active(session: Session, company_id: int, email: str, active: bool) -> int:
    """Let a team member in again or keep them out (their partner keys stop working: the
    server answers 403); returns the user id. NotFoundError for another company's email."""
    user = session.scalar(
        select(User).where(User.company_id == company_id, User.email == email.strip())
    )
    if user is None:
        raise NotFoundError(f"no user with the email {email.strip()!r} in this company")
    user.active = active
    return user.id
