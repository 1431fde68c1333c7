"""The rules of API keys, on a session: create, list, revoke and find a key by its public part.

An intake key is a public id (``tpk_...``, the ``api_key`` column) and a secret (``tps_...``)
sent together, as seed 000's ``api_key`` / ``api_secret``. A partner key is one bearer token
``tpp_<prefix>.<secret>``: ``tpp_<prefix>`` is stored for the lookup, the whole token hashed.
Only hashes are stored; the plain secret exists once, in what :func:`create` returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.access import hashing
from talkpush_desktop.engine.company import ip_whitelist
from talkpush_desktop.engine.errors import (
    AccessDeniedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ApiCredential, Company, User
from talkpush_desktop.storage.prepared import Prepared

KINDS = ("intake", "partner")
INTAKE_PREFIX, SECRET_PREFIX, PARTNER_PREFIX = "tpk_", "tps_", "tpp_"


@dataclass(frozen=True, slots=True)
class ApiKeyInfo:
    """A key as listed: never its secret. ``key`` is the public part (intake key id or the
    partner token's prefix)."""

    id: int
    kind: str
    name: str
    key: str
    user_email: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewApiKey:
    """A key just made: ``key`` and ``secret`` are the only copies of the plain values."""

    id: int
    kind: str
    name: str
    key: str
    secret: str | None
    user_email: str | None


@dataclass(frozen=True, slots=True)
class ApiPrincipal:
    """Who an authenticated request acts for."""

    key_id: int
    kind: str
    company_id: int
    user_id: int | None


def _user(session: Session, company_id: int, email: str | None) -> User:
    """The company's user with ``email``, else its owner (else its first user)."""
    query = select(User).where(User.company_id == company_id)
    if email:
        user = session.scalar(query.where(User.email == email.strip()))
        if user is None:
            raise NotFoundError(f"no user with the email {email.strip()!r} in this company")
        return user
    user = session.scalar(query.order_by(User.is_owner.desc(), User.id))
    if user is None:
        raise ValidationError("the company has no user for the key to act as")
    return user


def create(
    session: Session, company_id: int, kind: str, name: str = "", user_email: str | None = None
) -> NewApiKey:
    """A new key of the company; the plain key (and secret) are returned here only."""
    if kind not in KINDS:
        raise ValidationError(f"unknown key kind {kind!r} (use intake or partner)")
    user = _user(session, company_id, user_email) if kind == "partner" or user_email else None
    if kind == "intake":
        public, secret = hashing.token(INTAKE_PREFIX, 16), hashing.token(SECRET_PREFIX, 32)
        plain, stored = public, hashing.hash_secret(secret)
    else:
        public = hashing.token(PARTNER_PREFIX, 9)
        plain, secret = f"{public}.{hashing.token('', 32)}", None
        stored = hashing.hash_secret(plain)
    row = ApiCredential(
        company_id=company_id,
        kind=kind,
        name=name.strip(),
        user_id=user.id if user else None,
        api_key=public,
        secret_hash=stored,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    email = user.email if user else None
    return NewApiKey(row.id, kind, row.name, plain, secret, email)


def listing(session: Session, company_id: int) -> list[ApiKeyInfo]:
    """The company's keys, oldest first (revoked ones too, marked)."""
    rows = session.execute(
        select(ApiCredential, User.email)
        .outerjoin(User, User.id == ApiCredential.user_id)
        .where(ApiCredential.company_id == company_id)
        .order_by(ApiCredential.id)
    )
    return [_info(row, email) for row, email in rows]


def _info(row: ApiCredential, email: str | None) -> ApiKeyInfo:
    return ApiKeyInfo(
        row.id,
        row.kind,
        row.name,
        row.api_key,
        email,
        row.created_at,
        row.last_used_at,
        row.revoked_at,
    )


def revoke(session: Session, company_id: int, key_id: int) -> ApiKeyInfo:
    """Revoke a key of the company (again: no change); NotFoundError for another's key."""
    row = session.scalar(
        select(ApiCredential).where(
            ApiCredential.company_id == company_id, ApiCredential.id == key_id
        )
    )
    if row is None:
        raise NotFoundError(f"no API key with id {key_id}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
    email = session.scalar(select(User.email).where(User.id == row.user_id))
    return _info(row, email)


def public_part(kind: str, presented: str) -> str:
    """The stored lookup part of a presented key (a partner token's ``tpp_<prefix>``)."""
    return presented.split(".", 1)[0] if kind == "partner" else presented


def find(session: Session, kind: str, public: str) -> ApiCredential | None:
    """The key of ``kind`` with that public part, revoked or not (any company)."""
    return session.scalar(
        select(ApiCredential).where(ApiCredential.api_key == public, ApiCredential.kind == kind)
    )


_LIVE_KEYS = Prepared(
    select(ApiCredential.id, Company.ip_whitelist)
    .join(Company, Company.id == ApiCredential.company_id)
    .where(
        ApiCredential.id.in_(bindparam("ids", expanding=True)),
        ApiCredential.company_id == bindparam("company_id"),
        ApiCredential.revoked_at.is_(None),
    )
)
_USERS_OF = Prepared(
    select(ApiCredential.id, ApiCredential.user_id).where(
        ApiCredential.id.in_(bindparam("ids", expanding=True)),
        ApiCredential.user_id.is_not(None),
    )
)
"""Prepared once: every batch of intake requests checks its keys with them."""


def live_keys(session: Session, company_id: int, key_ids: Iterable[int]) -> dict[int, list[str]]:
    """The company's keys among ``key_ids`` that are not revoked, with the company's IP
    whitelist (read in the caller's transaction: what it writes, it writes for a key that
    was live when it did)."""
    wanted = sorted(set(key_ids))
    if not wanted:
        return {}
    rows = _LIVE_KEYS.rows(session, {"ids": wanted, "company_id": company_id})
    return {key_id: list(whitelist or []) for key_id, whitelist in rows}


def users_of(session: Session, key_ids: Iterable[int]) -> dict[int, int]:
    """The user each of ``key_ids`` acts for (a key made for no user is left out: it acts
    for the company and reaches every campaign)."""
    wanted = sorted(set(key_ids))
    if not wanted:
        return {}
    rows = _USERS_OF.rows(session, {"ids": wanted})
    return {key_id: user_id for key_id, user_id in rows if user_id is not None}


def check_live(live: dict[int, list[str]], key_id: int, address: str | None) -> None:
    """Refuse a key :func:`live_keys` did not find (revoked: AuthenticationError) or an
    address its company's whitelist leaves out (AccessDeniedError)."""
    if key_id not in live:
        raise AuthenticationError("unknown or revoked API key")
    if not ip_whitelist.allows(live[key_id], address):
        raise AccessDeniedError("this address is not in the company's IP whitelist")
