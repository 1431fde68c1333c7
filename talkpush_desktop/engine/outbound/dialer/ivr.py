"""IVR calls of company campaigns: the script, its TwiML, and what the lead's keys mean.

An IVR call is the campaign's opening message (text-to-speech ``<Say>``), its questions
(each a ``<Gather>`` of keypad digits, speech, or both) and its closing message. For
``INTEREST_CHECK`` the first question is the interest question itself, said right after
the opening: "press 1 if you are interested, 2 if not, 9 never to be called again"
(:mod:`.call_outcomes` reads the keys).

**Where the keys go.** A ``<Gather>`` hands what it heard to its ``action`` URL and takes
the TwiML that URL answers as the rest of the call. The dialer gives it the workspace's
public URL when one is set (``.../v1/voice/dialer/gather?attempt=KEY&step=N``), and
:func:`step_twiml` is what that route answers with: step ``N+1``'s document. Without a
public URL nothing can receive the keys (a desktop has no address Twilio can reach):
:func:`call_twiml` then speaks the whole script in one document with no ``<Gather>`` and
the call is judged by whether it was answered (:mod:`.call_outcomes`). The sandbox phone
plays the same script, one step per row, answered by typing digits or words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from twilio.twiml.voice_response import VoiceResponse

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.outbound.dialer.call_outcomes import Reply, read_reply
from talkpush_desktop.engine.outbound.vocab import INTEREST_CHECK

TWIML_LIMIT = 4000
"""Twilio refuses inline TwiML (Calls ``Twiml``) longer than this."""
DTMF, SPEECH, BOTH = "dtmf", "speech", "dtmf speech"
INPUTS = {"dtmf": DTMF, "keypad": DTMF, "speech": SPEECH, "both": BOTH, "dtmf speech": BOTH}
INTEREST_PROMPT = (
    "If you are interested, press 1. If you are not interested, press 2. "
    "To never be called again, press 9."
)
GATHER_SECONDS = 8
GATHER_ROUTE = "/v1/voice/dialer/gather"
PART_BREAK = "\n\n"


@dataclass(frozen=True, slots=True)
class Question:
    """One IVR question: what is said and how the lead answers (``dtmf``, ``speech``...)."""

    text: str
    input: str = DTMF


@dataclass(frozen=True, slots=True)
class IvrScript:
    """A campaign's call, step by step: step ``k`` asks ``questions[k]`` (step 0 after the
    opening); step ``len(questions)`` is the closing."""

    purpose: str
    opening: str
    questions: tuple[Question, ...]
    closing: str

    @property
    def steps(self) -> int:
        return len(self.questions) + 1


def _question(raw: Any) -> Question:
    if isinstance(raw, str):
        return Question(raw.strip())
    if isinstance(raw, Mapping):
        text = str(raw.get("text") or raw.get("question") or "").strip()
        kind = str(raw.get("input") or raw.get("type") or DTMF).strip().lower()
        if kind not in INPUTS:
            raise ValidationError(f"questions: input {kind!r} is not one of dtmf, speech, both")
        return Question(text, INPUTS[kind])
    raise ValidationError("questions: each question is a text or {text, input}")


def script_for(
    purpose: str, opening: str, closing: str, questions: Sequence[Any] = ()
) -> IvrScript:
    """The IVR script of a campaign (its purpose, messages and ``questions`` list)."""
    asked = tuple(q for q in map(_question, questions) if q.text)
    if purpose == INTEREST_CHECK:
        asked = (Question(INTEREST_PROMPT, DTMF), *asked)
    return IvrScript(purpose, opening.strip(), asked, closing.strip())


def action_url(public_url: str, attempt_key: str, step: int) -> str:
    """Where step ``step``'s ``<Gather>`` posts what it heard ("" without a public URL)."""
    if not public_url:
        return ""
    query = urlencode({"attempt": attempt_key, "step": step})
    return f"{public_url.rstrip('/')}{GATHER_ROUTE}?{query}"


def _gather(response: VoiceResponse, question: Question, action: str) -> None:
    options: dict[str, Any] = {"input": question.input, "timeout": GATHER_SECONDS}
    if question.input == DTMF:
        options["num_digits"] = 1
    if question.input != DTMF:
        options["speech_timeout"] = "auto"
    gather = response.gather(action=action, method="POST", action_on_empty_result=True, **options)
    gather.say(question.text)


def checked(response: VoiceResponse) -> str:
    text = str(response)
    if len(text) > TWIML_LIMIT:
        raise ValidationError(
            f"the call's script is {len(text):,} characters of TwiML; Twilio takes at most "
            f"{TWIML_LIMIT:,}: shorten the messages or questions"
        )
    return text


def step_twiml(script: IvrScript, step: int, action: str) -> str:
    """The TwiML of ``step``: its question's ``<Gather>`` posting to ``action`` (step 0
    starts with the opening), or the closing and ``<Hangup/>`` after the last question."""
    response = VoiceResponse()
    if step == 0 and script.opening:
        response.say(script.opening)
    if step < len(script.questions):
        _gather(response, script.questions[step], action)
    else:
        if script.closing:
            response.say(script.closing)
        response.hangup()
    return checked(response)


def call_twiml(script: IvrScript, public_url: str = "", attempt_key: str = "") -> str:
    """The document the call is placed with: step 0 (its keys go to the public URL), or,
    with no public URL, the whole script said in one go."""
    if public_url:
        return step_twiml(script, 0, action_url(public_url, attempt_key, 0))
    response = VoiceResponse()
    for part in spoken_parts(script):
        response.say(part)
        response.pause(length=1)
    response.hangup()
    return checked(response)


def spoken_parts(script: IvrScript) -> list[str]:
    """Every text of the call in order (opening, questions, closing)."""
    parts = [script.opening, *(q.text for q in script.questions), script.closing]
    return [p for p in parts if p]


def sandbox_step(script: IvrScript, step: int) -> str:
    """What the simulated phone shows for ``step`` (the opening joins step 0)."""
    if step >= len(script.questions):
        return script.closing or "Goodbye."
    head = [script.opening] if step == 0 and script.opening else []
    return PART_BREAK.join([*head, script.questions[step].text])


@dataclass(frozen=True, slots=True)
class Gathered:
    """What one ``<Gather>`` heard (Twilio's ``Digits`` / ``SpeechResult``)."""

    step: int
    digits: str = ""
    speech: str = ""


def gathered(params: Mapping[str, str], step: int) -> Gathered:
    """The result Twilio posted to a Gather's action URL."""
    digits = "".join(ch for ch in str(params.get("Digits", "")) if ch in "0123456789*#")
    return Gathered(step, digits, str(params.get("SpeechResult", "")).strip())


def reply_of(script: IvrScript, answers: Sequence[Gathered]) -> Reply:
    """The lead's reply over the call: an opt-out anywhere wins; for ``INTEREST_CHECK``
    the interest question (step 0) decides, otherwise the first answer that says yes/no."""
    replies = [(a.step, read_reply(a.digits, a.speech)) for a in answers]
    if any(r.do_not_call for _step, r in replies):
        return next(r for _step, r in replies if r.do_not_call)
    if script.purpose == INTEREST_CHECK:
        return next((r for step, r in replies if step == 0), Reply(None))
    return next((r for _step, r in replies if r.bucket is not None), Reply(None))
