"""Who signs in: email and password against the argon2 hash, "remember me" tokens (the
token goes to the OS keyring, its SHA-256 to the database; never the password), and
whether a workspace asks at all (more than one account) or its command line must."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import accounts, passwords, user_tokens
from talkpush_desktop.engine.errors import AccessDeniedError, AuthenticationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Company, User, UserToken

REMEMBER = "remember"
REMEMBER_FOR = timedelta(days=30)
WRONG = "wrong email or password"


def asks(session: Session, company_id: int) -> bool:
    """True when the window asks who signs in: more than one active account, one of them
    with a password (a lone recruiter, or the demo's team that has none, opens directly)."""
    rows = session.execute(
        select(User.password_hash).where(
            User.company_id == company_id, User.deleted_at.is_(None), User.active.is_(True)
        )
    ).all()
    return len(rows) > 1 and any(r[0] for r in rows)


def cli_requires(session: Session, company_id: int) -> bool:
    """True when the command line must name ``--user`` and give its password."""
    return bool(session.scalar(select(Company.cli_sign_in).where(Company.id == company_id)))


def _allowed(session: Session, user: User) -> int:
    if not user.active:
        raise AccessDeniedError(f"the account {user.email} is deactivated: ask the owner")
    whitelist = session.scalar(
        select(Company.domain_whitelist).where(Company.id == user.company_id)
    )
    if not user.is_owner and not accounts.domain_allowed(whitelist or [], user.email):
        raise AccessDeniedError(f"{user.email} is not on the company's domain whitelist")
    return user.id


def sign_in(session: Session, company_id: int, email: str, password: str) -> int:
    """The user id for a right email and password; AuthenticationError otherwise (the same
    words for an unknown email), AccessDeniedError for a deactivated account."""
    user = session.scalar(
        select(User).where(
            User.company_id == company_id,
            func.lower(User.email) == email.strip().lower(),
            User.deleted_at.is_(None),
        )
    )
    if user is not None and not user.password_hash and user.active:
        raise AuthenticationError(
            f"{user.email} has no password yet: set it with talkpush-desktop"
            f" --user {user.email} users password"
        )
    if user is None or not passwords.verify_password(password, user.password_hash):
        raise AuthenticationError(WRONG)
    return _allowed(session, user)


def remember(session: Session, company_id: int, user_id: int, now: datetime | None = None) -> str:
    """A new "remember me" token for the user (the caller keeps it in the keyring)."""
    moment = now or utcnow()
    return user_tokens.issue(
        session, company_id, REMEMBER, now=moment, valid_for=REMEMBER_FOR, user_id=user_id
    )


def recall(
    session: Session, company_id: int, token: str, now: datetime | None = None
) -> int | None:
    """The user a live remembered token signs in (None: expired, revoked, or theirs is
    deactivated)."""
    row = user_tokens.find(session, token, REMEMBER)
    if (
        row is None
        or row.company_id != company_id
        or row.used_at is not None
        or row.expires_at <= (now or utcnow())
    ):
        return None
    user = session.get(User, row.user_id) if row.user_id is not None else None
    if user is None or user.deleted_at is not None:
        return None
    try:
        return _allowed(session, user)
    except AccessDeniedError:
        return None


def forget(session: Session, token: str) -> None:
    """Sign out: the remembered token stops working."""
    row = session.scalar(
        select(UserToken).where(UserToken.token_hash == passwords.token_hash(token))
    )
    if row is not None and row.used_at is None:
        row.used_at = utcnow()
