"""Who acts in a workspace: its company and acting user, made on first open.

A new workspace gets a company ("My Company", UTC), the automatic labels, and its owner
named after the computer's login. Opening an existing workspace only reads (no write lock).
"""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import team
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.database import Database
from talkpush_desktop.storage.models import Company, Label, User


def _owner(s: Session, company_id: int) -> int | None:
    return s.scalar(
        select(User.id)
        .where(User.company_id == company_id)
        .order_by(User.is_owner.desc(), User.id)
        .limit(1)
    )


def found(db: Database) -> tuple[int, int] | None:
    """The company and acting user when they (and the automatic labels) exist."""
    with db.reads() as s:
        firm = s.scalar(select(Company.id).order_by(Company.id).limit(1))
        if firm is None:
            return None
        names = set(s.scalars(select(Label.name).where(Label.company_id == firm)))
        user = _owner(s, firm)
        return (firm, user) if user is not None and names >= set(labels.AUTOMATIC) else None


def ensure(s: Session) -> tuple[int, int]:
    """The company and acting user, creating what is missing (in the transaction ``s``)."""
    firm = s.scalar(select(Company).order_by(Company.id).limit(1))
    if firm is None:
        firm = Company(
            name="My Company",
            timezone="UTC",
            domain_whitelist=[],
            ip_whitelist=[],
            created_at=utcnow(),
        )
        s.add(firm)
        s.flush()
    labels.ensure_automatic(s, firm.id)
    user = _owner(s, firm.id)
    if user is not None:
        return firm.id, user
    name = getpass.getuser() or "recruiter"
    return firm.id, team.add_user(s, firm.id, name, f"{name}@localhost", owner=True)
