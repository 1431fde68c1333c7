"""The company's team: recruiter and supervisor accounts (no Qt)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

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
