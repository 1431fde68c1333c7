"""Company campaign calls on the sandbox's simulated phone (demos and tests).

A call is a run of ``voice`` rows at the lead's number, as robocalls are
(:mod:`engine.interview.sandbox_calls`): each step the call says is a row to the lead
(subject :data:`CAMPAIGN_CALL`, so the answers stay the dialer's and never become chat
replies), each answer typed or keyed in the simulator or with ``talkpush-desktop sandbox
answer`` a row from the lead. ``sandbox calls ADDRESS`` lists them.

Placing writes the first step in the same transaction that stores the call's id with the
attempt, so a sandbox call is never in doubt. :func:`advance` moves a call on by what the
phone heard: the next question (IVR) or turn (AI call), the closing once all is answered
or the lead pressed 9, "no answer" once nobody answered for ``ring`` (then the dialer
retries), "busy" when the lead declined it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.interview import sandbox_calls
from talkpush_desktop.engine.outbound.dialer import ai_call, ivr
from talkpush_desktop.engine.outbound.dialer.call_outcomes import (
    BUSY,
    NO_ANSWER_OUTCOME,
    Reply,
    read_reply,
)
from talkpush_desktop.engine.outbound.vocab import ANSWERED
from talkpush_desktop.engine.providers.sandbox import CAMPAIGN_CALL, FROM_CANDIDATE, TO_CANDIDATE
from talkpush_desktop.storage.models import SandboxMessage

PREFIX = "sandbox-call-"
RING = timedelta(seconds=60)
MISSED = "(missed call)"
AI_CALL = "AICall"


@dataclass(frozen=True, slots=True)
class CallPlan:
    """What a campaign's call says: its IVR script, or its AI call's script (the
    conversation engine's name, and the speech language, "" for Twilio's default)."""

    call_type: str
    script: ivr.IvrScript
    ai: ai_call.AiCall
    engine: str = "scripted"
    language: str = ""

    def for_lead(self, first_name: str) -> CallPlan:
        """The plan of one lead's call: the AI call knows the lead's first name (its
        ``{first_name}``; "there" when the lead has none)."""
        if self.call_type != AI_CALL or first_name == self.ai.first_name:
            return self
        return replace(self, ai=replace(self.ai, first_name=first_name))


@dataclass(frozen=True, slots=True)
class Ended:
    """How a sandbox call ended."""

    outcome: str
    reply: Reply
    digits: str
    ended_at: datetime


def first_step(plan: CallPlan) -> tuple[str, bool]:
    """The first words of the call, and whether the call ends with them."""
    if plan.call_type == AI_CALL:
        _call, turn = ai_call.first_turn(plan.engine, plan.ai)
        return turn.say, turn.end
    return ivr.sandbox_step(plan.script, 0), not plan.script.questions


def place(session: Session, address: str, plan: CallPlan, now: datetime) -> str:
    """Ring the simulated phone at ``address``: its first step; returns the call's id
    (``plan`` is the lead's, :meth:`CallPlan.for_lead`)."""
    text, _end = first_step(plan)
    row = sandbox_calls.speak(session, address, text, now, ended=False, subject=CAMPAIGN_CALL)
    return f"{PREFIX}{row}"


def _rows(session: Session, address: str, first: int) -> list[SandboxMessage]:
    return list(
        session.scalars(
            select(SandboxMessage)
            .where(
                SandboxMessage.address == address,
                SandboxMessage.channel == sandbox_calls.VOICE,
                SandboxMessage.id >= first,
            )
            .order_by(SandboxMessage.id)
        )
    )


def _reply(plan: CallPlan, answers: list[str]) -> Reply:
    heard = [
        ivr.Gathered(i, a, "") if sandbox_calls.is_digits(a) else ivr.Gathered(i, "", a)
        for i, a in enumerate(answers)
    ]
    if plan.call_type == AI_CALL:
        replies = [read_reply(g.digits, g.speech) for g in heard]
        stop = next((r for r in replies if r.do_not_call), None)
        return stop or next((r for r in replies if r.bucket is not None), Reply(None))
    return ivr.reply_of(plan.script, heard)


def _history(plan: CallPlan, rows: list[SandboxMessage]) -> ai_call.AiCall:
    call = plan.ai
    for row in rows:
        if row.direction == TO_CANDIDATE:
            call = call.saying(row.body)
        else:
            call = call.hearing(row.body)
    return call


def _say(session: Session, address: str, text: str, now: datetime, *, end: bool) -> None:
    sandbox_calls.speak(session, address, text, now, ended=end, subject=CAMPAIGN_CALL)


def _ended(plan: CallPlan, answers: list[str], outcome: str, now: datetime) -> Ended:
    digits = "".join(a for a in answers if sandbox_calls.is_digits(a))[:64]
    return Ended(outcome, _reply(plan, answers), digits, now)


def advance(
    session: Session,
    sid: str,
    address: str,
    plan: CallPlan,
    now: datetime,
    *,
    ring: timedelta = RING,
) -> Ended | None:
    """Move the call ``sid`` on; returns how it ended, or None while it goes on."""
    rows = _rows(session, address, int(sid.removeprefix(PREFIX)))
    answers = [r.body for r in rows if r.direction == FROM_CANDIDATE]
    if not rows:
        return _ended(plan, answers, NO_ANSWER_OUTCOME, now)
    last = rows[-1]
    if last.direction == TO_CANDIDATE and last.subject == sandbox_calls.ENDED:
        if last.body == sandbox_calls.HUNG_UP and not answers:
            return _ended(plan, answers, BUSY, now)
        return _ended(plan, answers, ANSWERED if answers else NO_ANSWER_OUTCOME, now)
    if last.direction == TO_CANDIDATE:
        if now - last.created_at < ring:
            return None
        if not answers:
            _say(session, address, MISSED, now, end=True)
            return _ended(plan, answers, NO_ANSWER_OUTCOME, now)
        _say(session, address, plan.script.closing or "Goodbye.", now, end=True)
        return _ended(plan, answers, ANSWERED, now)
    if plan.call_type == AI_CALL:
        _call, turn = ai_call.take_turn(
            ai_call.engine(plan.engine), _history(plan, rows[:-1]), answers[-1]
        )
        _say(session, address, turn.say, now, end=turn.end)
        if not turn.end:
            return None
        result = _ended(plan, answers, ANSWERED, now)
        return Ended(result.outcome, turn.reply, result.digits, now)
    step = len(answers)
    last_step = len(plan.script.questions)
    if _reply(plan, answers).do_not_call or step >= last_step:
        _say(session, address, ivr.sandbox_step(plan.script, last_step), now, end=True)
        return _ended(plan, answers, ANSWERED, now)
    _say(session, address, ivr.sandbox_step(plan.script, step), now, end=False)
    return None
