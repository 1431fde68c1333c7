"""The interview bot over a text channel, and the templates sent on events.

A campaign's interview is its steps: introduction, privacy statement, instructions, the
questions, closing. ``candidates.bot_step`` says how far a candidate is: 0 = invited; k =
question k was asked and waits for its answer; past the last question = done. Each reply:

- at step 0 opens the interview: introduction, privacy and instructions, then question 1;
- at step k stores the answer as question k's response (the progress labels follow), then
  asks question k+1, or, after the last one, sends the closing, completes the interview
  (Completed folder) and sends the completion template.

The bot answers over the channel the candidate wrote on, and never while a recruiter has
stopped it for that candidate. Its messages go through the outbox like any other. The sync
calls it for each stored reply (:mod:`engine.messaging.replies`), whoever runs the sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.interview import responses
from talkpush_desktop.engine.messaging import event_templates, inquiries, invitations, sending
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Candidate,
    Channel,
    InterviewQuestion,
    Message,
    MessageKind,
)

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

OPENING = ("introduction", "privacy", "instructions")
ANSWER_HINTS = {
    "text": "(Please answer in a message.)",
    "audio": "(Please answer with a voice message.)",
    "audio_text": "(Answer with a voice message or in writing.)",
}
BOT_CHANNELS = (Channel.SMS.value, Channel.MESSENGER.value, Channel.WEB.value, Channel.EMAIL.value)


def ordered_steps(session: Session, campaign_id: int) -> list[InterviewQuestion]:
    """The campaign's interview steps (introduction ... questions ... closing), in order."""
    return list(
        session.scalars(
            select(InterviewQuestion)
            .where(InterviewQuestion.campaign_id == campaign_id)
            .order_by(InterviewQuestion.position)
        )
    )


def _say(session: Session, c: Candidate, channel: str, texts: Sequence[str]) -> None:
    for text in texts:
        sending.queue(
            session,
            c.company_id,
            [c.id],
            sending.Draft(text, channel, kind=MessageKind.BOT),
            user_id=None,
            at=utcnow(),
        )


def _question_text(q: InterviewQuestion, number: int, total: int) -> str:
    return f"Question {number} of {total}: {q.text} {ANSWER_HINTS.get(q.answer_type, '')}".strip()


def advance(session: Session, reply: Message) -> None:
    """Move a candidate's interview on by one stored reply (see the module docstring),
    inside the caller's transaction: the answer, the bot's next words and a completion stand
    or fall together with the reply's handled mark (:mod:`engine.messaging.replies`)."""
    c = session.get(Candidate, reply.candidate_id)
    if c is None or c.bot_stopped or c.completed_at is not None:
        return
    if reply.channel not in BOT_CHANNELS or inquiries.is_inquiry(session, c.campaign_id):
        return
    steps = ordered_steps(session, c.campaign_id)
    questions = [q for q in steps if q.section == "question"]
    if not questions or c.bot_step > len(questions):
        return
    step = c.bot_step
    if step == 0:
        opening = [q.text for q in steps if q.section in OPENING]
        _say(session, c, reply.channel, [*opening, _question_text(questions[0], 1, len(questions))])
        c.bot_step = 1
        return
    c.bot_step = step + 1
    now = utcnow()
    answer = responses.Answer(reply.body, reply.media_url)
    responses.record(session, c.company_id, c.id, questions[step - 1].id, answer=answer, at=now)
    following = questions[step:]
    if following:
        _say(session, c, reply.channel, [_question_text(following[0], step + 1, len(questions))])
        return
    _say(session, c, reply.channel, [q.text for q in steps if q.section == "closing"])
    responses.complete(session, c.company_id, c.id, now)
    queue_template(session, c.company_id, [c.id], "completion")


def send_template(ctx: Context, candidate_ids: Sequence[int], event: str) -> int:
    """Queue a campaign template (invitation, completion, shortlisted, rejection) in its
    enabled SMS and email versions, in one transaction; returns how many were queued."""
    with ctx.transaction() as s:
        return queue_template(s, ctx.company_id, candidate_ids, event)


def queue_template(
    session: Session, company_id: int, candidate_ids: Sequence[int], event: str
) -> int:
    """:func:`send_template` inside the caller's transaction (see :mod:`event_templates`;
    the invitation goes through :mod:`invitations`, which owns its rule)."""
    if event == "invitation":
        return invitations.send(session, company_id, candidate_ids, at=utcnow()).queued
    return event_templates.queue(session, company_id, candidate_ids, event, at=utcnow()).queued
