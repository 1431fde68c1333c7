"""The sandbox's phone calls: a robocall on the simulated candidate phone, answered by typing.

A sandbox call is a run of ``sandbox_messages`` rows on channel ``voice``:

- ``to_candidate`` rows are what the robocall says, one per step (the first is written by
  the sandbox provider when the outbox "places" the call, the next ones by the step driver);
  the last one of a call has the subject :data:`ENDED`;
- ``from_candidate`` rows are the candidate's answers, typed (or keyed in as digits) in the
  simulator window or with ``talkpush-desktop sandbox answer``. The first answer after a
  step's row answers that step; the sync worker also pulls it into the chat like a reply.

Hanging up writes an :data:`ENDED` row to the candidate (nothing is pulled). Everything is
decided by row order, so the flow is deterministic. A company sees, answers and hangs up
only the calls it placed (:func:`engine.providers.sandbox.owned_by`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.providers.sandbox import FROM_CANDIDATE, TO_CANDIDATE, owned_by
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Channel, SandboxMessage

VOICE = Channel.VOICE.value
ENDED = "call ended"
"""Subject of the row that ends a sandbox call (the closing, or the candidate hanging up)."""
HUNG_UP = "(you hung up)"
DIGITS = re.compile(r"^[0-9*#]+$")
MAX_ANSWER = 2000

WAITING, ANSWERED, OVER = "waiting", "answered", "ended"


@dataclass(frozen=True, slots=True)
class SandboxCall:
    """One step of a robocall on the simulated phone, and what became of it."""

    id: int
    address: str
    script: str
    at: datetime
    state: str  # waiting (for an answer) / answered / ended
    answer: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "address": self.address,
            "script": self.script,
            "at": self.at.isoformat(),
            "state": self.state,
            "answer": self.answer,
        }


@dataclass(frozen=True, slots=True)
class Heard:
    """What followed a spoken step: the candidate's answer, or that they hung up."""

    row_id: int
    text: str
    at: datetime
    hung_up: bool


def _voice_rows(session: Session, address: str) -> list[SandboxMessage]:
    return list(
        session.scalars(
            select(SandboxMessage)
            .where(SandboxMessage.address == address.strip(), SandboxMessage.channel == VOICE)
            .order_by(SandboxMessage.id)
        )
    )


def incoming_calls(
    session: Session, address: str, company_id: int | None = None
) -> list[SandboxCall]:
    """Every robocall step the simulated phone at ``address`` got, oldest first (only the
    calls ``company_id`` placed, when given)."""
    rows = _voice_rows(session, address)
    mine = None
    if company_id is not None:
        mine = set(
            session.scalars(
                select(SandboxMessage.id).where(
                    SandboxMessage.address == address.strip(),
                    SandboxMessage.channel == VOICE,
                    owned_by(company_id),
                )
            )
        )
    out: list[SandboxCall] = []
    for i, row in enumerate(rows):
        if row.direction != TO_CANDIDATE or row.body == HUNG_UP:
            continue
        if mine is not None and row.id not in mine:
            continue
        following = rows[i + 1] if i + 1 < len(rows) else None
        if row.subject == ENDED:
            state, answer = OVER, ""
        elif following is None:
            state, answer = WAITING, ""
        elif following.direction == FROM_CANDIDATE:
            state, answer = ANSWERED, following.body
        else:
            state, answer = OVER, ""
        out.append(SandboxCall(row.id, row.address, row.body, row.created_at, state, answer))
    return out


def _waiting_step(session: Session, call_row_id: int, company_id: int | None) -> SandboxMessage:
    row = session.get(SandboxMessage, call_row_id)
    theirs = company_id is not None and (
        session.scalar(
            select(SandboxMessage.id).where(SandboxMessage.id == call_row_id, owned_by(company_id))
        )
        is None
    )
    if row is None or row.channel != VOICE or row.direction != TO_CANDIDATE or theirs:
        raise NotFoundError(f"no sandbox call with id {call_row_id}")
    newest = session.scalar(
        select(SandboxMessage.id)
        .where(SandboxMessage.address == row.address, SandboxMessage.channel == VOICE)
        .order_by(SandboxMessage.id.desc())
        .limit(1)
    )
    if row.subject == ENDED or newest != row.id:
        raise ValidationError(f"call {call_row_id}: this step is over; answer the newest one")
    return row


def answer(
    session: Session,
    call_row_id: int,
    digits_or_text: str,
    at: datetime | None = None,
    *,
    company_id: int | None = None,
) -> int:
    """Answer the waiting step ``call_row_id`` (keypad digits or typed text); returns the
    answer's row id. The step driver takes it as the question's response. With a
    ``company_id``, another company's call is NotFoundError."""
    text = " ".join(digits_or_text.split())
    if not text:
        raise ValidationError("answer: say something (type a text or key in digits)")
    if len(text) > MAX_ANSWER:
        raise ValidationError(f"answer: longer than {MAX_ANSWER:,} characters")
    step = _waiting_step(session, call_row_id, company_id)
    row = SandboxMessage(
        channel=VOICE,
        address=step.address,
        direction=FROM_CANDIDATE,
        body=text,
        created_at=at or utcnow(),
    )
    session.add(row)
    session.flush()
    return row.id


def hang_up(
    session: Session,
    call_row_id: int,
    at: datetime | None = None,
    *,
    company_id: int | None = None,
) -> int:
    """The simulated candidate hangs up during the step ``call_row_id`` (or declines it)."""
    step = _waiting_step(session, call_row_id, company_id)
    return speak(session, step.address, HUNG_UP, at or utcnow(), ended=True)


def speak(
    session: Session, address: str, script: str, at: datetime, *, ended: bool, subject: str = ""
) -> int:
    """The call says ``script`` (the step driver's or the dialer's next step); returns the
    row id. ``subject`` marks a company campaign's call (:data:`CAMPAIGN_CALL`)."""
    row = SandboxMessage(
        channel=VOICE,
        address=address.strip(),
        direction=TO_CANDIDATE,
        subject=ENDED if ended else subject,
        body=script,
        created_at=at,
    )
    session.add(row)
    session.flush()
    return row.id


def heard_after(session: Session, address: str, row_id: int) -> Heard | None:
    """The candidate's answer to the step spoken in ``row_id``, or their hanging up."""
    row = session.scalar(
        select(SandboxMessage)
        .where(
            SandboxMessage.address == address.strip(),
            SandboxMessage.channel == VOICE,
            SandboxMessage.id > row_id,
            or_(
                SandboxMessage.direction == FROM_CANDIDATE,
                and_(SandboxMessage.subject == ENDED, SandboxMessage.body == HUNG_UP),
            ),
        )
        .order_by(SandboxMessage.id)
        .limit(1)
    )
    if row is None:
        return None
    hung_up = row.direction != FROM_CANDIDATE
    return Heard(row.id, "" if hung_up else row.body, row.created_at, hung_up)


def is_digits(text: str) -> bool:
    return bool(DIGITS.match(text.strip()))
