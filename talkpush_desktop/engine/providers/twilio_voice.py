"""Twilio voice calls with the official SDK: place a robocall, drive it, fetch its recording.

A desktop app has no public URL, so nothing here relies on a webhook or on an ``action``
URL (see :mod:`engine.interview.phone` for why ``<Record>`` and ``<Gather>`` cannot be used):

- :meth:`TwilioVoice.send` (the outbox's hand-over) places the call with inline TwiML: the
  first step spoken with ``<Say>`` and a ``<Pause>`` holding the line while the candidate
  answers; the whole call is recorded (``Record``), only the candidate's side
  (``RecordingTrack=inbound``) and untrimmed (``Trim=do-not-trim``), so offsets in the file
  are offsets from the moment the call was answered;
- :meth:`TwilioVoice.say` replaces what a live call is doing with the next step
  (``calls(sid).update(twiml=...)``; Twilio runs new TwiML at once);
- :meth:`TwilioVoice.fetch`, :meth:`recordings`, :meth:`download` and :meth:`transcription`
  are what the step driver polls.

The SDK plumbing and the error mapping are :class:`TwilioSms`'s (this class extends it), so
calls fail exactly as messages do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests
from twilio.twiml.voice_response import VoiceResponse

from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    Inbound,
    OfflineError,
    Outgoing,
    PermanentError,
    ProviderError,
    RetryableError,
    Sent,
    StatusUpdate,
)
from talkpush_desktop.engine.providers.twilio_sms import (
    CLOCK_SKEW,
    LOOKUP_LIMIT,
    TwilioSms,
    _connection_error,
    _naive_utc,
)

TWIML_LIMIT = 4000
"""Twilio refuses inline TwiML longer than this (Calls ``Twiml`` parameter)."""
DEFAULT_ANSWER_SECONDS = 60
HOLD_GRACE = 60
"""Seconds the line stays open after an answer window, waiting for the next step."""
DEFAULT_RING_SECONDS = 30
PART_BREAK = "\n\n"
"""How a spoken script's parts are joined in a message body (one ``<Say>`` each)."""


@dataclass(frozen=True, slots=True)
class CallState:
    """A call as Twilio reports it (times in naive UTC, Twilio's clock)."""

    sid: str
    status: str
    start_time: datetime | None = None
    end_time: datetime | None = None
    updated_at: datetime | None = None
    duration: int = 0
    """Seconds Twilio reports for a finished call (0 before)."""


@dataclass(frozen=True, slots=True)
class RecordingInfo:
    """A completed recording of a call: where it starts (Twilio's clock) and how long it is."""

    sid: str
    start_time: datetime | None
    duration: float
    media_url: str


def twiml(parts: Sequence[str], hold: int | None) -> str:
    """``<Say>`` each part, then ``<Pause length=hold>`` (or ``<Hangup/>`` when None)."""
    response = VoiceResponse()
    for part in parts:
        if part.strip():
            response.say(part.strip())
    if hold is None:
        response.hangup()
    else:
        response.pause(length=max(1, int(hold)))
    text = str(response)
    if len(text) > TWIML_LIMIT:
        raise PermanentError(
            f"the spoken step is {len(text):,} characters of TwiML; Twilio takes at most "
            f"{TWIML_LIMIT:,}: shorten the interview texts"
        )
    return text


def split_parts(body: str) -> list[str]:
    """The spoken parts of a message body (see :data:`PART_BREAK`)."""
    return [p.strip() for p in body.split(PART_BREAK) if p.strip()]


def from_settings(settings: Mapping[str, Any], auth_token: str) -> TwilioVoice:
    """A TwilioVoice for the ``voice`` service's public settings and its secret."""
    return TwilioVoice(
        str(settings["account_sid"]),
        auth_token,
        str(settings["from_number"]),
        api_base_url=str(settings.get("api_base_url", "")),
        timeout=float(settings.get("timeout") or 15.0),
        answer_seconds=int(settings.get("answer_seconds") or DEFAULT_ANSWER_SECONDS),
        ring_seconds=int(settings.get("ring_seconds") or DEFAULT_RING_SECONDS),
    )


class TwilioVoice(TwilioSms):
    """Robocalls over Twilio's Calls and Recordings resources.

    The SDK plumbing (one client per thread, base URL, error mapping) is TwilioSms's.
    """

    kind = "twilio"
    reconcilable = True

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str,
        *,
        api_base_url: str = "",
        timeout: float = 15.0,
        answer_seconds: int = DEFAULT_ANSWER_SECONDS,
        ring_seconds: int = DEFAULT_RING_SECONDS,
    ) -> None:
        super().__init__(
            account_sid, auth_token, from_number, api_base_url=api_base_url, timeout=timeout
        )
        self.answer_seconds = answer_seconds
        self.ring_seconds = ring_seconds

    @property
    def hold_seconds(self) -> int:
        return self.answer_seconds + HOLD_GRACE

    # -- the outbox's interface: placing the call ------------------------------------------

    def send(self, message: Outgoing) -> Sent:
        """Place the call; ``message.body`` is the first step's script (parts by blank line)."""
        client, _http = self._client()
        document = twiml(split_parts(message.body), self.hold_seconds)
        created = self._call(
            client.calls.create,
            to=message.to,
            from_=self.from_number,
            twiml=document,
            record=True,
            recording_track="inbound",
            recording_channels="mono",
            trim="do-not-trim",
            timeout=self.ring_seconds,
        )
        return Sent(str(created.sid))

    def find_sent(self, message: Outgoing) -> Sent | None:
        """The call placed for ``message`` (from our number to the candidate since its intent)."""
        client, _http = self._client()
        since = (message.intent_at or datetime.min + CLOCK_SKEW) - CLOCK_SKEW
        found = self._call(
            client.calls.list, to=message.to, from_=self.from_number, limit=LOOKUP_LIMIT
        )
        matches = [c for c in found if (_naive_utc(c.date_created) or since) >= since]
        if not matches:
            return None
        first = min(matches, key=lambda c: _naive_utc(c.date_created) or since)
        return Sent(str(first.sid))

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        """Nothing inbound: calls are polled (:mod:`engine.interview.call_driver`)."""
        return [], [], cursor

    def check(self) -> str:
        client, _http = self._client()
        account = self._call(client.api.v2010.accounts(self.account_sid).fetch)
        name, status = account.friendly_name, account.status
        return f"Twilio account {name} ({status}), calling from {self.from_number}"

    def close(self) -> None:
        media = getattr(self._local, "media", None)
        if media is not None:
            media.close()
        super().close()

    # -- the step driver's interface: a live call ------------------------------------------

    def _state(self, call: Any) -> CallState:
        return CallState(
            str(call.sid),
            str(call.status or ""),
            _naive_utc(call.start_time),
            _naive_utc(call.end_time),
            _naive_utc(call.date_updated),
            int(call.duration or 0) if str(call.duration or "").isdigit() else 0,
        )

    def fetch(self, sid: str) -> CallState:
        client, _http = self._client()
        return self._state(self._call(client.calls(sid).fetch))

    def say(self, sid: str, parts: Sequence[str], hold: int | None) -> CallState:
        """Speak ``parts`` on the live call now, then hold ``hold`` seconds (None: hang up).

        The answer's ``updated_at`` is when Twilio took the new step (its clock).
        """
        client, _http = self._client()
        document = twiml(parts, hold)
        return self._state(self._call(client.calls(sid).update, twiml=document))

    def bridge(self, recruiter: str, candidate: str, greeting: str) -> CallState:
        """Call the recruiter's phone; when they answer, say ``greeting`` and ``<Dial>`` the
        candidate (from the company's number), so the two talk through Twilio."""
        client, _http = self._client()
        response = VoiceResponse()
        response.say(greeting)
        response.dial(caller_id=self.from_number, timeout=self.ring_seconds).number(candidate)
        document = str(response)
        created = self._call(
            client.calls.create,
            to=recruiter,
            from_=self.from_number,
            twiml=document,
            timeout=self.ring_seconds,
        )
        return self._state(created)

    def hang_up(self, sid: str) -> CallState:
        client, _http = self._client()
        return self._state(self._call(client.calls(sid).update, status="completed"))

    def recordings(self, call_sid: str) -> list[RecordingInfo]:
        """The call's completed recordings, oldest first."""
        client, _http = self._client()
        found = self._call(client.recordings.list, call_sid=call_sid, limit=LOOKUP_LIMIT)
        out = []
        for r in found:
            if str(r.status or "completed") != "completed":
                continue
            try:
                duration = max(0.0, float(r.duration or 0))
            except ValueError:
                duration = 0.0
            media = str(r.media_url or "") or (
                f"{self._base_url or 'https://api.twilio.com'}/2010-04-01/Accounts/"
                f"{self.account_sid}/Recordings/{r.sid}"
            )
            out.append(RecordingInfo(str(r.sid), _naive_utc(r.start_time), duration, media))
        return sorted(out, key=lambda r: r.start_time or datetime.min)

    def _session(self) -> requests.Session:
        session = getattr(self._local, "media", None)
        if session is None:
            session = self._local.media = requests.Session()
        return session

    def download(self, recording: RecordingInfo) -> bytes:
        """The recording as WAV (``<media_url>.wav``)."""
        try:
            response = self._session().get(
                recording.media_url + ".wav",
                auth=(self.account_sid, self._token),
                timeout=self._timeout,
            )
        except requests.RequestException as exc:
            error = _connection_error(exc)
            if isinstance(error, AmbiguousError):  # a download changes nothing: try again
                raise RetryableError(error.reason) from None
            raise error from None
        return _media(response)

    def transcription(self, recording_sid: str) -> str:
        """Twilio's completed transcription of a recording, or "" when it has none."""
        client, _http = self._client()
        found = self._call(client.recordings(recording_sid).transcriptions.list, limit=20)
        for t in found:
            if str(t.status or "") == "completed" and (t.transcription_text or "").strip():
                return str(t.transcription_text).strip()
        return ""


def _media(response: requests.Response) -> bytes:
    status = response.status_code
    if status == 200:
        return response.content
    reason = f"the recording could not be downloaded (HTTP {status})"
    error: ProviderError
    if status == 404:
        error = RetryableError("the recording is not ready at Twilio yet")
    elif status in (401, 403):
        error = OfflineError("Twilio refused the account SID or auth token; check the settings")
    elif status == 429 or status >= 500:
        error = RetryableError(reason)
    else:
        error = PermanentError(reason)
    raise error
