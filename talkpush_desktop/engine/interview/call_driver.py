"""The robocall driver: one pass over the live calls moves each on by what happened since
the last (placed, answered, the next question said, hung up, the recording sliced into
answers); on the sandbox, by what the simulated phone heard. See
:mod:`engine.interview.phone` for the whole design.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, WorkspaceError
from talkpush_desktop.engine.interview import sandbox_calls
from talkpush_desktop.engine.interview.call_audio import answer_windows, assign, store_slices
from talkpush_desktop.engine.interview.call_line import CallLine, build_line
from talkpush_desktop.engine.interview.call_script import (
    ACTIVE,
    CLOSING,
    DONE,
    ENDED,
    FAILED,
    LIVE,
    NOT_ANSWERED,
    PLACING,
    RINGING,
    SANDBOX,
    LiveCall,
    due_calls,
    iso,
    load_call,
)
from talkpush_desktop.engine.interview.service import InterviewService
from talkpush_desktop.engine.messaging import inbound
from talkpush_desktop.engine.providers.base import PermanentError, ProviderError, StatusUpdate
from talkpush_desktop.engine.providers.twilio_voice import HOLD_GRACE, PART_BREAK
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Channel, DeliveryState, Message, MessageKind, PhoneCall

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

log = logging.getLogger(__name__)

CLOSING_GRACE = 20
"""Seconds after the closing's estimated end before a still-open call is hung up."""
RECORDING_WAIT = timedelta(minutes=15)
SANDBOX_RING = timedelta(minutes=15)
SANDBOX_ANSWER = timedelta(minutes=15)
LIVE_TWILIO = ("queued", "initiated", "ringing")
NOT_ANSWERED_NOTES = {
    "no-answer": "The robocall was not answered.",
    "busy": "The robocall got a busy line (or the candidate declined it).",
    "failed": "The robocall could not be connected.",
    "canceled": "The robocall was canceled before it was answered.",
}


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
        with self.ctx.transaction() as s:
            due = due_calls(s, self.ctx.company_id)
        for call_id in due:
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

    def _write(
        self,
        call: LiveCall,
        session: Session | None = None,
        *,
        step: int | None = None,
        status: str | None = None,
    ) -> bool:
        """Store ``call``; with ``step``/``status``, only if the row still has them."""
        values: dict[str, Any] = {name: getattr(call, name) for name in LiveCall.COLUMNS}
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
        with self.ctx.transaction() as s:
            call, message = load_call(s, call_id)
        if call.status in ACTIVE:
            call.error = ""  # the last pass's trouble is over once this one gets through
        if call.status in (PLACING, FAILED):
            changed = self._placing(call, message)
            if call.status != RINGING:
                return changed
            return changed + self._drive(call)
        return self._drive(call)

    def _drive(self, call: LiveCall) -> int:
        if call.provider == SANDBOX:
            return self._sandbox(call)
        return self._twilio(call)

    def _placing(self, call: LiveCall, message: Message | None) -> int:
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
            call.current["local"] = iso(placed)
            call.next_step_at = placed + SANDBOX_RING
        if not self._write(call, status=before):
            call.status = before  # another worker took it: leave it to them
            return 0
        return 1

    # -- Twilio --------------------------------------------------------------------------------

    def _twilio(self, call: LiveCall) -> int:
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

    def _live(self, call: LiveCall, line: CallLine) -> int:
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

    def _answered(self, call: LiveCall, now: datetime) -> None:
        """The call was picked up: question 1's step began; the bubble shows delivered."""
        call.answered_at = call.answered_at or now
        call.current["local"] = iso(call.answered_at)
        with self.ctx.transaction() as s:
            inbound.apply_statuses(
                s, self.ctx.company_id, [StatusUpdate(call.call_ref, "delivered")]
            )

    def _speak(self, call: LiveCall, line: CallLine) -> int:
        step = call.current
        hold = None if call.closing else call.answer_seconds + HOLD_GRACE
        state = line.say(call.call_ref, step["say"], hold)
        now = self.clock()
        step["local"], step["tw"] = iso(now), iso(state.updated_at)
        wait = CLOSING_GRACE if call.closing else call.answer_seconds
        call.status = CLOSING if call.closing else LIVE
        call.next_step_at = now + timedelta(seconds=step["speech"] + wait)
        self._write(call)
        return 1

    def _finish_twilio(self, call: LiveCall, line: CallLine) -> int:
        recordings = line.recordings(call.call_ref)
        if not recordings:
            if call.ended_at is not None and self.clock() - call.ended_at < RECORDING_WAIT:
                return 0
            return self._finish(call, [], note="Twilio has no recording of the call.")
        answers = assign(answer_windows(call.steps, recordings), recordings)
        used = {a.recording.sid: a.recording for a in answers}
        media = {sid: line.download(r) for sid, r in used.items()}
        texts = {sid: line.transcription(sid) for sid in media}
        stored = store_slices(self.ctx.data_dir, call.id, answers, media)
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

    def _finish(
        self, call: LiveCall, responses: Sequence[tuple[int, str, str]], *, note: str = ""
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

    def _close(self, call: LiveCall, answers: int, note: str) -> int:
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

    def _sandbox(self, call: LiveCall) -> int:
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

    def _sandbox_answer(self, call: LiveCall, heard: sandbox_calls.Heard) -> int:
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
            nxt["local"] = iso(now)
            call.next_step_at = None if call.closing else now + SANDBOX_ANSWER
            if call.closing:
                call.status, call.call_status = CLOSING, "completed"
            if not self._write(call, s, step=before):
                raise _Moved  # rolls the spoken step back
        if call.closing:
            return 1 + self._close(call, call.answers, "")
        return 1

    def _sandbox_timeout(self, call: LiveCall) -> int:
        if call.next_step_at is None or self.clock() < call.next_step_at:
            return 0
        with self.ctx.transaction() as s:
            ended = "(missed call)" if call.status == RINGING else "(the call ended: no answer)"
            sandbox_calls.speak(s, call.address, ended, self.clock(), ended=True)
        return self._sandbox_over(call, "no-answer")

    def _sandbox_over(self, call: LiveCall, status: str) -> int:
        call.ended_at = self.clock()
        if call.status == RINGING:
            call.status, call.call_status = NOT_ANSWERED, status
            self._write(call)
            self._note(call.candidate_id, NOT_ANSWERED_NOTES[status])
            return 1
        call.call_status = "completed"
        return self._close(call, call.answers, "")
