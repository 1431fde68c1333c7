"""New manager accounts by invitation: the owner invites an address (on the domain
whitelist); the email carries a one-time link ``{base}/accept/{token}`` that expires after
:data:`VALID_FOR`; accepting it (the ``serve`` page or ``users accept``) sets the password
and makes the account. Only the token's SHA-256 is stored. The owner may revoke a pending
invitation (:mod:`engine.company.pending_invitations`): its link then says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import accounts, passwords, user_tokens
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Company, User, UserToken

INVITATION = "invitation"
REVOKED = "invite_revoked"
"""The kind of an invitation the owner revoked (its link refuses with a message that says so)."""
VALID_FOR = timedelta(days=7)
DEFAULT_BASE = "http://127.0.0.1:8000"
"""The link's base when the company has no public URL (``serve``'s default address)."""


@dataclass(frozen=True, slots=True)
class Invitation:
    """A sent invitation: whom, its link (with the one-time token) and its expiry."""

    email: str
    name: str
    token: str
    url: str
    expires_at: datetime
    subject: str
    body: str
    delivery: str = ""
    """How the email went (the sandbox inbox, the provider, or why not)."""

    def to_json(self) -> dict[str, object]:
        return {
            "email": self.email,
            "name": self.name,
            "url": self.url,
            "token": self.token,
            "expires_at": self.expires_at.isoformat(),
            "delivery": self.delivery,
        }


@dataclass(frozen=True, slots=True)
class Pending:
    """What an invitation link shows before it is accepted."""

    company_id: int
    company: str
    email: str
    name: str


def invite(
    session: Session,
    company_id: int,
    actor: int,
    email: str,
    name: str,
    *,
    base_url: str,
    now: datetime | None = None,
) -> Invitation:
    """A one-time invitation for ``email`` (owner only; on the whitelist; no account yet)."""
    inviter = accounts.require_owner(session, company_id, actor, "create new manager accounts")
    address = accounts.clean_email(email)
    accounts.check_domain(session, company_id, address)
    existing = session.scalar(
        select(User).where(
            User.company_id == company_id,
            func.lower(User.email) == address.lower(),
            User.deleted_at.is_(None),
        )
    )
    if existing is not None:
        raise ValidationError(f"email: {address} already has an account here")
    moment = now or utcnow()
    shown = name.strip() or address.partition("@")[0]
    token = user_tokens.issue(
        session,
        company_id,
        INVITATION,
        now=moment,
        valid_for=VALID_FOR,
        email=address,
        name=shown,
        created_by=actor,
    )
    company = session.scalar(select(Company.name).where(Company.id == company_id)) or ""
    url = f"{(base_url or DEFAULT_BASE).rstrip('/')}/accept/{token}"
    subject = f"{inviter.name} invites you to {company} on Talkpush"
    body = (
        f"Hello {shown},\n\n{inviter.name} has made you a manager account of {company}.\n"
        f"Open this link to choose your password (it works once, until "
        f"{(moment + VALID_FOR):%Y-%m-%d %H:%M} UTC):\n\n{url}\n\n"
        f"Or run: talkpush-desktop users accept {token}\n"
    )
    return Invitation(address, shown, token, url, moment + VALID_FOR, subject, body)


def _live(session: Session, token: str, now: datetime) -> UserToken:
    row = user_tokens.find(session, token, INVITATION, REVOKED)
    if row is not None and row.kind == REVOKED:
        raise NotFoundError("this invitation was revoked by the company's owner")
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise NotFoundError("this invitation link is not valid: used, expired or unknown")
    return row


def company_of(session: Session, token: str) -> int | None:
    """The company of an invitation token, live or not (None: never made)."""
    row = user_tokens.find(session, token, INVITATION, REVOKED)
    return None if row is None else row.company_id


def pending(session: Session, token: str, now: datetime | None = None) -> Pending:
    """Whom a live invitation is for (NotFoundError when used, expired or unknown)."""
    row = _live(session, token, now or utcnow())
    company = session.scalar(select(Company.name).where(Company.id == row.company_id)) or ""
    return Pending(row.company_id, company, row.email, row.name)


def accept(session: Session, token: str, password: str, now: datetime | None = None) -> int:
    """Make the invited account with its password (the link then stops working); the id.
    A deleted account of the same address comes back as a fresh one."""
    moment = now or utcnow()
    row = _live(session, token, moment)
    accounts.check_domain(session, row.company_id, row.email)
    hashed = passwords.hash_password(password)
    user = session.scalar(
        select(User).where(
            User.company_id == row.company_id, func.lower(User.email) == row.email.lower()
        )
    )
    if user is not None and user.deleted_at is None:
        raise ValidationError(f"email: {row.email} already has an account here")
    if user is None:
        user = User(company_id=row.company_id, email=row.email, created_at=moment)
        session.add(user)
    user.name, user.is_owner, user.active, user.language = row.name, False, True, "en"
    user.weekly_stats_email, user.deleted_at, user.password_hash = False, None, hashed
    row.used_at = moment
    session.flush()
    row.user_id = user.id
    return user.id
