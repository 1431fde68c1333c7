"""AI calls on Twilio, turn by turn (``callType: AICall`` with the workspace's public URL).

**The call.** It is placed with the agent's first turn (the conversation engine's answer to
"" on an empty history) said inside ``<Gather input="dtmf speech" speechTimeout="auto">``
whose ``action`` is the server's ``POST /v1/voice/dialer/gather?attempt=KEY&step=0``
(:mod:`api.voice`). Twilio posts what it heard there (``SpeechResult`` or ``Digits``;
nothing after a silence, ``actionOnEmptyResult``); :func:`answer` hands it to the engine
with the history stored so far (:func:`ai_call.take_turn`, the path the sandbox's calls
take too) and the answer is the next turn's TwiML (:func:`turn_twiml`): its ``<Say>``
inside the next ``<Gather>`` (``step=N+1``), or, when the engine ends the call, the last
words and ``<Hangup/>``. A silence is heard as "": the default engine asks once more, then
closes.

**Kept with the attempt.** The turns said and heard are stored on ``call_attempts.turns``
(the first one before the call is placed), and ``digits`` holds the key that means the
lead's reply so far (1 interested, 2 not, 9 never call again), so a restart of the worker
or the server continues the call where it was, and the call's end (the dialer's poll of
the call status) lands the reply on the lead exactly as an IVR key or a sandbox call does
(:func:`attempts.finish`). ``step`` makes a post Twilio repeats harmless: the turn already
answered is said again, nothing is asked of the engine twice.

**Without a public URL** nothing can receive the lead's words: the call says the opening,
the script and the closing in one document and is judged by whether it was answered
(:func:`one_document`); docs/company-campaigns.md says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from twilio.twiml.voice_response import VoiceResponse

from talkpush_desktop.engine.outbound.dialer import ai_call, ivr
from talkpush_desktop.storage.models import CallAttempt, table_of

Rows = list[dict[str, Any]]


def stored(call: ai_call.AiCall, end: bool) -> Rows:
    """The call's history as kept on the attempt (``end`` marks the agent's last turn)."""
    rows: Rows = [{"speaker": t.speaker, "text": t.text} for t in call.history]
    if end and rows:
        rows[-1]["end"] = True
    return rows


def restored(call: ai_call.AiCall, rows: Sequence[Any]) -> ai_call.AiCall:
    """``call`` (the campaign's, with no history) with the stored turns as its history."""
    turns = tuple(
        ai_call.Turn("lead" if r.get("speaker") == "lead" else "agent", str(r.get("text", "")))
        for r in rows
        if isinstance(r, Mapping)
    )
    return replace(call, history=turns)


def begin(session: Session, first: Mapping[int, Rows]) -> None:
    """Store each attempt's first turn (by attempt id, each with its lead's first name)
    on the attempts about to be dialled, before any request."""
    if first:
        attempts = table_of(CallAttempt)
        session.execute(
            update(attempts)
            .where(attempts.c.id == bindparam("attempt"))
            .values(turns=bindparam("said")),
            [{"attempt": attempt, "said": rows} for attempt, rows in first.items()],
        )


def heard(params: Mapping[str, str]) -> str:
    """What the lead said (``SpeechResult``), else the keys pressed; "" for a silence."""
    said = ivr.gathered(params, 0)
    return said.speech or said.digits


@dataclass(frozen=True, slots=True)
class Next:
    """The agent's next turn: its words, whether the call ends, the step of its Gather,
    and what to store (``rows`` None: nothing new, a post Twilio repeated)."""

    say: str
    end: bool
    step: int
    rows: Rows | None = None
    key: str = ""


def answer(
    call: ai_call.AiCall, engine_name: str, rows: Sequence[Any] | None, step: int, said: str
) -> Next:
    """The turn that answers what step ``step``'s Gather heard (``said``) on the call whose
    stored turns are ``rows`` (``call`` is the campaign's, without history)."""
    history = list(rows or [])
    if not history:  # placed before its first turn was stored: the engine says it again
        first, turn = ai_call.first_turn(engine_name, call)
        history = stored(first, turn.end)
    agent = [r for r in history if isinstance(r, Mapping) and r.get("speaker") == "agent"]
    if step + 1 < len(agent):  # answered already: the same turn again
        again = agent[step + 1]
        return Next(str(again.get("text", "")), bool(again.get("end")), step + 1)
    if agent and agent[-1].get("end"):  # the call has ended: nothing more to say
        return Next(call.closing or ai_call.GOODBYE, True, step + 1)
    done, turn = ai_call.take_turn(ai_call.engine(engine_name), restored(call, history), said)
    return Next(turn.say, turn.end, len(agent), stored(done, turn.end), turn.reply.key)


def turn_twiml(say: str, end: bool, action: str, language: str = "") -> str:
    """A turn's TwiML: ``say`` inside a speech-or-keys ``<Gather>`` posting to ``action``,
    or, when the call ends (or there is nowhere to post), ``say`` and ``<Hangup/>``."""
    response = VoiceResponse()
    voice: dict[str, Any] = {"language": language} if language else {}
    if end or not action:
        response.say(say, **voice)
        response.hangup()
        return ivr.checked(response)
    gather = response.gather(
        input=ivr.BOTH,
        action=action,
        method="POST",
        timeout=ivr.GATHER_SECONDS,
        speech_timeout="auto",
        num_digits=1,
        action_on_empty_result=True,
        **voice,
    )
    gather.say(say, **voice)
    return ivr.checked(response)


def one_document(call: ai_call.AiCall, purpose: str) -> str:
    """The whole call in one document (no public URL): the script's lines, the closing."""
    lines = " ".join(ai_call.script_lines(call))
    return ivr.call_twiml(ivr.IvrScript(purpose, lines, (), call.closing))
