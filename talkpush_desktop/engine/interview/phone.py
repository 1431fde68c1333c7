"""Phone interviews (robocall): a step driver for live calls that needs no public URL.

**Why not ``<Record>`` / ``<Gather>``.** Both hand the call to their ``action`` URL when
they finish; without one, Twilio requests the *current document's URL*, and "any TwiML
verbs occurring after a ``<Record>`` are unreachable" (TwiML ``<Record>`` reference; the
only exception is an empty recording). A call started with inline ``Twiml`` has no
document URL, and a desktop app has no URL Twilio can reach, so a ``<Pause>`` after
``<Record>`` never runs. Twilio's transcriptions only exist for ``<Record transcribe>``
recordings of at most two minutes (Recording Transcription reference), so they are lost
with it.

**What we do instead.** The whole call is recorded (Calls ``Record=true``, only the
candidate's side ``RecordingTrack=inbound``, untrimmed ``Trim=do-not-trim`` so file
offsets are offsets from the answer) and the live call is driven by replacing its TwiML:

1. :func:`place` queues the first step (introduction, privacy with "stay on the line to
   accept", instructions, question 1) as a bot message on channel ``voice``; the outbox
   places the call exactly once (its retries, its in-doubt check), and the message's
   provider id becomes the call SID. A ``phone_calls`` row keeps the plan: every step's
   words, its estimated speech length, and when it was spoken.
2. :meth:`CallDriver.advance` (run by the sync worker once per pass) polls each live call.
   When it is answered, the answer window of question 1 opens after the spoken part; when
   the window is over (speech estimate + ``answer_seconds``, our clock), the call gets
   ``update(twiml=<Say>question k</Say><Pause/>)``, after the last question the closing
   ``<Say>`` and ``<Hangup/>``. The ``<Pause>`` is longer than the window
   (``HOLD_GRACE``) so the line stays up until the next step arrives. Each update's answer
   carries Twilio's ``date_updated``: when that step began, on Twilio's clock.
3. When the call is over the recording is downloaded (``.wav``), cut into the answer
   windows with :mod:`wave` (offsets from the recording's ``start_time``, so our clock's
   skew does not matter), each slice stored under ``<data_dir>/recordings/`` as that
   question's response. A transcription Twilio has for a recording becomes the transcript
   of the one answer it covers; one covering several answers is kept on the call and put
   in the chat as a note. Every question answered: the interview is completed (Completed
   folder, completion template).
4. ``busy`` / ``no-answer`` / ``failed`` / ``canceled`` before an answer: a bot note in
   the chat says so. There is no redial loop; the outbox's retries cover placing only.

**Sandbox.** The same plan plays on the simulated phone (:mod:`engine.interview.sandbox_calls`):
each step is a ``voice`` row to the candidate, each typed (or keyed) answer is the
question's response with the text as its transcript.

All state is in ``phone_calls``: a restart resumes each call where it was. Moving to the
next step is a compare-and-set on ``step``, so two workers never both speak it.
"""

from __future__ import annotations

import io
import logging
import math
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError, WorkspaceError
from talkpush_desktop.engine.interview import bot as interview
from talkpush_desktop.engine.interview import sandbox_calls
from talkpush_desktop.engine.interview.service import InterviewService
from talkpush_desktop.engine.messaging import inbound, sending, tokens
from talkpush_desktop.engine.providers.base import PermanentError, ProviderError, StatusUpdate
from talkpush_desktop.engine.providers.config import ProviderInfo
from talkpush_desktop.engine.providers.service import ProvidersService
from talkpush_desktop.engine.providers.twilio_voice import (
    DEFAULT_ANSWER_SECONDS,
    HOLD_GRACE,
    PART_BREAK,
    CallState,
    RecordingInfo,
    from_settings,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
    PhoneCall,
)
from talkpush_desktop.storage.private_files import make_private_folder, open_private

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

log = logging.getLogger(__name__)

PLACING, RINGING, LIVE, CLOSING, ENDED = "placing", "ringing", "live", "closing", "ended"
DONE, NOT_ANSWERED, FAILED = "done", "not_answered", "failed"
ACTIVE = (PLACING, RINGING, LIVE, CLOSING, ENDED)
TWILIO, SANDBOX = "twilio", "sandbox"

WORDS_PER_SECOND = 2.5
"""Speaking rate used to estimate how long a step's ``<Say>`` takes (about 150 wpm)."""
SLICE_LEAD = 2.0
"""An answer slice starts this much before the estimated end of the question (the
recording holds only the candidate, so starting early costs a little silence at most)."""
MIN_ANSWER = 1.0
"""A question counts as answered when the call lasted this long past its spoken part."""
CLOCK_TOLERANCE = 8.0
"""Seconds Twilio's time of a step may differ from ours before ours is used instead."""
CLOSING_GRACE = 20
"""Seconds after the closing's estimated end before a still-open call is hung up."""
RECORDING_WAIT = timedelta(minutes=15)
SANDBOX_RING = timedelta(minutes=15)
SANDBOX_ANSWER = timedelta(minutes=15)
ACCEPT = "Stay on the line to accept."
GOODBYE = "Thank you for your time. Goodbye."
RECORDINGS = "recordings"
OPENING = ("introduction", "privacy", "instructions")
LIVE_TWILIO = ("queued", "initiated", "ringing")
NOT_ANSWERED_NOTES = {
    "no-answer": "The robocall was not answered.",
    "busy": "The robocall got a busy line (or the candidate declined it).",
    "failed": "The robocall could not be connected.",
    "canceled": "The robocall was canceled before it was answered.",
}


class CallLine(Protocol):
    """What the driver needs of a voice provider (:class:`TwilioVoice` is one)."""

    def fetch(self, sid: str) -> CallState: ...

    def say(self, sid: str, parts: Sequence[str], hold: int | None) -> CallState: ...

    def hang_up(self, sid: str) -> CallState: ...

    def recordings(self, call_sid: str) -> list[RecordingInfo]: ...

    def download(self, recording: RecordingInfo) -> bytes: ...

    def transcription(self, recording_sid: str) -> str: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class CallInfo:
    """A robocall as the CLI and the window show it."""

    id: int
    candidate_id: int
    provider: str
    address: str
    call_ref: str
    status: str
    call_status: str
    step: int
    questions: int
    answers: int
    next_step_at: datetime | None
    created_at: datetime
    ended_at: datetime | None
    error: str

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        for key in ("next_step_at", "created_at", "ended_at"):
            value = data[key]
            data[key] = value.isoformat() if isinstance(value, datetime) else None
        return data


@dataclass
class _Call:
    """A ``phone_calls`` row, detached (the driver works on it between transactions)."""

    id: int
    candidate_id: int
    message_id: int | None
    provider: str
    address: str
    call_ref: str
    status: str
    call_status: str
    step: int
    steps: list[dict[str, Any]]
    answer_seconds: int
    answers: int
    transcript: str
    error: str
    answered_at: datetime | None
    next_step_at: datetime | None
    ended_at: datetime | None
    questions: int = field(init=False)

    def __post_init__(self) -> None:
        self.steps = [dict(s) for s in self.steps]
        self.questions = sum(1 for s in self.steps if s.get("q") is not None)

    @property
    def current(self) -> dict[str, Any]:
        return self.steps[self.step - 1]

    @property
    def closing(self) -> bool:
        return self.step == len(self.steps)

    COLUMNS = (
        "call_ref",
        "status",
        "call_status",
        "step",
        "steps",
        "answers",
        "transcript",
        "error",
        "answered_at",
        "next_step_at",
        "ended_at",
    )


@dataclass(frozen=True, slots=True)
class Window:
    """Question ``index``'s answer window on Twilio's clock."""

    index: int
    question_id: int
    start: datetime
    end: datetime


# -- times and scripts ------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def speech_seconds(parts: Sequence[str]) -> int:
    """Estimated seconds to speak ``parts`` (whole seconds, at :data:`WORDS_PER_SECOND`)."""
    words = sum(len(p.split()) for p in parts)
    return max(1, math.ceil(words / WORDS_PER_SECOND))


def question_part(number: int, total: int, text: str) -> str:
    return f"Question {number} of {total}. {text}"


def _rendered(text: str, values: dict[str, str]) -> str:
    result = tokens.render(text, values)
    problems = tokens.problems(result)
    if problems:
        raise ValidationError("robocall: " + "; ".join(problems))
    return " ".join(result.text.split())


def _plan(session: Session, c: Candidate) -> list[dict[str, Any]]:
    """Every step's words (tokens filled in), question by question, then the closing."""
    rows = interview.ordered_steps(session, c.campaign_id)
    questions = [q for q in rows if q.section == "question"]
    if not questions:
        raise ValidationError("robocall: the campaign's interview has no questions")
    values = tokens.values_for(session, c.company_id, c.id)
    opening = []
    for q in rows:
        if q.section in OPENING:
            text = _rendered(q.text, values)
            opening.append(f"{text} {ACCEPT}" if q.section == "privacy" else text)
    closing = [_rendered(q.text, values) for q in rows if q.section == "closing"] or [GOODBYE]
    steps: list[dict[str, Any]] = []
    for n, q in enumerate(questions, start=1):
        said = [question_part(n, len(questions), _rendered(q.text, values))]
        steps.append({"q": q.id, "say": (opening if n == 1 else []) + said})
    steps.append({"q": None, "say": closing})
    for s in steps:
        s.update(speech=speech_seconds(s["say"]), local=None, tw=None, row=None)
    return steps


# -- placing ----------------------------------------------------------------------------------


def _voice_info(ctx: Context) -> ProviderInfo:
    found = [i for i in ProvidersService(ctx).infos() if i.service == "voice"]
    return found[0] if found else ProviderInfo("voice", SANDBOX)


def place(ctx: Context, candidate_id: int, *, at: datetime | None = None) -> int:
    """Start a robocall interview with a candidate; returns the call's id.

    The first step goes out through the outbox as a bot message on channel ``voice``;
    refused (ValidationError) without a phone, questions, or while a call to the same
    person or number is still going.
    """
    info = _voice_info(ctx)
    provider = TWILIO if info.kind == TWILIO else SANDBOX
    seconds = DEFAULT_ANSWER_SECONDS
    if provider == TWILIO:
        seconds = int(info.settings.get("answer_seconds") or DEFAULT_ANSWER_SECONDS)
    when = at or utcnow()
    with ctx.transaction() as s:
        c = s.get(Candidate, candidate_id)
        if c is None or c.company_id != ctx.company_id:
            raise NotFoundError(f"no candidate with id {candidate_id}")
        if not c.phone:
            raise ValidationError("robocall: the candidate has no phone number")
        if c.completed_at is not None:
            raise ValidationError("robocall: the candidate has already completed the interview")
        busy = s.scalar(
            select(PhoneCall.id)
            .where(
                PhoneCall.status.in_(ACTIVE),
                or_(PhoneCall.candidate_id == c.id, PhoneCall.address == c.phone),
            )
            .limit(1)
        )
        if busy is not None:
            raise ValidationError(f"robocall: call {busy} to {c.phone} is still going")
        steps = _plan(s, c)
        draft = sending.Draft(
            PART_BREAK.join(steps[0]["say"]), Channel.VOICE.value, kind=MessageKind.BOT
        )
        queued = sending.queue(
            s, ctx.company_id, [c.id], draft, user_id=ctx.user_id, at=when, strict=True
        )
        call = PhoneCall(
            candidate_id=c.id,
            message_id=queued.message_ids[c.id],
            provider=provider,
            address=c.phone,
            call_ref="",
            status=PLACING,
            call_status="",
            step=1,
            steps=steps,
            answer_seconds=seconds,
            answers=0,
            transcript="",
            error="",
            created_at=when,
            updated_at=when,
        )
        s.add(call)
        s.flush()
        return call.id


def calls(ctx: Context, candidate_id: int | None = None) -> list[CallInfo]:
    """The company's robocalls (or one candidate's), newest first."""
    with ctx.transaction() as s:
        query = (
            select(PhoneCall)
            .join(Candidate, Candidate.id == PhoneCall.candidate_id)
            .where(Candidate.company_id == ctx.company_id)
            .order_by(PhoneCall.id.desc())
        )
        if candidate_id is not None:
            query = query.where(PhoneCall.candidate_id == candidate_id)
        return [
            CallInfo(
                r.id,
                r.candidate_id,
                r.provider,
                r.address,
                r.call_ref,
                r.status,
                r.call_status,
                r.step,
                sum(1 for st in r.steps if st.get("q") is not None),
                r.answers,
                r.next_step_at,
                r.created_at,
                r.ended_at,
                r.error,
            )
            for r in s.scalars(query)
        ]


def build_line(ctx: Context) -> CallLine:
    """The Twilio voice provider configured for the ``voice`` service."""
    info = _voice_info(ctx)
    if info.kind != TWILIO:
        raise ProviderError("the voice service is no longer set to Twilio")
    secret = ctx.secrets.get(str(info.settings.get("secret_ref", "")))
    return from_settings(info.settings, secret or "")


# -- audio ------------------------------------------------------------------------------------


def answer_windows(
    steps: Sequence[dict[str, Any]], recordings: Sequence[RecordingInfo]
) -> list[Window]:
    """Each spoken question's answer window on Twilio's clock.

    Question 1 starts when the call was answered (the recording's start); the others when
    Twilio took their update. A window opens :data:`SLICE_LEAD` before the estimated end of
    the question's speech and closes when the next step began (or the recording ended).
    Twilio's time of an update is trusted when it agrees with our clock within
    :data:`CLOCK_TOLERANCE` (ours is late by up to one poll, and only relative to the
    answer).
    """
    timed = [r for r in recordings if r.start_time is not None]
    if not timed:
        return []
    origin = min(r.start_time for r in timed if r.start_time is not None)
    end = max(r.start_time + timedelta(seconds=r.duration) for r in timed if r.start_time)
    first_local = _time(steps[0].get("local")) if steps else None
    starts: list[datetime] = []
    for i, step in enumerate(steps):
        local = _time(step.get("local"))
        if local is None:
            break
        twilio = _time(step.get("tw"))
        ours = origin + (local - (first_local or local))  # our clock, relative to the answer
        if i == 0:
            starts.append(origin)
        elif twilio is not None and abs((twilio - ours).total_seconds()) <= CLOCK_TOLERANCE:
            starts.append(twilio)
        else:  # Twilio's time is missing or implausible: ours will do
            starts.append(ours)
    windows = []
    for i, begun in enumerate(starts):
        qid = steps[i].get("q")
        if qid is None:
            continue
        speech = float(steps[i].get("speech") or 0)
        start = begun + timedelta(seconds=max(0.0, speech - SLICE_LEAD))
        stop = min(starts[i + 1] if i + 1 < len(starts) else end, end)
        if (stop - begun).total_seconds() - speech >= MIN_ANSWER:  # had time to answer
            windows.append(Window(i, int(qid), start, stop))
    return windows


def slice_wav(data: bytes, spans: Sequence[tuple[float, float]]) -> list[bytes]:
    """Cut a PCM WAV into ``(start, end)`` second spans (clamped to the file)."""
    with wave.open(io.BytesIO(data), "rb") as source:
        params = source.getparams()
        frames = source.readframes(source.getnframes())
    rate, width = params.framerate, params.sampwidth * params.nchannels
    total = len(frames) // width
    out = []
    for start, end in spans:
        first = min(total, max(0, round(start * rate)))
        last = min(total, max(first, round(end * rate)))
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as target:
            target.setnchannels(params.nchannels)
            target.setsampwidth(params.sampwidth)
            target.setframerate(rate)
            target.writeframes(frames[first * width : last * width])
        out.append(buffer.getvalue())
    return out


def _overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> float:
    return max(0.0, (min(a[1], b[1]) - max(a[0], b[0])).total_seconds())


def _span(r: RecordingInfo) -> tuple[datetime, datetime]:
    start = r.start_time or datetime.min
    return start, start + timedelta(seconds=r.duration)


@dataclass
class _Answer:
    window: Window
    recording: RecordingInfo
    transcript: str = ""


def _assign(windows: Sequence[Window], recordings: Sequence[RecordingInfo]) -> list[_Answer]:
    """Each window with the recording that covers most of it."""
    timed = [r for r in recordings if r.start_time is not None]
    out: list[_Answer] = []
    if not timed:
        return out
    for w in windows:
        best = max(timed, key=lambda r: _overlap(_span(r), (w.start, w.end)))
        if _overlap(_span(best), (w.start, w.end)) >= MIN_ANSWER:
            out.append(_Answer(w, best))
    return out


class _Moved(Exception):
    """The call row changed under us (another worker advanced it)."""


# -- the driver -------------------------------------------------------------------------------


class CallDriver:
    """Advances every live robocall of a workspace by what has happened since last time."""

    def __init__(
        self,
        ctx: Context,
        *,
        clock: Callable[[], datetime] = utcnow,
        line: CallLine | None = None,
    ) -> None:
        self.ctx = ctx
        self.clock = clock
        self._interview = InterviewService(ctx)
        self._line = line
        self._owns_line = line is None

    def line(self) -> CallLine:
        if self._line is None:
            self._line = build_line(self.ctx)
        return self._line

    def reset(self) -> None:
        """Forget the provider (after the settings changed)."""
        if self._owns_line and self._line is not None:
            self._line.close()
            self._line = None

    close = reset

    # -- the pass ----------------------------------------------------------------------------

    def advance(self) -> int:
        """One look at every live call; returns how many of them changed."""
        changed = 0
        for call_id in self._due():
            try:
                changed += 1 if self._advance(call_id) else 0
            except ProviderError as exc:  # offline, rate limited...: the next pass retries
                self._note_error(call_id, exc.reason)
            except WorkspaceError as exc:
                log.warning("robocall %s: %s", call_id, exc)
                self._note_error(call_id, str(exc))
            except Exception as exc:  # a bug must not stop the other calls
                log.exception("robocall %s could not be advanced", call_id)
                self._note_error(call_id, f"unexpected error ({type(exc).__name__})")
        return changed

    def _due(self) -> list[int]:
        active = (
            DeliveryState.QUEUED.value,
            DeliveryState.SENDING.value,
            DeliveryState.SENT.value,
            DeliveryState.DELIVERED.value,
        )
        with self.ctx.transaction() as s:
            return list(
                s.scalars(
                    select(PhoneCall.id)
                    .join(Candidate, Candidate.id == PhoneCall.candidate_id)
                    .outerjoin(Message, Message.id == PhoneCall.message_id)
                    .where(
                        Candidate.company_id == self.ctx.company_id,
                        or_(
                            PhoneCall.status.in_(ACTIVE),
                            and_(  # a failed placement the recruiter retried
                                PhoneCall.status == FAILED,
                                PhoneCall.call_ref == "",
                                Message.state.in_(active),
                            ),
                        ),
                    )
                    .order_by(PhoneCall.id)
                )
            )

    def _load(self, call_id: int) -> tuple[_Call, Message | None]:
        with self.ctx.transaction() as s:
            row = s.get(PhoneCall, call_id)
            if row is None:
                raise NotFoundError(f"no robocall with id {call_id}")
            call = _Call(
                row.id,
                row.candidate_id,
                row.message_id,
                row.provider,
                row.address,
                row.call_ref,
                row.status,
                row.call_status,
                row.step,
                list(row.steps),
                row.answer_seconds,
                row.answers,
                row.transcript,
                row.error,
                row.answered_at,
                row.next_step_at,
                row.ended_at,
            )
            message = s.get(Message, row.message_id) if row.message_id is not None else None
            if message is not None:
                s.expunge(message)
            return call, message

    def _write(
        self,
        call: _Call,
        session: Session | None = None,
        *,
        step: int | None = None,
        status: str | None = None,
    ) -> bool:
        """Store ``call``; with ``step``/``status``, only if the row still has them."""
        values: dict[str, Any] = {name: getattr(call, name) for name in _Call.COLUMNS}
        values["updated_at"] = self.clock()
        statement = update(PhoneCall).where(PhoneCall.id == call.id).values(**values)
        if step is not None:
            statement = statement.where(PhoneCall.step == step)
        if status is not None:
            statement = statement.where(PhoneCall.status == status)
        if session is not None:
            return bool(session.execute(statement).rowcount)  # type: ignore[attr-defined]
        with self.ctx.transaction() as s:
            return bool(s.execute(statement).rowcount)  # type: ignore[attr-defined]

    def _note_error(self, call_id: int, reason: str) -> None:
        with self.ctx.transaction() as s:
            s.execute(update(PhoneCall).where(PhoneCall.id == call_id).values(error=reason[:1000]))

    def _note(self, candidate_id: int, text: str) -> None:
        """A bot note in the candidate's chat (never sent anywhere)."""
        with self.ctx.transaction() as s:
            s.add(
                Message(
                    candidate_id=candidate_id,
                    direction="out",
                    channel=Channel.INTERNAL.value,
                    kind=MessageKind.BOT.value,
                    body=text,
                    state=DeliveryState.DELIVERED.value,
                    created_at=self.clock(),
                )
            )

    def _advance(self, call_id: int) -> int:
        call, message = self._load(call_id)
        if call.status in ACTIVE:
            call.error = ""  # the last pass's trouble is over once this one gets through
        if call.status in (PLACING, FAILED):
            changed = self._placing(call, message)
            if call.status != RINGING:
                return changed
            return changed + self._drive(call)
        return self._drive(call)

    def _drive(self, call: _Call) -> int:
        if call.provider == SANDBOX:
            return self._sandbox(call)
        return self._twilio(call)

    def _placing(self, call: _Call, message: Message | None) -> int:
        before = call.status
        state = message.state if message is not None else DeliveryState.FAILED.value
        if state in (DeliveryState.QUEUED.value, DeliveryState.SENDING.value):
            if before == FAILED:  # the recruiter retried the message: wait for it again
                call.status, call.error = PLACING, ""
                return int(self._write(call, status=before))
            return 0
        if state == DeliveryState.FAILED.value:
            if before == FAILED:
                return 0
            reason = message.error if message is not None else "the message was deleted"
            call.status, call.error = FAILED, reason or "the call could not be placed"
            if not self._write(call, status=before):
                return 0
            self._note(call.candidate_id, f"The robocall could not be placed: {call.error}")
            return 1
        assert message is not None
        call.call_ref, call.status, call.error = message.provider_id, RINGING, ""
        placed = message.sent_at or self.clock()
        if call.provider == SANDBOX:
            call.current["row"] = int(message.provider_id.rsplit("-", 1)[-1])
            call.current["local"] = _iso(placed)
            call.next_step_at = placed + SANDBOX_RING
        if not self._write(call, status=before):
            call.status = before  # another worker took it: leave it to them
            return 0
        return 1

    # -- Twilio --------------------------------------------------------------------------------

    def _twilio(self, call: _Call) -> int:
        line = self.line()
        if call.status == ENDED:
            return self._finish_twilio(call, line)
        try:
            state = line.fetch(call.call_ref)
        except PermanentError as exc:  # Twilio does not know the call (any more)
            before, call.status, call.error = call.status, FAILED, exc.reason
            if self._write(call, status=before):
                self._note(call.candidate_id, f"The robocall could not be followed: {exc.reason}")
            return 1
        changed = int(state.status != call.call_status)
        call.call_status = state.status
        if state.status in LIVE_TWILIO:
            return int(self._write(call)) if changed else 0
        if state.status == "in-progress":
            return changed + self._live(call, line)
        now = self.clock()
        call.ended_at = now
        if call.status == RINGING and state.status != "completed":
            call.status = NOT_ANSWERED
            self._write(call)
            self._note(call.candidate_id, NOT_ANSWERED_NOTES.get(state.status, state.status))
            return 1
        if call.current.get("local") is None and call.step == 1:  # answered while unseen
            self._answered(call, now)
        call.status = ENDED
        self._write(call)
        return 1 + self._finish_twilio(call, line)

    def _live(self, call: _Call, line: CallLine) -> int:
        now = self.clock()
        changed = 0
        if call.status == RINGING:
            call.status = LIVE
            self._answered(call, now)
            call.next_step_at = now + timedelta(
                seconds=call.current["speech"] + call.answer_seconds
            )
            self._write(call)
            changed = 1
        if call.current.get("local") is None:  # chosen, but its update did not go through
            return changed + self._speak(call, line)
        if call.next_step_at is None or now < call.next_step_at:
            return changed
        if call.status == CLOSING:  # the closing was said long ago: end the call ourselves
            line.hang_up(call.call_ref)
            call.next_step_at = now + timedelta(seconds=CLOSING_GRACE)  # then look again
            self._write(call)
            return changed + 1
        before = call.step
        call.step, call.next_step_at = before + 1, None
        if not self._write(call, step=before):
            return changed  # another worker moved this call on
        return changed + self._speak(call, line)

    def _answered(self, call: _Call, now: datetime) -> None:
        """The call was picked up: question 1's step began; the bubble shows delivered."""
        call.answered_at = call.answered_at or now
        call.current["local"] = _iso(call.answered_at)
        with self.ctx.transaction() as s:
            inbound.apply_statuses(s, [StatusUpdate(call.call_ref, "delivered")])

    def _speak(self, call: _Call, line: CallLine) -> int:
        step = call.current
        hold = None if call.closing else call.answer_seconds + HOLD_GRACE
        state = line.say(call.call_ref, step["say"], hold)
        now = self.clock()
        step["local"], step["tw"] = _iso(now), _iso(state.updated_at)
        wait = CLOSING_GRACE if call.closing else call.answer_seconds
        call.status = CLOSING if call.closing else LIVE
        call.next_step_at = now + timedelta(seconds=step["speech"] + wait)
        self._write(call)
        return 1

    def _finish_twilio(self, call: _Call, line: CallLine) -> int:
        recordings = line.recordings(call.call_ref)
        if not recordings:
            if call.ended_at is not None and self.clock() - call.ended_at < RECORDING_WAIT:
                return 0
            return self._finish(call, [], note="Twilio has no recording of the call.")
        answers = _assign(answer_windows(call.steps, recordings), recordings)
        used = {a.recording.sid: a.recording for a in answers}
        media = {sid: line.download(r) for sid, r in used.items()}
        texts = {sid: line.transcription(sid) for sid in media}
        stored = self._store_audio(call, answers, media)
        whole = []
        for sid, text in texts.items():
            covering = [a for a in answers if a.recording.sid == sid]
            if len(covering) == 1:
                covering[0].transcript = text
            elif text:
                whole.append(text)
        call.transcript = "\n\n".join(whole)
        responses = [(a.window.question_id, path, a.transcript) for a, path in stored]
        note = f"Transcript of the robocall: {call.transcript}" if call.transcript else ""
        return self._finish(call, responses, note=note)

    def _store_audio(
        self, call: _Call, answers: Sequence[_Answer], media: dict[str, bytes]
    ) -> list[tuple[_Answer, str]]:
        folder = self.ctx.data_dir / RECORDINGS
        make_private_folder(folder)
        out = []
        for a in answers:
            begin = a.recording.start_time or a.window.start
            span = (
                (a.window.start - begin).total_seconds(),
                (a.window.end - begin).total_seconds(),
            )
            name = f"robocall-{call.id}-q{a.window.index + 1}.wav"
            try:
                [audio] = slice_wav(media[a.recording.sid], [span])
            except (wave.Error, EOFError):  # not PCM WAV: keep the whole recording instead
                name, audio = f"robocall-{call.id}-{a.recording.sid}.wav", media[a.recording.sid]
            with open_private(folder / name) as file:
                file.write(audio)
            out.append((a, f"{RECORDINGS}/{name}"))
        return out

    def _finish(
        self, call: _Call, responses: Sequence[tuple[int, str, str]], *, note: str = ""
    ) -> int:
        """Store the answers, close the call, complete the interview when all came in."""
        stored = 0
        for question_id, audio, transcript in responses:
            try:
                self._interview.record(
                    call.candidate_id, question_id, audio_path=audio, transcript=transcript
                )
                stored += 1
            except NotFoundError:  # the interview was edited during the call
                log.warning("robocall %s: question %s is gone", call.id, question_id)
        return self._close(call, stored, note)

    def _close(self, call: _Call, answers: int, note: str) -> int:
        before = call.status
        call.status, call.answers, call.next_step_at = DONE, answers, None
        call.ended_at = call.ended_at or self.clock()
        if not self._write(call, status=before):
            return 0
        complete = answers >= call.questions
        summary = (
            f"Robocall finished: all {call.questions} questions answered."
            if complete
            else f"The robocall ended after {answers} of {call.questions} answers."
        )
        self._note(call.candidate_id, f"{summary} {note}".strip())
        if complete:
            from talkpush_desktop.engine.interview import bot as interview

            self._interview.complete(call.candidate_id)
            interview.send_template(self.ctx, [call.candidate_id], "completion")
        return 1

    # -- the sandbox ---------------------------------------------------------------------------

    def _sandbox(self, call: _Call) -> int:
        if call.status == CLOSING:  # the closing was said; the call was not closed yet
            return self._close(call, call.answers, "")
        changed = 0
        while call.status in (RINGING, LIVE):
            with self.ctx.transaction() as s:
                heard = sandbox_calls.heard_after(s, call.address, int(call.current["row"]))
            if heard is None:
                return changed + self._sandbox_timeout(call)
            if heard.hung_up:
                return changed + self._sandbox_over(call, "busy")
            try:
                changed += self._sandbox_answer(call, heard)
            except _Moved:  # another worker took this answer
                return changed
        return changed

    def _sandbox_answer(self, call: _Call, heard: sandbox_calls.Heard) -> int:
        if call.status == RINGING:
            call.status, call.answered_at = LIVE, heard.at
        question = call.current["q"]
        try:
            self._interview.record(call.candidate_id, int(question), transcript=heard.text)
            call.answers += 1
        except NotFoundError:
            log.warning("robocall %s: question %s is gone", call.id, question)
        before = call.step
        call.step = before + 1
        now = self.clock()
        nxt = call.current
        with self.ctx.transaction() as s:
            script = PART_BREAK.join(nxt["say"])
            nxt["row"] = sandbox_calls.speak(s, call.address, script, now, ended=call.closing)
            nxt["local"] = _iso(now)
            call.next_step_at = None if call.closing else now + SANDBOX_ANSWER
            if call.closing:
                call.status, call.call_status = CLOSING, "completed"
            if not self._write(call, s, step=before):
                raise _Moved  # rolls the spoken step back
        if call.closing:
            return 1 + self._close(call, call.answers, "")
        return 1

    def _sandbox_timeout(self, call: _Call) -> int:
        if call.next_step_at is None or self.clock() < call.next_step_at:
            return 0
        with self.ctx.transaction() as s:
            ended = "(missed call)" if call.status == RINGING else "(the call ended: no answer)"
            sandbox_calls.speak(s, call.address, ended, self.clock(), ended=True)
        return self._sandbox_over(call, "no-answer")

    def _sandbox_over(self, call: _Call, status: str) -> int:
        call.ended_at = self.clock()
        if call.status == RINGING:
            call.status, call.call_status = NOT_ANSWERED, status
            self._write(call)
            self._note(call.candidate_id, NOT_ANSWERED_NOTES[status])
            return 1
        call.call_status = "completed"
        return self._close(call, call.answers, "")


def advance(ctx: Context, *, clock: Callable[[], datetime] = utcnow) -> int:
    """One pass over the live robocalls with a driver of its own (the CLI's ``sync``)."""
    driver = CallDriver(ctx, clock=clock)
    try:
        return driver.advance()
    finally:
        driver.close()
