"""Placing a phone interview in the caller's transaction: the checks, the first step
queued through the outbox, the plan kept in ``phone_calls`` (:func:`place_in`, what
``ws.calls.robocall`` does), and the auto-call rule of every intake path (:func:`auto_call`).

No Twilio here: the provider's SDK is loaded only when a call is placed (the intake paths
import this module and must start fast).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.interview.call_script import ACTIVE, PLACING, SANDBOX, TWILIO, plan
from talkpush_desktop.engine.messaging import sending
from talkpush_desktop.storage.models import (
    Campaign,
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
    PhoneCall,
    ProviderSetting,
)

NOTE = "Auto-call not placed: "
"""How the conversation note of a candidate auto-call could not call starts."""
Voice = tuple[str, int]
"""The voice provider (``twilio`` or ``sandbox``) and its answer seconds."""


def voice_of(session: Session, company_id: int) -> Voice:
    """The company's voice provider and its answer seconds (the sandbox by default)."""
    from talkpush_desktop.engine.providers.twilio_voice import DEFAULT_ANSWER_SECONDS

    row = session.get(ProviderSetting, (company_id, "voice"))
    if row is None or row.kind != TWILIO:
        return SANDBOX, DEFAULT_ANSWER_SECONDS
    return TWILIO, int(row.settings.get("answer_seconds") or DEFAULT_ANSWER_SECONDS)


def place_in(s: Session, c: Candidate, voice: Voice, *, user_id: int | None, at: datetime) -> int:
    """Start a phone interview with ``c``; returns the call's id. ValidationError, before
    anything is written, without a phone or questions, once the interview is completed or
    while a call to the same person or number is still going."""
    from talkpush_desktop.engine.providers.twilio_voice import PART_BREAK

    if not c.phone:
        raise ValidationError("robocall: the candidate has no phone number")
    if c.completed_at is not None:
        raise ValidationError("robocall: the candidate has already completed the interview")
    busy = s.execute(
        select(PhoneCall.id, Candidate.company_id)
        .join(Candidate, Candidate.id == PhoneCall.candidate_id)
        .where(
            PhoneCall.status.in_(ACTIVE),
            or_(PhoneCall.candidate_id == c.id, PhoneCall.address == c.phone),
        )
        .limit(1)
    ).first()
    if busy is not None:  # one line per number; another company's call is not named
        which = f"call {busy[0]}" if busy[1] == c.company_id else "another call"
        raise ValidationError(f"robocall: {which} to {c.phone} is still going")
    steps = plan(s, c)
    provider, seconds = voice
    draft = sending.Draft(
        PART_BREAK.join(steps[0]["say"]), Channel.VOICE.value, kind=MessageKind.BOT
    )
    queued = sending.queue(s, c.company_id, [c.id], draft, user_id=user_id, at=at, strict=True)
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
        created_at=at,
        updated_at=at,
    )
    s.add(call)
    s.flush()
    return call.id


def auto_call(
    session: Session, company_id: int, candidate_ids: Sequence[int], *, at: datetime
) -> dict[int, int | str]:
    """Auto-call (seed 000: "a candidate will receive a call upon being added a campaign"):
    each of the candidates just added whose campaign has auto-call on gets the phone
    interview placed in the caller's transaction. One who cannot be called (no phone, no
    questions, a call to the number still going) gets a private note why in the chat; their
    intake stands. Returns candidate id -> call id, or the reason."""
    rows = list(
        session.scalars(
            select(Candidate)
            .join(Campaign, Campaign.id == Candidate.campaign_id)
            .where(
                Candidate.id.in_(list(candidate_ids)),
                Candidate.company_id == company_id,
                Campaign.auto_call.is_(True),
            )
            .order_by(Candidate.id)
        )
    )
    if not rows:
        return {}
    voice = voice_of(session, company_id)
    out: dict[int, int | str] = {}
    for c in rows:
        try:
            out[c.id] = place_in(session, c, voice, user_id=None, at=at)
        except ValidationError as exc:
            out[c.id] = str(exc)
            session.add(
                Message(
                    candidate_id=c.id,
                    user_id=None,
                    direction="out",
                    channel=Channel.INTERNAL.value,
                    kind=MessageKind.COMMENT.value,
                    body=NOTE + str(exc),
                    state=DeliveryState.DELIVERED.value,
                    created_at=at,
                )
            )
    session.flush()
    return out
