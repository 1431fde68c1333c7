"""AI calls (``callType: AICall``): a turn-by-turn conversation driven by the campaign's
``aiCallScript`` through a pluggable conversation engine.

**The interface.** A :class:`ConversationEngine` is asked for the agent's next turn given
the call so far::

    turn = engine.next_turn(call, heard)

- ``call`` (:class:`AiCall`) is everything the engine may use: the campaign's purpose,
  script, opening and closing messages, the lead's first name, and the ``history`` of
  turns (``Turn(speaker, text)``, ``"agent"`` or ``"lead"``, oldest first);
- ``heard`` is what the lead just said (speech-to-text, or keys pressed), "" for the first
  turn and after a silence;
- the answer (:class:`AgentTurn`) is what to say next, whether the call ends after it, and
  the lead's reply as understood so far (:class:`~.call_outcomes.Reply`: ``Interested`` /
  ``NotInterested`` / none, and ``do_not_call`` when they asked never to be called).

An engine keeps no state of its own between turns: the history is stored with the attempt,
so a call survives a restart of the worker and any engine can pick it up. It must answer
within the provider's patience (a few seconds) and never raise for what a lead says; an
exception ends the call with the closing message. A model-backed engine (an LLM prompted
with the script and the history, asked for JSON ``{say, end, bucket, do_not_call}``)
implements the same method; register it with :func:`register` under a name and set the
campaign's engine to that name.

**The default** (:class:`ScriptedConversation`, ``"scripted"``) follows the script line by
line: each non-empty line is one agent turn; a line ending in ``?`` waits for the lead's
answer, which :func:`~.call_outcomes.read_reply` reads (1/yes, 2/no, 9/stop); "stop" at
any point ends the call politely and puts the number on the do-not-call list. A silence
after a question asks it once more; a second silence ends the call (the script's last
lines and the closing message). After the last line the closing message is said and the
call ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.outbound.dialer.call_outcomes import Reply, read_reply

log = logging.getLogger(__name__)
Speaker = Literal["agent", "lead"]
GOODBYE = "Thank you. Goodbye."
STOP_GOODBYE = "Understood. We will not call you again. Goodbye."
MAX_TURNS = 40
"""A conversation longer than this ends with the closing message (a loop guard)."""


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: Speaker
    text: str


@dataclass(frozen=True, slots=True)
class AiCall:
    """What a conversation engine may know of the call."""

    purpose: str
    script: str
    opening: str = ""
    closing: str = ""
    first_name: str = ""
    history: tuple[Turn, ...] = field(default_factory=tuple)

    def hearing(self, heard: str) -> AiCall:
        """The call with the lead's words appended (when there are any)."""
        if not heard.strip():
            return self
        return replace(self, history=(*self.history, Turn("lead", heard.strip())))

    def saying(self, text: str) -> AiCall:
        return replace(self, history=(*self.history, Turn("agent", text)))


@dataclass(frozen=True, slots=True)
class AgentTurn:
    """The agent's next words, whether the call ends after them, and the reply so far."""

    say: str
    end: bool = False
    reply: Reply = field(default_factory=lambda: Reply(None))


class ConversationEngine(Protocol):
    """Decides the agent's next turn (see the module's documentation)."""

    name: str

    def next_turn(self, call: AiCall, heard: str) -> AgentTurn: ...


def script_lines(call: AiCall) -> list[str]:
    """The agent's lines: the opening, the script's non-empty lines, with ``{first_name}``
    filled in."""
    lines = [call.opening, *call.script.splitlines()]
    name = call.first_name or "there"
    return [line.strip().replace("{first_name}", name) for line in lines if line.strip()]


def script_chunks(call: AiCall) -> list[str]:
    """The agent's turns: the lines up to and including each question, then the rest with
    the closing message."""
    chunks: list[str] = []
    turn: list[str] = []
    for line in script_lines(call):
        turn.append(line)
        if line.endswith("?"):
            chunks.append(" ".join(turn))
            turn = []
    chunks.append(" ".join([*turn, call.closing or GOODBYE]))
    return chunks


class ScriptedConversation:
    """The rule-based default: the script's lines in order, waiting after each question."""

    name = "scripted"

    def next_turn(self, call: AiCall, heard: str) -> AgentTurn:
        reply = _reply_so_far(call, heard)
        if reply.do_not_call:
            return AgentTurn(STOP_GOODBYE, end=True, reply=reply)
        chunks = script_chunks(call)
        said = [t.text for t in call.history if t.speaker == "agent"]
        repeats = [i for i in range(1, len(said)) if said[i] == said[i - 1]]
        position = len(said) - len(repeats)
        if len(said) >= MAX_TURNS or position >= len(chunks):
            return AgentTurn(chunks[-1], end=True, reply=reply)
        last_was_repeat = bool(repeats) and repeats[-1] == len(said) - 1
        if said and not heard.strip() and said[-1].endswith("?"):
            if last_was_repeat:  # silent twice: the script's last words and goodbye
                return AgentTurn(chunks[-1], end=True, reply=reply)
            return AgentTurn(said[-1], reply=reply)  # a silence: ask once more
        return AgentTurn(chunks[position], end=position == len(chunks) - 1, reply=reply)


def _reply_so_far(call: AiCall, heard: str) -> Reply:
    said = [t.text for t in call.history if t.speaker == "lead"]
    if heard.strip():
        said.append(heard.strip())
    replies = [read_reply(s, s) if s.strip()[:1].isdigit() else read_reply("", s) for s in said]
    stop = next((r for r in replies if r.do_not_call), None)
    if stop is not None:
        return stop
    return next((r for r in reversed(replies) if r.bucket is not None), Reply(None))


_ENGINES: dict[str, Callable[[], ConversationEngine]] = {"scripted": ScriptedConversation}


def register(name: str, factory: Callable[[], ConversationEngine]) -> None:
    """Make a conversation engine available to campaigns under ``name``."""
    _ENGINES[name] = factory


def engine(name: str = "scripted") -> ConversationEngine:
    factory = _ENGINES.get(name or "scripted")
    if factory is None:
        raise ValidationError(f"AI call: no conversation engine named {name!r}")
    return factory()


def take_turn(
    conversation: ConversationEngine, call: AiCall, heard: str
) -> tuple[AiCall, AgentTurn]:
    """One turn of a call: the lead's words ``heard`` ("" for the first turn and after a
    silence) added to the history, the engine's answer asked and added after them. An
    engine that raises ends the call with the closing message (the reply read from what
    the lead said, by the default rule). The sandbox, Twilio's ``<Gather>`` route and
    :func:`run_turns` all take their turns here."""
    call = call.hearing(heard)
    try:
        turn = conversation.next_turn(call, heard)
    except Exception:
        log.exception("conversation engine %r failed; the call ends", conversation.name)
        turn = AgentTurn(call.closing or GOODBYE, end=True, reply=_reply_so_far(call, ""))
    return call.saying(turn.say), turn


def first_turn(name: str, call: AiCall) -> tuple[AiCall, AgentTurn]:
    """The agent's first words on ``call`` with the engine named ``name``."""
    return take_turn(engine(name), call, "")


def run_turns(
    conversation: ConversationEngine, call: AiCall, answers: Sequence[str]
) -> tuple[AiCall, AgentTurn]:
    """Play a whole call against ``answers`` (what the lead says after each turn, in
    order; missing ones are silences); returns the call with its history and the last
    turn. Tests use it; a live call takes one turn per answer heard."""
    heard = ""
    pending = list(answers)
    for _turn in range(MAX_TURNS + 1):
        call, turn = take_turn(conversation, call, heard)
        if turn.end:
            return call, turn
        heard = pending.pop(0) if pending else ""
    return call, AgentTurn(call.closing, end=True, reply=turn.reply)
