"""Call Candidate: the recruiter talks to the candidate through the software.

With Twilio the recruiter's own phone (``users.my_phone``, set once) rings first; when they
answer, Twilio says who is being called and ``<Dial>``s the candidate from the company's
number, bridging the two. With the sandbox the simulated candidate phone gets the call
(``sandbox calls ADDRESS``, answered with ``sandbox answer``; its answers are never taken
as chat replies). Both ends' numbers are checked with ``phonenumbers`` before dialling.

The conversation shows a call bubble when the call starts and one when it ends (outcome
and duration); the chat pane polls :meth:`RecruiterCallsService.state` meanwhile. The
start bubble's ``provider_id`` (``call:twilio:<sid>`` / ``call:sandbox:<row>``) is the
call's handle; the end bubble (``call-end:...``) marks it finished, written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.contacts import ContactError, normalize_phone
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.interview import sandbox_calls
from talkpush_desktop.engine.messaging.chat_actions import candidate as company_candidate
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.providers.sandbox import CAMPAIGN_CALL, FROM_CANDIDATE
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
    SandboxMessage,
    User,
)

if TYPE_CHECKING:  # Twilio's SDK and requests load only when a call goes through Twilio
    from talkpush_desktop.engine.providers.twilio_voice import CallState, TwilioVoice

FINAL = frozenset({"completed", "busy", "no-answer", "failed", "canceled"})
START, END = "call:", "call-end:"
RECRUITER_HUNG_UP = "(the recruiter hung up)"


@dataclass(frozen=True, slots=True)
class RecruiterCall:
    """A Call Candidate call as the chat pane shows it."""

    message_id: int
    candidate_id: int
    provider: str  # twilio / sandbox
    status: str  # queued, ringing, in-progress, then a final one (FINAL)
    seconds: int = 0

    @property
    def finished(self) -> bool:
        return self.status in FINAL

    def to_json(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "candidate_id": self.candidate_id,
            "provider": self.provider,
            "status": self.status,
            "seconds": self.seconds,
        }


def duration_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def checked_phone(raw: str, whose: str) -> str:
    """``raw`` as a valid E.164 number (ValidationError naming ``whose`` otherwise)."""
    try:
        e164 = normalize_phone(raw, "") if raw.strip().startswith("+") else ""
    except ContactError as exc:
        raise ValidationError(f"{whose}: {exc}") from None
    if not e164:
        raise ValidationError(f"{whose}: needs a phone number in international form (+...)")
    return e164


def _bubble(s: Session, c: Candidate, body: str, handle: str, user_id: int) -> Message:
    m = Message(
        candidate_id=c.id,
        user_id=user_id,
        direction="out",
        channel=Channel.VOICE.value,
        kind=MessageKind.RECRUITER.value,
        body=body,
        state=DeliveryState.DELIVERED.value,
        provider_id=handle,
        created_at=utcnow(),
    )
    s.add(m)
    s.flush()
    return m


class RecruiterCallsService(Service):
    """``ws.recruiter_calls``: the recruiter's phone, and calls to candidates."""

    def my_phone(self) -> str:
        with self._ctx.reading() as s:
            return s.scalar(select(User.my_phone).where(User.id == self._ctx.user_id)) or ""

    def set_my_phone(self, phone: str) -> str:
        """Keep the acting user's own phone (E.164, checked); "" clears it."""
        e164 = checked_phone(phone, "my phone") if phone.strip() else ""
        with self._ctx.transaction() as s:
            user = s.get(User, self._ctx.user_id)
            if user is None:
                raise NotFoundError("no acting user")
            user.my_phone = e164
        return e164

    def _voice(self) -> provider_config.ProviderInfo:
        infos = {i.service: i for i in self._ctx_infos()}
        info = provider_config.info_for("voice", infos)
        if info.kind not in ("twilio", "sandbox"):
            raise ValidationError("voice: no voice provider is connected (Settings > Providers)")
        return info

    def _ctx_infos(self) -> list[provider_config.ProviderInfo]:
        with self._ctx.reading() as s:
            return provider_config.describe(s, self._ctx.company_id, self._ctx.secrets)

    def _provider(self, info: provider_config.ProviderInfo) -> TwilioVoice:
        from talkpush_desktop.engine.providers.twilio_voice import TwilioVoice

        built = provider_config.build(info, self._ctx.secrets, self._ctx.db.sessions)
        assert isinstance(built, TwilioVoice)
        return built

    def call(self, candidate_id: int) -> RecruiterCall:
        """Start a call to the candidate (both numbers checked first)."""
        info = self._voice()
        with self._ctx.reading() as s:
            c = company_candidate(s, self._ctx.company_id, candidate_id)
            name, raw = f"{c.first_name} {c.last_name}".strip(), c.phone
        to = checked_phone(raw, "candidate phone")
        me = self.my_phone()
        if info.kind == "twilio":
            if not me:
                raise ValidationError("my phone: set your own phone first (it rings first)")
            provider = self._provider(info)
            try:
                state = provider.bridge(me, to, f"Connecting you to {name or 'the candidate'}.")
            finally:
                provider.close()
            handle, status = f"{START}twilio:{state.sid}", state.status or "queued"
        else:
            with self._ctx.transaction() as s:
                row = sandbox_calls.speak(
                    s,
                    to,
                    "A recruiter is calling you.",
                    utcnow(),
                    ended=False,
                    subject=CAMPAIGN_CALL,
                )
            handle, status = f"{START}sandbox:{row}", "ringing"
        with self._ctx.transaction() as s:
            c = company_candidate(s, self._ctx.company_id, candidate_id)
            m = _bubble(s, c, f"Calling {name or to}", handle, self._ctx.user_id)
            return RecruiterCall(m.id, c.id, info.kind, status)

    def _start(self, s: Session, message_id: int) -> Message:
        m = s.get(Message, message_id)
        if m is None or not m.provider_id.startswith(START):
            raise NotFoundError(f"no call {message_id}")
        company_candidate(s, self._ctx.company_id, m.candidate_id)
        return m

    def state(self, message_id: int) -> RecruiterCall:
        """The call's state now; a final one writes the end bubble (once)."""
        with self._ctx.reading() as s:
            m = self._start(s, message_id)
            handle, cid, started = m.provider_id, m.candidate_id, m.created_at
        kind, _sep, ref = handle.removeprefix(START).partition(":")
        if kind == "twilio":
            provider = self._provider(self._voice())
            try:
                status, seconds = _twilio_status(provider.fetch(ref))
            finally:
                provider.close()
        else:
            status, seconds = self._sandbox_status(int(ref), started)
        call = RecruiterCall(message_id, cid, kind, status, seconds)
        if call.finished:
            self._finish(call, handle)
        return call

    def _sandbox_status(self, row_id: int, started: datetime) -> tuple[str, int]:
        """From the simulated phone's rows after the call's: an answer puts it in progress,
        an end row (either side hanging up) finishes it."""
        with self._ctx.reading() as s:
            rows = _rows_after(s, row_id)
        answered = next((r.created_at for r in rows if r.direction == FROM_CANDIDATE), None)
        ended = next((r.created_at for r in rows if r.subject == sandbox_calls.ENDED), None)
        if ended is None:
            return ("in-progress" if answered else "ringing"), 0
        if answered is None or ended < answered:
            return "no-answer", 0
        return "completed", max(int((ended - max(answered, started)).total_seconds()), 1)

    def hang_up(self, message_id: int) -> RecruiterCall:
        """The recruiter ends the call."""
        with self._ctx.reading() as s:
            handle = self._start(s, message_id).provider_id
        kind, _sep, ref = handle.removeprefix(START).partition(":")
        if kind == "twilio":
            provider = self._provider(self._voice())
            try:
                provider.hang_up(ref)
            finally:
                provider.close()
        else:
            with self._ctx.transaction() as s:
                address = _address_of(s, int(ref))
                sandbox_calls.speak(s, address, RECRUITER_HUNG_UP, utcnow(), ended=True)
        return self.state(message_id)

    def _finish(self, call: RecruiterCall, handle: str) -> None:
        end = END + handle.removeprefix(START)
        with self._ctx.transaction() as s:
            if s.scalar(select(Message.id).where(Message.provider_id == end)) is not None:
                return
            c = company_candidate(s, self._ctx.company_id, call.candidate_id)
            outcome = call.status.replace("-", " ")
            body = f"Call ended: {outcome}, {duration_text(call.seconds)}"
            _bubble(s, c, body, end, self._ctx.user_id)


def _rows_after(s: Session, row_id: int) -> list[SandboxMessage]:
    return list(
        s.scalars(
            select(SandboxMessage)
            .where(
                SandboxMessage.address == _address_of(s, row_id),
                SandboxMessage.channel == Channel.VOICE.value,
                SandboxMessage.id > row_id,
            )
            .order_by(SandboxMessage.id)
        )
    )


def _address_of(s: Session, row_id: int) -> str:
    row = s.get(SandboxMessage, row_id)
    if row is None:
        raise NotFoundError(f"no sandbox call {row_id}")
    return row.address


def _twilio_status(state: CallState) -> tuple[str, int]:
    seconds = state.duration
    if not seconds and state.start_time and state.end_time:
        seconds = max(int((state.end_time - state.start_time).total_seconds()), 0)
    return state.status or "queued", seconds
