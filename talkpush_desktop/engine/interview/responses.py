"""Interview answers and completion, inside the caller's transaction.

The interview bot and the phone-interview driver store an answer, move the bot on and
complete the interview in one transaction, so a crash never leaves one without the other.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from talkpush_desktop.engine.candidates import activity, folders, kept_counts, labels
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.interview import transcripts
from talkpush_desktop.storage.models import (
    Action,
    Candidate,
    Folder,
    InterviewQuestion,
    InterviewResponse,
    Message,
)

UNDECIDED = {Folder.INBOX.value, Folder.NO_RESPONSE.value, Folder.NO_CAMPAIGN_INVITATION.value}
"""Folders a completed interview moves a candidate out of (to Completed)."""


def responded(candidate_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """Whether the candidate ``candidate_id`` (a column, in a query over candidates) wrote
    anything or answered a question: two EXISTS probes on indexes led by ``candidate_id``."""
    wrote = exists().where(Message.candidate_id == candidate_id, Message.direction == "in")
    answered = exists().where(InterviewResponse.candidate_id == candidate_id)
    return wrote | answered


class Answer(NamedTuple):
    text: str = ""
    audio_path: str = ""
    transcript: str = ""


def complete(session: Session, company_id: int, candidate_id: int, at: datetime) -> None:
    """Mark the interview completed; the candidate goes to Completed unless decided."""
    c = session.get(Candidate, candidate_id)
    if c is None or c.company_id != company_id:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    if c.completed_at is not None:
        return
    # a compare-and-set: on PostgreSQL another transaction may have completed it since
    first = update(Candidate).where(Candidate.id == c.id, Candidate.completed_at.is_(None))
    if session.execute(first.values(completed_at=at)).rowcount == 0:  # type: ignore[attr-defined]
        return
    activity.record(
        session, [activity.Event(company_id, c.campaign_id, c.id, Action.COMPLETED, at)]
    )
    if c.folder in UNDECIDED:
        session.flush()
        folders.move(session, company_id, [c.id], Folder.COMPLETED, user_id=None, at=at)
    kept_counts.adjust_sources(session, kept_counts.completed(c.campaign_id, c.source))


def record(
    session: Session,
    company_id: int,
    candidate_id: int,
    question_id: int,
    *,
    answer: Answer,
    at: datetime,
) -> None:
    """Store (or replace) an answer; the first one logs ``attempted``; labels follow. A
    recording without a transcript waits for the background transcriber
    (:mod:`.transcripts`)."""
    c = session.get(Candidate, candidate_id)
    q = session.get(InterviewQuestion, question_id)
    if c is None or q is None or q.campaign_id != c.campaign_id or c.company_id != company_id:
        raise NotFoundError("no such candidate or question in the candidate's campaign")
    first = not session.scalar(
        select(func.count())
        .select_from(InterviewResponse)
        .where(InterviewResponse.candidate_id == c.id)
    )
    session.execute(
        delete(InterviewResponse).where(
            InterviewResponse.candidate_id == c.id, InterviewResponse.question_id == q.id
        )
    )
    session.add(
        InterviewResponse(
            candidate_id=c.id,
            question_id=q.id,
            answer_type="audio" if answer.audio_path and not answer.text else q.answer_type,
            text=answer.text,
            audio_path=answer.audio_path,
            transcript=answer.transcript,
            transcript_state=transcripts.state_for(answer.audio_path, answer.transcript),
            created_at=at,
        )
    )
    session.flush()
    transcripts.refresh_search_text(session, c.id)
    if first:
        activity.record(
            session, [activity.Event(company_id, c.campaign_id, c.id, Action.ATTEMPTED, at)]
        )
    labels.refresh_progress(session, company_id, [c.id], at)
