"""The company's ATS push settings: the URL, the events (folders) that push, the secret.

They live in ``provider_settings`` under the service ``ats`` (``url``, ``events``,
``timeout``, ``secret_ref``); the HMAC secret itself is in the keyring
(:class:`SecretStore`), never in the database, and never shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.exports.ats_json import STATES, state
from talkpush_desktop.engine.messaging_names import ATS
from talkpush_desktop.engine.secret_store import SecretStore, SecretStoreError, new_ref
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ProviderSetting

EVENTS = tuple(STATES.values())
"""Every event a push can follow: a folder's ATS ``state`` (hired, shortlisted ...)."""
DEFAULT_EVENTS = ("hired",)
MAX_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class AtsSettings:
    """The push settings as shown: never the secret, only whether one is stored."""

    url: str
    events: tuple[str, ...]
    timeout: float
    has_secret: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "events": list(self.events),
            "timeout": self.timeout,
            "secret": "stored" if self.has_secret else "none",
        }


def check_url(url: str) -> str:
    """``url`` if it is an http(s) address with a host, else ValidationError."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise ValidationError(f"url: {url!r} is not an http:// or https:// address")
    return url


def parse_events(names: Sequence[str]) -> tuple[str, ...]:
    """ATS states from folder spellings (``hired``, ``On Hold``, ``on_hold``), in order."""
    out: list[str] = []
    for name in names:
        if not name.strip():
            continue
        try:
            event = state(parse_folder(name).value)
        except ValidationError:
            raise ValidationError(
                f"events: unknown event {name!r} (use {', '.join(EVENTS)})"
            ) from None
        if event not in out:
            out.append(event)
    if not out:
        raise ValidationError(f"events: name at least one of {', '.join(EVENTS)}")
    return tuple(out)


def _row(session: Session, company_id: int) -> ProviderSetting | None:
    return session.scalar(
        select(ProviderSetting).where(
            ProviderSetting.company_id == company_id, ProviderSetting.service == ATS
        )
    )


def _has_secret(store: SecretStore, ref: str) -> bool:
    try:
        return bool(store.get(ref))
    except SecretStoreError:
        return False


def _info(values: dict[str, Any], has_secret: bool) -> AtsSettings:
    return AtsSettings(
        str(values.get("url", "")),
        tuple(values.get("events", ())),
        float(values.get("timeout", 10.0)),
        has_secret,
    )


def show(session: Session, company_id: int, store: SecretStore) -> AtsSettings | None:
    """The company's push settings (None: pushes are off)."""
    row = _row(session, company_id)
    if row is None:
        return None
    return _info(row.settings, _has_secret(store, str(row.settings.get("secret_ref", ""))))


def configure(
    session: Session,
    company_id: int,
    store: SecretStore,
    *,
    url: str,
    events: Sequence[str] = DEFAULT_EVENTS,
    secret: str | None = None,
    timeout: float | None = None,
) -> AtsSettings:
    """Turn pushes on (or change them); ``secret`` None keeps the stored one."""
    values: dict[str, Any] = {"url": check_url(url), "events": list(parse_events(events))}
    row = _row(session, company_id)
    old = dict(row.settings) if row is not None else {}
    if timeout is not None and not 0 < timeout <= MAX_TIMEOUT:
        raise ValidationError(f"timeout: use 0 to {MAX_TIMEOUT:.0f} seconds")
    values["timeout"] = timeout if timeout is not None else float(old.get("timeout", 10.0))
    ref = str(old.get("secret_ref", ""))
    if secret is not None and not secret.strip():
        raise ValidationError("secret: the HMAC secret is empty")
    if secret is None and not store.get(ref):
        raise ValidationError("secret: the HMAC secret is required (on standard input)")
    if secret is not None:
        if ref:
            store.delete(ref)
        ref = new_ref()
        store.set(ref, secret.strip())
    values["secret_ref"] = ref
    if row is None:
        row = ProviderSetting(company_id=company_id, service=ATS, kind=ATS)
        session.add(row)
    row.settings, row.updated_at = values, utcnow()
    return _info(values, True)


def clear(session: Session, company_id: int, store: SecretStore) -> bool:
    """Turn pushes off and forget the secret; False when they were off. Queued pushes then
    fail ("not set up") rather than go to an address no longer wanted."""
    row = _row(session, company_id)
    if row is None:
        return False
    ref = str(row.settings.get("secret_ref", ""))
    if ref:
        store.delete(ref)
    session.execute(
        delete(ProviderSetting).where(
            ProviderSetting.company_id == company_id, ProviderSetting.service == ATS
        )
    )
    return True
