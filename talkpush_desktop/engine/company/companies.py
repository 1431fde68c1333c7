"""The companies of a workspace: the tenancy boundary of the engine.

Every campaign, candidate, label, template, key, provider setting and log row belongs to one
company; the Workspace acts for one of them (``Workspace.open(company=...)``). This module
finds a company by id or name, lists them and makes a new one (its automatic labels and
owner are added by :mod:`engine.acting`, above this room).
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Company


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    id: int
    name: str
    timezone: str


def first_id(session: Session) -> int | None:
    """The workspace's first company (the one a plain open acts for); None when none yet."""
    return session.scalar(select(Company.id).order_by(Company.id).limit(1))


def resolve(session: Session, chosen: str | int) -> int:
    """The id of the company ``chosen`` names (its id, or its name in any case)."""
    text = str(chosen).strip()
    if text.isdigit() and session.get(Company, int(text)) is not None:
        return int(text)
    found = session.scalars(
        select(Company.id).where(func.lower(Company.name) == text.lower()).order_by(Company.id)
    ).first()
    if found is None:
        known = ", ".join(f"{c.id} {c.name!r}" for c in all_companies(session)) or "none"
        raise NotFoundError(f"unknown company {text!r} (companies: {known})")
    return found


def all_companies(session: Session) -> list[CompanyInfo]:
    """Every company of the workspace, oldest first."""
    rows = session.execute(select(Company.id, Company.name, Company.timezone).order_by(Company.id))
    return [CompanyInfo(i, n, z or "UTC") for i, n, z in rows]


def create(session: Session, name: str, timezone: str = "UTC") -> int:
    """A new company (no labels or team yet); its name must be new to the workspace, since
    ``--company NAME`` picks a company by it."""
    name = name.strip()
    if not name:
        raise ValidationError("a company needs a name")
    if name.isdigit():
        raise ValidationError(f"a company name cannot be a number ({name!r} reads as an id)")
    taken = session.scalar(select(Company.id).where(func.lower(Company.name) == name.lower()))
    if taken is not None:
        raise ValidationError(f"a company named {name!r} already exists (id {taken})")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"unknown time zone {timezone!r} (e.g. Asia/Manila)") from None
    firm = Company(
        name=name, timezone=timezone, domain_whitelist=[], ip_whitelist=[], created_at=utcnow()
    )
    session.add(firm)
    session.flush()
    return firm.id
