"""Who acts in a workspace: its company and acting user, made on first open.

A new workspace gets a company ("My Company", UTC), the automatic labels, and its owner
named after the computer's login; every company added later gets the same
(:meth:`CompaniesService.add`). Opening a workspace acts for its first company, or the one
chosen by id or name. Opening an existing workspace only reads (no write lock).
"""

from __future__ import annotations

import getpass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import companies, team
from talkpush_desktop.engine.company.companies import CompanyInfo
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.database import Database
from talkpush_desktop.storage.models import Company, Label, User

Chosen = str | int | None
"""A company by id or name; None: the workspace's first."""


def _owner(s: Session, company_id: int) -> int | None:
    return s.scalar(
        select(User.id)
        .where(User.company_id == company_id, User.deleted_at.is_(None))
        .order_by(User.is_owner.desc(), User.active.desc(), User.id)
        .limit(1)
    )


def _pick(s: Session, chosen: Chosen) -> int | None:
    return companies.first_id(s) if chosen is None else companies.resolve(s, chosen)


def found(db: Database, chosen: Chosen = None) -> tuple[int, int] | None:
    """The company and acting user when they (and the automatic labels) exist; an unknown
    ``chosen`` company raises NotFoundError."""
    with db.reads() as s:
        if chosen is not None and companies.first_id(s) is None:
            return None  # a new workspace: made first, then looked up
        firm = _pick(s, chosen)
        if firm is None:
            return None
        names = set(s.scalars(select(Label.name).where(Label.company_id == firm)))
        user = _owner(s, firm)
        return (firm, user) if user is not None and names >= set(labels.AUTOMATIC) else None


def set_up(s: Session, company_id: int) -> int:
    """A company's automatic labels and owner, made when missing; the acting user's id."""
    labels.ensure_automatic(s, company_id)
    user = _owner(s, company_id)
    if user is not None:
        return user
    name = getpass.getuser() or "recruiter"
    return team.add_user(s, company_id, name, f"{name}@localhost", owner=True)


def user_by_email(db: Database, company_id: int, email: str) -> int:
    """The company's active user with ``email`` (``--user EMAIL``: act as them); an
    unknown or deactivated one is refused."""
    with db.reads() as s:
        row = s.execute(
            select(User.id, User.active).where(
                User.company_id == company_id,
                func.lower(User.email) == email.strip().lower(),
                User.deleted_at.is_(None),
            )
        ).first()
    if row is None:
        raise NotFoundError(f"no user with the email {email.strip()!r} in this company")
    if not row[1]:
        raise ValidationError(f"the user {email.strip()!r} is deactivated")
    return int(row[0])


def ensure(s: Session, chosen: Chosen = None) -> tuple[int, int]:
    """The company and acting user, creating what is missing (in the transaction ``s``)."""
    if companies.first_id(s) is None:
        s.add(
            Company(
                name="My Company",
                timezone="UTC",
                domain_whitelist=[],
                ip_whitelist=[],
                created_at=utcnow(),
            )
        )
        s.flush()
    firm = _pick(s, chosen)
    assert firm is not None
    return firm, set_up(s, firm)


class CompaniesService(Service):
    """``ws.companies``: the workspace's companies (the Workspace acts for one of them)."""

    def all(self) -> list[CompanyInfo]:
        with self._ctx.reading() as s:
            return companies.all_companies(s)

    def add(self, name: str, timezone: str = "UTC") -> CompanyInfo:
        """A new company with its automatic labels and an owner, as the first one has."""
        with self._ctx.transaction() as s:
            firm = companies.create(s, name, timezone or "UTC")
            set_up(s, firm)
            return CompanyInfo(firm, name.strip(), timezone or "UTC")

    def acting(self) -> CompanyInfo:
        """The company this workspace acts for."""
        return next(c for c in self.all() if c.id == self._ctx.company_id)
