"""The robocall's plan and its data: call states, the steps' words and their spoken
length, the ``phone_calls`` row as the driver holds it (which calls are due, reading one),
a question's answer window.

:func:`plan` fills in every step of a call (introduction, privacy, instructions, the
questions, the closing) when it is placed (:mod:`engine.interview.phone`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.interview import bot as interview
from talkpush_desktop.engine.messaging import tokens
from talkpush_desktop.storage.models import Candidate, DeliveryState, Message, PhoneCall

PLACING, RINGING, LIVE, CLOSING, ENDED = "placing", "ringing", "live", "closing", "ended"
DONE, NOT_ANSWERED, FAILED = "done", "not_answered", "failed"
ACTIVE = (PLACING, RINGING, LIVE, CLOSING, ENDED)
TWILIO, SANDBOX = "twilio", "sandbox"

WORDS_PER_SECOND = 2.5
"""Speaking rate used to estimate how long a step's ``<Say>`` takes (about 150 wpm)."""
ACCEPT = "Stay on the line to accept."
GOODBYE = "Thank you for your time. Goodbye."
OPENING = ("introduction", "privacy", "instructions")


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
class LiveCall:
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


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_time(value: object) -> datetime | None:
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


def plan(session: Session, c: Candidate) -> list[dict[str, Any]]:
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


# -- the rows -----------------------------------------------------------------------------------


def due_calls(s: Session, company_id: int) -> list[int]:
    """The company's robocalls a driver pass looks at, oldest first."""
    active = (
        DeliveryState.QUEUED.value,
        DeliveryState.SENDING.value,
        DeliveryState.SENT.value,
        DeliveryState.DELIVERED.value,
    )
    return list(
        s.scalars(
            select(PhoneCall.id)
            .join(Candidate, Candidate.id == PhoneCall.candidate_id)
            .outerjoin(Message, Message.id == PhoneCall.message_id)
            .where(
                Candidate.company_id == company_id,
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


def load_call(s: Session, call_id: int) -> tuple[LiveCall, Message | None]:
    """A call row, detached, with the message that placed it (if it is still there)."""
    row = s.get(PhoneCall, call_id)
    if row is None:
        raise NotFoundError(f"no robocall with id {call_id}")
    call = LiveCall(
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
