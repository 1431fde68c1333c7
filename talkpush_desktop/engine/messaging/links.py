"""The links a message can carry: the Messenger interview link and the web dial-out links.

- ``@messenger_interview_link``: ``https://m.me/<page>?ref=campaign-<campaign id>``, the page
  being the Messenger provider's page username or page ID (Providers ▸ Messenger).
- ``@webdialout``: ``<public URL>/webdialout/<token>``, and ``@webdialout_skip_confirmation``
  the same with ``?skip_confirmation=1``. The public URL is the workspace's
  (``company set --public-url URL``); the token is ``<candidate id>.<signature>``, an HMAC of
  the candidate with the workspace's signing key, which lives in the secret store (keyring)
  under a reference, never in the database. :func:`verify` reads a token back.

The workspace's public settings are kept in the ``provider_settings`` row of the service
``company`` (no provider of its own: :mod:`provider_config` lists only real services).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company.public_url import SERVICE
from talkpush_desktop.engine.secret_store import STORE_KEY, SecretStore
from talkpush_desktop.storage.models import Candidate, ProviderSetting, table_of
from talkpush_desktop.storage.prepared import Prepared

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

MESSENGER = "messenger_interview_link"
WEB = "webdialout"
WEB_SKIP = "webdialout_skip_confirmation"
NEEDS = {
    MESSENGER: "connect the Messenger page first (Providers \N{RIGHTWARDS ARROW} Messenger: "
    "page ID; providers set messenger facebook --page-id ID)",
    WEB: "set the workspace's public URL first (talkpush-desktop company set --public-url URL)",
    WEB_SKIP: "set the workspace's public URL first "
    "(talkpush-desktop company set --public-url URL)",
}
"""What each link token needs, in the words a recruiter reads when it has no value."""
_SIGNATURE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Settings:
    """What the links are made of: the public URL, the signing key, the Messenger page."""

    public_url: str = ""
    key: bytes = b""
    messenger_page: str = ""

    def unconfigured(self) -> dict[str, str]:
        """The link tokens with no value, and what each needs."""
        missing = set()
        if not self.messenger_page:
            missing.add(MESSENGER)
        if not (self.public_url and self.key):
            missing |= {WEB, WEB_SKIP}
        return {name: NEEDS[name] for name in missing}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _signature(key: bytes, company_id: int, candidate_id: int) -> str:
    digest = hmac.new(key, f"webdialout:{company_id}:{candidate_id}".encode(), hashlib.sha256)
    return _b64(digest.digest()[:_SIGNATURE_BYTES])


_TABLE = table_of(ProviderSetting)
_SETTINGS = Prepared(
    select(_TABLE.c.service, _TABLE.c.kind, _TABLE.c.settings).where(
        _TABLE.c.company_id == bindparam("company_id"),
        _TABLE.c.service.in_((SERVICE, "messenger")),
    )
)
"""Prepared once: every batch of invitations reads the link settings."""


def settings(session: Session, company_id: int) -> Settings:
    """The company's link settings, in one query (the key read from the secret store)."""
    rows = {r.service: r for r in _SETTINGS.records(session, {"company_id": company_id})}
    company, messenger = rows.get(SERVICE), rows.get("messenger")
    values = dict(company.settings) if company is not None else {}
    ref = str(values.get("secret_ref", ""))
    store = session.info[STORE_KEY]() if ref and STORE_KEY in session.info else None
    key = store.get(ref).encode() if isinstance(store, SecretStore) else b""
    page = ""
    if messenger is not None and messenger.kind == "facebook":
        page = str(messenger.settings.get("page_username") or messenger.settings.get("page_id", ""))
    return Settings(str(values.get("public_url", "")), key, page)


def values(s: Settings, company_id: int, candidate_id: int, campaign_id: int) -> dict[str, str]:
    """One candidate's link token values (the configured ones)."""
    out: dict[str, str] = {}
    if s.messenger_page:
        out[MESSENGER] = f"https://m.me/{quote(s.messenger_page)}?ref=campaign-{campaign_id}"
    if s.public_url and s.key:
        token = f"{candidate_id}.{_signature(s.key, company_id, candidate_id)}"
        link = f"{s.public_url}/webdialout/{token}"
        out[WEB], out[WEB_SKIP] = link, f"{link}?skip_confirmation=1"
    return out


def candidate_of(session: Session, token: str) -> Candidate | None:
    """The candidate a web dial-out token was made for, checked with the signing key of the
    candidate's own company (the page is public: no acting company); None if not genuine."""
    cid_text, _, signature = token.partition(".")
    if not cid_text.isdigit() or len(cid_text) > 18:
        return None
    c = session.get(Candidate, int(cid_text))
    key = settings(session, c.company_id).key if c is not None else b""
    if c is None or not key:
        return None
    return c if hmac.compare_digest(_signature(key, c.company_id, c.id), signature) else None


def verify(ctx: Context, token: str) -> int | None:
    """The candidate a web dial-out token was made for, or None if it is not genuine."""
    cid_text, _, signature = token.partition(".")
    if not cid_text.isdigit():
        return None
    with ctx.transaction() as s:
        key = settings(s, ctx.company_id).key
    expected = _signature(key, ctx.company_id, int(cid_text)) if key else ""
    return int(cid_text) if key and hmac.compare_digest(expected, signature) else None
