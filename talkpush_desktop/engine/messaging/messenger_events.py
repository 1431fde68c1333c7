"""The Messenger Platform webhook's payloads: their signature and the candidates' messages.

Meta signs each ``POST`` with the app secret: ``X-Hub-Signature-256: sha256=<hex>``, the
HMAC-SHA256 of the raw body; :func:`signed` compares in constant time. A ``page`` payload
holds ``entry[].messaging[]`` events, each with ``sender.id`` (the person's page-scoped id,
PSID), ``timestamp`` (milliseconds) and one of:

- ``message``: ``mid``, ``text`` and/or ``attachments[]`` (``type``: image, audio, video,
  file...; ``payload.url``); the page's own messages come back with ``is_echo`` (skipped);
- ``postback``: a button the person tapped (``title``, ``payload``, ``mid``);
- ``referral``: the person opened an ``m.me`` link (``ref``) of an existing conversation.

Delivery and read receipts carry none of these and are skipped. A postback's payload or a
referral's ref ``campaign:<id>`` names the job posting the person picked (:func:`campaign_ref`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from talkpush_desktop.engine.providers.base import Inbound
from talkpush_desktop.storage.models import Channel

SIGNATURE_PREFIX: Final = "sha256="
CAMPAIGN_PREFIX: Final = "campaign:"


def signature(app_secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends for ``body``."""
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def signed(app_secret: str, body: bytes, header: str) -> bool:
    """Whether ``header`` signs ``body`` with ``app_secret`` (constant-time compare)."""
    if not app_secret or not header.startswith(SIGNATURE_PREFIX):
        return False
    return hmac.compare_digest(signature(app_secret, body).encode(), header.strip().encode())


@dataclass(frozen=True, slots=True)
class Event:
    """One thing a person sent the page: its messages (text, each attachment) and the
    campaign a postback or referral named (0: none)."""

    psid: str
    items: tuple[Inbound, ...]
    campaign_id: int = 0


def campaign_ref(value: object) -> int:
    """The campaign id a ``campaign:<id>`` payload names (0 when it names none)."""
    text = str(value or "")
    number = text.removeprefix(CAMPAIGN_PREFIX)
    if not text.startswith(CAMPAIGN_PREFIX) or not number.isdigit() or len(number) > 12:
        return 0
    return int(number)


def _at(event: Mapping[str, Any]) -> datetime:
    try:
        millis = int(event.get("timestamp") or 0)
        return datetime.fromtimestamp(millis / 1000, UTC).replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(UTC).replace(tzinfo=None)


def _attachments(message: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(url, type) of each attachment that has a URL."""
    found: list[tuple[str, str]] = []
    for a in message.get("attachments") or ():
        if not isinstance(a, Mapping):
            continue
        payload = a.get("payload") if isinstance(a.get("payload"), Mapping) else {}
        url = str(payload.get("url") or "") if isinstance(payload, Mapping) else ""
        if url:
            found.append((url, str(a.get("type") or "file")))
    return found


def _message_items(psid: str, at: datetime, message: Mapping[str, Any]) -> list[Inbound]:
    mid = str(message.get("mid") or "")
    if not mid or message.get("is_echo"):
        return []
    text = str(message.get("text") or "")
    quick = message.get("quick_reply")
    if not text and isinstance(quick, Mapping):
        text = str(quick.get("payload") or "")
    files = _attachments(message)
    if not text and not files:
        return []
    channel = Channel.MESSENGER.value
    first_url, first_type = files[0] if files else ("", "")
    items = [Inbound(f"fb:{mid}", channel, psid, text, at, first_url, first_type)]
    for n, (url, kind) in enumerate(files[1:], start=2):
        items.append(Inbound(f"fb:{mid}#{n}", channel, psid, "", at, url, kind))
    return items


def _event(raw: Mapping[str, Any]) -> Event | None:
    sender = raw.get("sender")
    psid = str(sender.get("id") or "") if isinstance(sender, Mapping) else ""
    if not psid:
        return None
    at = _at(raw)
    message, postback, referral = raw.get("message"), raw.get("postback"), raw.get("referral")
    if isinstance(message, Mapping):
        return Event(psid, tuple(_message_items(psid, at, message)))
    if isinstance(postback, Mapping):
        stamp = int(at.replace(tzinfo=UTC).timestamp() * 1000)
        mid = str(postback.get("mid") or f"{psid}:{stamp}")
        title = str(postback.get("title") or postback.get("payload") or "")
        item = Inbound(f"fb-postback:{mid}", Channel.MESSENGER.value, psid, title, at)
        nested = postback.get("referral")
        ref = nested.get("ref") if isinstance(nested, Mapping) else None
        return Event(psid, (item,), campaign_ref(postback.get("payload")) or campaign_ref(ref))
    if isinstance(referral, Mapping):
        return Event(psid, (), campaign_ref(referral.get("ref")))
    return None


def events(payload: object) -> Iterator[Event]:
    """The people's events of a ``page`` webhook payload, in order (anything else: none)."""
    if not isinstance(payload, Mapping) or payload.get("object") != "page":
        return
    for entry in payload.get("entry") or ():
        if not isinstance(entry, Mapping):
            continue
        for raw in entry.get("messaging") or ():
            if isinstance(raw, Mapping) and (found := _event(raw)) is not None:
                yield found
