"""Which provider carries each service, its public settings, and building it.

Services are ``sms``, ``voice``, ``email`` and ``messenger``; each uses the sandbox until
a provider is set. WeChat and Web chat (the ``chat`` service) have no provider of their
own in this version: the sandbox simulates them while *every* service is on the sandbox
(the demo's world), and once any real provider is set they are not connected: refused
when queued, and failed (never "delivered") when already queued.

Public settings (account SID, sender number, SMTP host ...) live in the
``provider_settings`` table; the secret (auth token, password, page token) lives in the
:class:`SecretStore` under a reference, and is never returned by :func:`describe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging_names import ATS, KINDS, SANDBOX, SECRET_NAMES
from talkpush_desktop.engine.providers.base import (
    Inbound,
    OfflineError,
    Outgoing,
    PermanentError,
    Provider,
    Sent,
    StatusUpdate,
)
from talkpush_desktop.engine.providers.sandbox import SandboxProvider
from talkpush_desktop.engine.secret_store import SecretStore, SecretStoreError, new_ref
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Channel, ProviderSetting, table_of
from talkpush_desktop.storage.prepared import Prepared

NOT_CONNECTED = "none"
"""The provider kind of a channel nothing carries."""
CHAT = "chat"
"""The service of WeChat and Web chat."""
REQUIRED: dict[str, tuple[str, ...]] = {
    "twilio": ("account_sid", "from_number"),
    "smtp": ("host", "port", "from_address"),
    "facebook": (),
}
SMTP_SECURITY = ("starttls", "ssl", "none")


CHANNEL_NAMES = {Channel.WECHAT.value: "WeChat", Channel.WEB.value: "Web chat"}


def service_for(channel: str) -> str:
    """The service that carries a channel (WeChat and Web chat: ``chat``)."""
    return {
        Channel.SMS.value: "sms",
        Channel.VOICE.value: "voice",
        Channel.EMAIL.value: "email",
        Channel.MESSENGER.value: "messenger",
        ATS: ATS,
    }.get(channel, CHAT)


_SETTINGS = table_of(ProviderSetting)
_KINDS = Prepared(
    select(_SETTINGS.c.service, _SETTINGS.c.kind).where(
        _SETTINGS.c.company_id == bindparam("company_id")
    )
)


def provider_kinds(session: Session, company_id: int) -> dict[str, str]:
    """The provider kind of every service (``sandbox`` where none is set), ``chat`` too."""
    rows = _KINDS.rows(session, {"company_id": company_id})
    kinds = {service: SANDBOX for service in KINDS} | {s: k for s, k in rows if s in KINDS}
    return kinds | {CHAT: _chat_kind(kinds.values())}


def _chat_kind(kinds: Iterable[str]) -> str:
    """The sandbox carries WeChat and Web chat only while it carries everything."""
    return SANDBOX if all(kind == SANDBOX for kind in kinds) else NOT_CONNECTED


def not_connected(channel: str, kinds: Mapping[str, str]) -> str:
    """Why nothing can carry ``channel`` now ("" when a provider does), for ``kinds`` as
    :func:`provider_kinds` gives them."""
    if kinds.get(service_for(channel), SANDBOX) != NOT_CONNECTED:
        return ""
    return unconnected_reason(channel)


def unconnected_reason(channel: str) -> str:
    """What a recruiter reads when ``channel`` has no provider."""
    name = CHANNEL_NAMES.get(channel, channel)
    return (
        f"{name} is not connected: no provider carries {name} messages (the sandbox "
        "simulates them only while every service is on the sandbox)"
    )


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    """A service's provider as shown to users: never the secret itself."""

    service: str
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    has_secret: bool = False

    def to_json(self) -> dict[str, Any]:
        public = {k: v for k, v in self.settings.items() if k != "secret_ref"}
        return {
            "service": self.service,
            "kind": self.kind,
            "settings": public,
            "secret": "stored" if self.has_secret else "none",
        }


def describe(session: Session, company_id: int, store: SecretStore) -> list[ProviderInfo]:
    """Every service with its provider (the sandbox where none is set)."""
    rows = {
        r.service: r
        for r in session.scalars(
            select(ProviderSetting).where(ProviderSetting.company_id == company_id)
        )
    }
    out = []
    for service in KINDS:
        row = rows.get(service)
        if row is None:
            out.append(ProviderInfo(service, SANDBOX))
            continue
        ref = str(row.settings.get("secret_ref", ""))
        out.append(ProviderInfo(service, row.kind, dict(row.settings), _has_secret(store, ref)))
    return out


def _clean(kind: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in settings.items() if v not in (None, "")}
    missing = [name for name in REQUIRED.get(kind, ()) if not values.get(name)]
    if missing:
        raise ValidationError(f"{kind}: missing {', '.join(missing)}")
    if kind == "smtp":
        if values.get("security", "starttls") not in SMTP_SECURITY:
            raise ValidationError(f"security: use one of {', '.join(SMTP_SECURITY)}")
        try:
            values["port"] = int(values["port"])
        except ValueError:
            raise ValidationError("port: must be a number") from None
    base = str(values.get("api_base_url", ""))
    if base and not base.startswith(("http://", "https://")):
        raise ValidationError("api base url: must start with http:// or https://")
    return values


def set_provider(
    session: Session,
    company_id: int,
    store: SecretStore,
    *,
    service: str,
    kind: str,
    settings: Mapping[str, Any],
    secret: str | None,
) -> ProviderInfo:
    """Configure ``service``; ``secret`` None keeps the stored one, "" removes it."""
    if service not in KINDS:
        raise ValidationError(f"service: unknown service {service!r} (use {', '.join(KINDS)})")
    if kind not in KINDS[service]:
        raise ValidationError(f"{service}: use one of {', '.join(KINDS[service])}")
    values = _clean(kind, settings) if kind != SANDBOX else {}
    row = session.get(ProviderSetting, (company_id, service))
    ref = str(row.settings.get("secret_ref", "")) if row is not None else ""
    anonymous = kind == "smtp" and not values.get("username")  # an open relay needs none
    if kind != SANDBOX and not anonymous and secret is None and not store.get(ref):
        raise ValidationError(f"{kind}: the {SECRET_NAMES[kind]} is required")
    if secret is not None or kind == SANDBOX:
        if ref:
            store.delete(ref)
        ref = new_ref() if secret else ""
        if secret:
            store.set(ref, secret)
    if ref:
        values["secret_ref"] = ref
    if row is None:
        row = ProviderSetting(company_id=company_id, service=service)
        session.add(row)
    row.kind, row.settings, row.updated_at = kind, values, utcnow()
    return ProviderInfo(service, kind, dict(values), bool(ref))


def _has_secret(store: SecretStore, ref: str) -> bool:
    """Whether a secret is stored (not when the store is unreadable: its warning says why)."""
    try:
        return bool(store.get(ref))
    except SecretStoreError:
        return False


def build(
    info: ProviderInfo,
    store: SecretStore,
    sessions: sessionmaker[Session],
    company_id: int | None = None,
) -> Provider:
    """A ready provider for ``info`` (imports each SDK only when it is used); the sandbox
    pulls only ``company_id``'s replies.

    An unreadable secret store is an OfflineError: the sync pauses the service and says why.
    """
    try:
        secret = store.get(str(info.settings.get("secret_ref", "")))
    except SecretStoreError as exc:
        raise OfflineError(str(exc)) from exc
    s = info.settings
    if info.kind == "twilio" and info.service == "voice":
        from talkpush_desktop.engine.providers.twilio_voice import from_settings

        return from_settings(s, secret)
    if info.kind == "twilio":
        from talkpush_desktop.engine.providers.twilio_sms import TwilioSms

        return TwilioSms(
            s["account_sid"],
            secret,
            s["from_number"],
            api_base_url=s.get("api_base_url", ""),
            timeout=float(s.get("timeout", 15.0)),
        )
    if info.kind == "smtp":
        from talkpush_desktop.engine.providers.smtp_email import SmtpEmail

        return SmtpEmail(
            s["host"],
            int(s["port"]),
            security=s.get("security", "starttls"),
            username=s.get("username", ""),
            password=secret,
            from_address=s["from_address"],
            timeout=float(s.get("timeout", 20.0)),
        )
    if info.kind == "facebook":
        from talkpush_desktop.engine.providers.messenger import MessengerSend

        base = s.get("api_base_url") or "https://graph.facebook.com/v19.0"
        return MessengerSend(secret, api_base_url=base)
    if info.kind == NOT_CONNECTED:
        return NotConnected()
    if info.kind == ATS:
        from talkpush_desktop.engine.providers.ats_http import AtsPush

        return AtsPush(store, sessions)
    return SandboxProvider(sessions, company_id)


def info_for(service: str, infos: Mapping[str, ProviderInfo]) -> ProviderInfo:
    """A service's provider among ``infos`` (:func:`describe`'s, by service), the chat
    service's included."""
    if service in KINDS:
        return infos.get(service, ProviderInfo(service, SANDBOX))
    if service == ATS:  # its settings are read per push (:mod:`providers.ats_http`)
        return ProviderInfo(ATS, ATS)
    return ProviderInfo(service, _chat_kind(infos[s].kind for s in KINDS if s in infos))


class NotConnected:
    """The provider of a channel nothing carries: every message fails with the reason."""

    kind = NOT_CONNECTED
    reconcilable = True  # it never took a message, so "not found" is the truth

    def send(self, message: Outgoing) -> Sent:
        raise PermanentError(unconnected_reason(message.channel))

    def find_sent(self, message: Outgoing) -> Sent | None:  # noqa: ARG002 (the protocol's)
        return None

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        return [], [], cursor

    def check(self) -> str:
        raise PermanentError("not connected: no provider is set for this channel")

    def close(self) -> None:
        pass
