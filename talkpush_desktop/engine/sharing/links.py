"""Share links: rows, signed tokens, and the rules of when a token opens a page.

A token is ``<link id>-<expiry, Unix seconds>-<signature>``; the signature is an HMAC-SHA256
(first 16 bytes, URL-safe base64) of the link's id, company, candidate, sections and expiry
with the company's sharing key. The key lives in the secret store (keyring) under a
reference kept in the ``provider_settings`` row of the service ``sharing``, never in the
database. A token opens its page while it is genuine, unexpired and not revoked; anything
else reads as "no such page" (the server answers 404).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets as random_secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.secret_store import STORE_KEY, SecretStore, new_ref
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ProviderSetting, ShareLink

SERVICE = "sharing"
SECTIONS = ("contact", "responses", "conversation", "labels", "cv")
"""What a page can show, in the order it shows them."""
DEFAULT_EXPIRY = timedelta(days=7)
MAX_EXPIRY = timedelta(days=365)
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
_SIGNATURE_BYTES = 16


@dataclass(frozen=True, slots=True)
class ShareLinkInfo:
    """One share link as the profile and ``share list`` show it."""

    id: int
    candidate_id: int
    token: str
    url: str
    sections: tuple[str, ...]
    recipient: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    emailed: str = ""
    """After ``create`` with a recipient: ``sent``, or why the email did not go."""

    def state(self, now: datetime) -> str:
        """``active``, ``expired`` or ``revoked``."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.expires_at <= now else "active"

    def to_json(self, now: datetime | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "candidate_id": self.candidate_id,
            "token": self.token,
            "url": self.url,
            "sections": list(self.sections),
            "recipient": self.recipient,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "state": self.state(now or utcnow()),
            **({"emailed": self.emailed} if self.emailed else {}),
        }


def parse_sections(text: str | None) -> tuple[str, ...]:
    """``contact,responses`` as the known sections in page order; every one when None."""
    if text is None:
        return SECTIONS
    asked = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = sorted(set(asked) - set(SECTIONS))
    if unknown:
        raise ValidationError(
            f"sections: unknown {', '.join(unknown)} (choose from {', '.join(SECTIONS)})"
        )
    if not asked:
        raise ValidationError("sections: choose at least one")
    return tuple(s for s in SECTIONS if s in asked)


def parse_expiry(text: str) -> timedelta:
    """``7d``, ``12h`` or ``30m`` as a duration (a bare number is days)."""
    raw = text.strip().lower()
    unit = _UNITS.get(raw[-1:], None)
    number = raw[:-1] if unit is not None else raw
    if not number.isdigit() or int(number) <= 0:
        raise ValidationError(f"expires: not a duration: {text!r} (e.g. 7d, 12h, 30m)")
    duration = int(number) * (unit or _UNITS["d"])
    if duration > MAX_EXPIRY:
        raise ValidationError("expires: at most 365 days")
    return duration


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _epoch(at: datetime) -> int:
    return int(at.replace(tzinfo=UTC).timestamp())


def _signature(key: bytes, link: ShareLink) -> str:
    text = (
        f"share:{link.id}:{link.company_id}:{link.candidate_id}:{link.sections}:"
        f"{_epoch(link.expires_at)}"
    )
    return _b64(hmac.new(key, text.encode(), hashlib.sha256).digest()[:_SIGNATURE_BYTES])


def _store(session: Session) -> SecretStore | None:
    found = session.info[STORE_KEY]() if STORE_KEY in session.info else None
    return found if isinstance(found, SecretStore) else None


def signing_key(session: Session, company_id: int, *, make: bool = False) -> bytes:
    """The company's sharing key (made and kept in the keyring when ``make`` and it has
    none); b"" when there is none."""
    store = _store(session)
    if store is None:
        return b""
    row = session.get(ProviderSetting, (company_id, SERVICE))
    ref = str((row.settings or {}).get("secret_ref", "")) if row is not None else ""
    key = store.get(ref) if ref else None
    if key or not make:
        return (key or "").encode()
    ref, key = new_ref(), random_secrets.token_urlsafe(32)
    store.set(ref, key)
    if row is None:
        row = ProviderSetting(company_id=company_id, service=SERVICE, kind="settings")
        session.add(row)
    row.settings = {"secret_ref": ref}
    row.updated_at = utcnow()
    session.flush()
    return key.encode()


def token_of(key: bytes, link: ShareLink) -> str:
    return f"{link.id}-{_epoch(link.expires_at)}-{_signature(key, link)}"


def info(link: ShareLink, token: str, base_url: str) -> ShareLinkInfo:
    return ShareLinkInfo(
        link.id,
        link.candidate_id,
        token,
        f"{base_url}/share/{token}",
        tuple(s for s in link.sections.split(",") if s),
        link.recipient,
        link.created_at,
        link.expires_at,
        link.revoked_at,
    )


def create(
    session: Session,
    company_id: int,
    candidate_id: int,
    sections: tuple[str, ...],
    expires_in: timedelta,
    *,
    recipient: str = "",
    user_id: int | None = None,
    now: datetime | None = None,
) -> tuple[ShareLink, str]:
    """A new link (the candidate checked by the caller); returns it and its token."""
    at = (now or utcnow()).replace(microsecond=0)
    key = signing_key(session, company_id, make=True)
    if not key:
        raise ValidationError("no secret store to keep the sharing key in")
    link = ShareLink(
        company_id=company_id,
        candidate_id=candidate_id,
        user_id=user_id,
        sections=",".join(sections),
        recipient=recipient,
        created_at=at,
        expires_at=at + expires_in,
    )
    session.add(link)
    session.flush()
    return link, token_of(key, link)


def of_candidate(session: Session, company_id: int, candidate_id: int) -> list[ShareLink]:
    """The candidate's links, newest first."""
    return list(
        session.scalars(
            select(ShareLink)
            .where(ShareLink.company_id == company_id, ShareLink.candidate_id == candidate_id)
            .order_by(ShareLink.id.desc())
        )
    )


def found(session: Session, token: str) -> ShareLink | None:
    """The link a token was made for, whatever its state, if the token is genuine."""
    id_text, _, rest = token.partition("-")
    expiry_text, _, signature = rest.partition("-")
    if not (id_text.isdigit() and expiry_text.isdigit() and signature) or len(id_text) > 18:
        return None
    link = session.get(ShareLink, int(id_text))
    if link is None or str(_epoch(link.expires_at)) != expiry_text:
        return None
    key = signing_key(session, link.company_id)
    if not key or not hmac.compare_digest(_signature(key, link), signature):
        return None
    return link


def opens(session: Session, token: str, now: datetime | None = None) -> ShareLink | None:
    """The link whose page ``token`` opens now: genuine, unexpired, not revoked."""
    link = found(session, token)
    if link is None or link.revoked_at is not None or link.expires_at <= (now or utcnow()):
        return None
    return link
