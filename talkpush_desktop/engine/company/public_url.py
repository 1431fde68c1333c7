"""The workspace's public base URL: where candidates reach its web pages (the web dial-out
links start with it), and the signing key those links are signed with.

Both are kept in the ``provider_settings`` row of the service ``company`` (no provider of
its own); the key itself lives in the secret store (keyring) under a reference, never in
the database. :mod:`engine.messaging.links` makes the links from them.
"""

from __future__ import annotations

import secrets as random_secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.secret_store import SecretStore, new_ref
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ProviderSetting

SERVICE = "company"


def public_url(session: Session, company_id: int) -> str:
    """The saved public URL ("" when none is set)."""
    row = session.get(ProviderSetting, (company_id, SERVICE))
    return str((row.settings or {}).get("public_url", "")) if row is not None else ""


def check_url(url: str) -> str:
    """``url`` without its trailing slash; ValidationError unless it is an http(s) address."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        raise ValidationError(f"public url: not a web address: {url!r} (use https://host/...)")
    if parts.query or parts.fragment:
        raise ValidationError("public url: give the base address, without ? or #")
    return text


def set_public_url(session: Session, company_id: int, store: SecretStore, url: str) -> str:
    """Save the workspace's public URL, making its signing key (in ``store``) if it has none."""
    public = check_url(url) if url.strip() else ""
    row = session.get(ProviderSetting, (company_id, SERVICE))
    if row is None:
        row = ProviderSetting(company_id=company_id, service=SERVICE, kind="settings", settings={})
        session.add(row)
    current: Mapping[str, object] = row.settings or {}
    ref = str(current.get("secret_ref", ""))
    if not (ref and store.get(ref)):
        ref = new_ref()
        store.set(ref, random_secrets.token_urlsafe(32))
    row.settings = {"public_url": public, "secret_ref": ref}
    row.updated_at = utcnow()
    session.flush()
    return public
