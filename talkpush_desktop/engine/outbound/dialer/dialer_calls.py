"""Placing a campaign's calls exactly once, through Twilio's Calls API (official SDK).

**Exactly once across a crash.** Twilio's Calls API takes no idempotency key, so the
dialer follows the outbox's lease-and-reconcile rule (:mod:`engine.messaging.outbox`):

1. the attempt row is marked ``dialing`` with a lease (``lease_until``) and the time the
   intent was stored, in a committed transaction, *before* any request;
2. the call is placed (:meth:`TwilioDialer.place`) and its SID stored with the attempt;
3. an attempt found ``dialing`` with no SID (its lease ran out, or its worker process is
   gone) is *in doubt*: :func:`dial` first asks Twilio for a call from our caller ID to the
   lead created since the intent (:meth:`TwilioDialer.find_placed`); only a clear "none"
   places it. Since a lead never has two attempts in flight and attempts are hours apart,
   a call to that number since that instant can only be this attempt's.

Calls are placed with ``MachineDetection=Enable`` (``AnsweredBy`` tells a person from a
voicemail, which counts as not answered) and an optional ``StatusCallback`` (when the
workspace has a public URL; otherwise the dialer polls :meth:`TwilioDialer.report`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from talkpush_desktop.engine.providers.base import AmbiguousError, ProviderError
from talkpush_desktop.engine.providers.twilio_sms import CLOCK_SKEW, LOOKUP_LIMIT, _naive_utc
from talkpush_desktop.engine.providers.twilio_voice import DEFAULT_RING_SECONDS, TwilioVoice

STATUS_EVENTS = ["initiated", "ringing", "answered", "completed"]


@dataclass(frozen=True, slots=True)
class DialRequest:
    """One attempt ready to dial: its key, the lead's number, the call's TwiML, and when
    the intent was stored (calls before it cannot be this attempt's)."""

    key: str
    to: str
    twiml: str
    intent_at: datetime
    in_doubt: bool = False
    status_callback: str = ""


@dataclass(frozen=True, slots=True)
class Placed:
    """The provider has the call: its SID, and whether it was found rather than placed."""

    sid: str
    reconciled: bool = False


@dataclass(frozen=True, slots=True)
class CallReport:
    """A call as the provider reports it (times naive UTC)."""

    sid: str
    status: str
    answered_by: str = ""
    duration: int = 0
    started_at: datetime | None = None
    ended_at: datetime | None = None


class DialLine(Protocol):
    """What the dialer needs of a voice provider (:class:`TwilioDialer` is one)."""

    def place(self, request: DialRequest) -> str: ...

    def find_placed(self, to: str, since: datetime) -> str | None: ...

    def report(self, sid: str) -> CallReport: ...

    def close(self) -> None: ...


def dial(line: DialLine, request: DialRequest) -> Placed:
    """Place ``request``'s call, or, when it is in doubt, find the one already placed.

    Raises the provider's error: :class:`AmbiguousError` (the call may exist: keep the
    attempt in doubt), a retryable one (nothing placed), a permanent one (never will be).
    A failed look-up is ambiguous too: never dial what may already ring.
    """
    if request.in_doubt:
        try:
            found = line.find_placed(request.to, request.intent_at)
        except ProviderError as exc:
            raise AmbiguousError(f"could not check for an earlier call: {exc.reason}") from None
        if found is not None:
            return Placed(found, reconciled=True)
    return Placed(line.place(request))


def duration_of(value: Any) -> int:
    """Twilio's billed seconds as an int (0 when missing)."""
    try:
        return max(0, int(float(value or 0)))
    except (TypeError, ValueError):
        return 0


class TwilioDialer(TwilioVoice):
    """Campaign calls over Twilio's Calls resource; the SDK plumbing (a client per thread,
    the base URL, the error mapping) and the settings are :class:`TwilioVoice`'s."""

    def place(self, request: DialRequest) -> str:
        """Place the call (``MachineDetection=Enable``); returns its SID."""
        client, _http = self._client()
        options: dict[str, Any] = {}
        if request.status_callback:
            options["status_callback"] = request.status_callback
            options["status_callback_event"] = STATUS_EVENTS
            options["status_callback_method"] = "POST"
        created = self._call(
            client.calls.create,
            to=request.to,
            from_=self.from_number,
            twiml=request.twiml,
            machine_detection="Enable",
            timeout=self.ring_seconds,
            **options,
        )
        return str(created.sid)

    def find_placed(self, to: str, since: datetime) -> str | None:
        """The first call from our number to ``to`` created since ``since`` (naive UTC)."""
        client, _http = self._client()
        floor = since - CLOCK_SKEW
        found = self._call(client.calls.list, to=to, from_=self.from_number, limit=LOOKUP_LIMIT)
        matches = [c for c in found if (_naive_utc(c.date_created) or floor) >= floor]
        if not matches:
            return None
        return str(min(matches, key=lambda c: _naive_utc(c.date_created) or floor).sid)

    def report(self, sid: str) -> CallReport:
        """The call's status, who answered (``AnsweredBy``) and its billed seconds."""
        client, _http = self._client()
        call = self._call(client.calls(sid).fetch)
        return CallReport(
            str(call.sid),
            str(call.status or ""),
            str(call.answered_by or ""),
            duration_of(call.duration),
            _naive_utc(call.start_time),
            _naive_utc(call.end_time),
        )


def from_settings(
    settings: Mapping[str, Any], auth_token: str, from_number: str = ""
) -> TwilioDialer:
    """A dialer for the ``voice`` service's settings, calling from the campaign's caller ID
    (``from_number``; the service's number when empty)."""
    return TwilioDialer(
        str(settings["account_sid"]),
        auth_token,
        from_number or str(settings["from_number"]),
        api_base_url=str(settings.get("api_base_url", "")),
        timeout=float(settings.get("timeout") or 15.0),
        ring_seconds=int(settings.get("ring_seconds") or DEFAULT_RING_SECONDS),
    )
