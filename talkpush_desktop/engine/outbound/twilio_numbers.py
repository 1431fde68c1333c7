"""Is a number one the Twilio account may call from? Asked through the official SDK: the
account's ``IncomingPhoneNumbers`` (numbers it owns) and ``OutgoingCallerIds`` (numbers it
verified)."""

from __future__ import annotations

from typing import Any

from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.outbound.caller_ids import Verifier
from talkpush_desktop.engine.providers import config
from talkpush_desktop.engine.providers.twilio_sms import TwilioSms


def verifier(ctx: Context) -> Verifier:
    """A verifier on the voice service's Twilio account (its settings and secret)."""
    with ctx.reading() as s:
        info = next(
            i for i in config.describe(s, ctx.company_id, ctx.secrets) if i.service == "voice"
        )
    provider = config.build(info, ctx.secrets, ctx.db.sessions, ctx.company_id)
    assert isinstance(provider, TwilioSms)
    return lambda e164: account_ref(provider, e164)


def account_ref(provider: TwilioSms, e164: str) -> str | None:
    """The SID of ``e164`` among the account's numbers or verified caller IDs (None: not
    there). Provider failures raise the provider's errors."""
    client, _http = provider._client()  # noqa: SLF001 - the SDK plumbing of the provider
    for resource in (client.incoming_phone_numbers, client.outgoing_caller_ids):
        found: list[Any] = provider._call(resource.list, phone_number=e164, limit=1)  # noqa: SLF001
        if found:
            return str(found[0].sid)
    return None
