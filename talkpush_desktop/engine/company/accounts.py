"""Manager accounts and who may change them (seed 000, "The Company Profile").

The owner "may access all campaigns, edit the company settings and create new user
accounts"; only the owner deactivates (the data stays, sign-in is refused, reactivable),
reactivates, deletes (the row stays so the account's activity keeps its name) and hands
the ownership to another active manager. A manager who tries gets :class:`OwnerOnlyError`.
When the company's domain whitelist is not empty, only its addresses hold accounts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import passwords
from talkpush_desktop.engine.company.languages import LANGUAGES
from talkpush_desktop.engine.errors import AccessDeniedError, NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Company, User, UserToken


class OwnerOnlyError(AccessDeniedError):
    """A manager who is not the owner asked for an owner's action."""


@dataclass(frozen=True, slots=True)
class Account:
    """A manager account as the Team panel and ``users list`` show it."""

    id: int
    name: str
    email: str
    owner: bool
    active: bool
    language: str
    weekly_email: bool
    has_password: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "owner": self.owner,
            "active": self.active,
            "language": self.language,
            "weekly_email": self.weekly_email,
        }


def _account(u: User) -> Account:
    return Account(
        u.id,
        u.name,
        u.email,
        bool(u.is_owner),
        bool(u.active),
        u.language or "en",
        bool(u.weekly_stats_email),
        bool(u.password_hash),
    )


def accounts(session: Session, company_id: int) -> list[Account]:
    """The company's accounts (not the deleted ones): the owner first, then by name."""
    rows = session.scalars(
        select(User)
        .where(User.company_id == company_id, User.deleted_at.is_(None))
        .order_by(User.is_owner.desc(), func.lower(User.name), User.id)
    )
    return [_account(u) for u in rows]


def account(session: Session, company_id: int, user_id: int) -> Account:
    return _account(_user(session, company_id, user_id))


def _user(session: Session, company_id: int, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.company_id != company_id or user.deleted_at is not None:
        raise NotFoundError("that account does not exist in this company")
    return user


def clean_email(email: str) -> str:
    """``email`` trimmed with its domain lower-cased; ValidationError unless it looks like
    one address (``name@domain``)."""
    text = email.strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(c.isspace() for c in text) or "@" in local:
        raise ValidationError(f"email: not an email address: {email.strip()!r}")
    return f"{local}@{domain.lower()}"


def by_email(session: Session, company_id: int, email: str) -> User:
    """The company's (not deleted) account with ``email``; NotFoundError names it."""
    user = session.scalar(
        select(User).where(
            User.company_id == company_id,
            func.lower(User.email) == email.strip().lower(),
            User.deleted_at.is_(None),
        )
    )
    if user is None:
        raise NotFoundError(f"no account with the email {email.strip()!r} in this company")
    return user


def require_owner(session: Session, company_id: int, actor: int, action: str) -> User:
    """The acting owner; OwnerOnlyError names ``action`` for anyone else."""
    user = session.get(User, actor)
    if user is None or user.company_id != company_id or not user.is_owner or not user.active:
        raise OwnerOnlyError(f"only the company's owner may {action}")
    return user


def parse_domains(text: str | Iterable[str]) -> list[str]:
    """``"acme.com, @acme.ph"`` as ``["acme.com", "acme.ph"]``; ValidationError names a bad one."""
    parts = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    domains: list[str] = []
    for part in (p.strip().lower().lstrip("@") for p in parts):
        if not part:
            continue
        if "." not in part.strip(".") or any(c.isspace() or c in "@/:" for c in part):
            raise ValidationError(f"domain whitelist: not a domain: {part!r} (use e.g. acme.com)")
        if part not in domains:
            domains.append(part)
    return domains


def domain_allowed(whitelist: Iterable[str], email: str) -> bool:
    """True when the whitelist is empty or ``email``'s domain is on it (or under one)."""
    domains = [str(d).lower() for d in whitelist]
    if not domains:
        return True
    domain = email.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in domains)


def check_domain(session: Session, company_id: int, email: str) -> None:
    """ValidationError when the company's domain whitelist leaves ``email`` out."""
    whitelist = session.scalar(select(Company.domain_whitelist).where(Company.id == company_id))
    if not domain_allowed(whitelist or [], email):
        listed = ", ".join(whitelist or [])
        raise ValidationError(f"email: {email} is not on the company's domain whitelist ({listed})")


def _revoke_sign_ins(session: Session, user_id: int, now: datetime) -> None:
    session.execute(
        update(UserToken)
        .where(UserToken.user_id == user_id, UserToken.used_at.is_(None))
        .values(used_at=now)
    )


def _other(session: Session, company_id: int, actor: int, email: str, action: str) -> User:
    require_owner(session, company_id, actor, action)
    user = by_email(session, company_id, email)
    if user.id == actor or user.is_owner:
        raise ValidationError(f"the owner's own account cannot be {action.split(maxsplit=1)[0]}d")
    return user


def deactivate(session: Session, company_id: int, actor: int, email: str) -> Account:
    """Keep a manager out (their data stays; sign-in and their API keys are refused)."""
    user = _other(session, company_id, actor, email, "deactivate accounts")
    user.active = False
    _revoke_sign_ins(session, user.id, utcnow())
    return _account(user)


def reactivate(session: Session, company_id: int, actor: int, email: str) -> Account:
    """Let a deactivated manager in again (still only an address on the whitelist)."""
    require_owner(session, company_id, actor, "reactivate accounts")
    user = by_email(session, company_id, email)
    check_domain(session, company_id, user.email)
    user.active = True
    return _account(user)


def delete(session: Session, company_id: int, actor: int, email: str) -> Account:
    """Remove a manager: hidden from the team, no sign-in; their activity keeps their name."""
    user = _other(session, company_id, actor, email, "delete accounts")
    now = utcnow()
    user.active, user.deleted_at, user.password_hash = False, now, None
    _revoke_sign_ins(session, user.id, now)
    return _account(user)


def transfer_ownership(session: Session, company_id: int, actor: int, email: str) -> Account:
    """Make an active manager the owner; the old owner stays on as a manager."""
    old = require_owner(session, company_id, actor, "transfer the company's ownership")
    new = by_email(session, company_id, email)
    if new.id == old.id:
        raise ValidationError("you are the owner already")
    if not new.active:
        raise ValidationError(f"{new.email} is deactivated: reactivate the account first")
    old.is_owner, new.is_owner = False, True
    session.flush()
    return _account(new)


def set_preferences(
    session: Session,
    company_id: int,
    actor: int,
    email: str,
    *,
    language: str | None = None,
    weekly_email: bool | None = None,
) -> Account:
    """A manager's own language and weekly email; the owner may set anyone's."""
    user = by_email(session, company_id, email)
    if user.id != actor:
        require_owner(session, company_id, actor, "change another manager's account")
    if language is not None:
        code = language.strip().lower()
        if code not in LANGUAGES:
            raise ValidationError(
                f"language: {language!r} is not one of {', '.join(sorted(LANGUAGES))}"
            )
        user.language = code
    if weekly_email is not None:
        user.weekly_stats_email = weekly_email
    return _account(user)


def update_own(
    session: Session, company_id: int, actor: int, *, name: str | None, email: str | None
) -> Account:
    """My Account: the acting manager's own name and email (on the whitelist, unused)."""
    user = _user(session, company_id, actor)
    if name is not None:
        if not name.strip():
            raise ValidationError("name: a name is needed")
        user.name = name.strip()
    if email is not None and email.strip().lower() != user.email.lower():
        address = clean_email(email)
        check_domain(session, company_id, address)
        taken = session.scalar(
            select(User.id).where(
                User.company_id == company_id, func.lower(User.email) == address.lower()
            )
        )
        if taken is not None:
            raise ValidationError(f"email: {address} already has an account here")
        user.email = address
    return _account(user)


def change_password(
    session: Session, company_id: int, actor: int, current: str | None, new: str
) -> None:
    """The acting manager's new password (the current one must match when one is set)."""
    user = _user(session, company_id, actor)
    if user.password_hash and not passwords.verify_password(current or "", user.password_hash):
        raise ValidationError("current password: it does not match")
    user.password_hash = passwords.hash_password(new)
