"""Transcripts of recorded answers: which wait, and the background pass that writes them.

:func:`responses.record` marks an answer with a recording and no transcript ``pending``.
:func:`transcribe_pending` (the sync worker runs it in its own thread; never the window's)
takes a few pending answers, transcribes each outside any transaction with the campaign's
interview language, and stores the result with a compare-and-set on the recording, so an
answer replaced meanwhile is not overwritten with an old transcript. The candidate's
``answer_transcripts`` (one line per transcribed answer) follows in the same transaction:
the search index covers it (migration 0017).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.interview.transcription import (
    Transcriber,
    Transcript,
    transcribe_file,
)
from talkpush_desktop.storage.models import (
    Campaign,
    Candidate,
    InterviewQuestion,
    InterviewResponse,
)

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

PENDING, DONE = "pending", "done"


@dataclass(frozen=True, slots=True)
class Waiting:
    """A pending answer: its row, recording and the campaign's interview language."""

    response_id: int
    candidate_id: int
    audio_path: str
    language: str


def state_for(audio_path: str, transcript: str) -> str:
    """The transcript state of an answer stored with these values."""
    if transcript:
        return DONE
    return PENDING if audio_path else ""


def waiting(session: Session, company_id: int, limit: int) -> list[Waiting]:
    rows = session.execute(
        select(
            InterviewResponse.id,
            InterviewResponse.candidate_id,
            InterviewResponse.audio_path,
            Campaign.interview_language,
        )
        .join(Candidate, Candidate.id == InterviewResponse.candidate_id)
        .join(Campaign, Campaign.id == Candidate.campaign_id)
        .where(InterviewResponse.transcript_state == PENDING, Candidate.company_id == company_id)
        .order_by(InterviewResponse.id)
        .limit(limit)
    )
    return [Waiting(*row) for row in rows]


def refresh_search_text(session: Session, candidate_id: int) -> None:
    """The candidate's ``answer_transcripts``: their answers' transcripts in question order."""
    lines = session.scalars(
        select(InterviewResponse.transcript)
        .join(InterviewQuestion, InterviewQuestion.id == InterviewResponse.question_id)
        .where(InterviewResponse.candidate_id == candidate_id, InterviewResponse.transcript != "")
        .order_by(InterviewQuestion.position)
    )
    text = "\n".join(" ".join(line.split()) for line in lines)
    session.execute(
        update(Candidate)
        .where(Candidate.id == candidate_id, Candidate.answer_transcripts != text)
        .values(answer_transcripts=text)
    )


def resolve_recording(data_dir: Path, audio_path: str) -> Path | None:
    """A stored recording as a file on this computer (None: a web address, not here)."""
    if "://" in audio_path:
        return None
    path = Path(audio_path)
    return path if path.is_absolute() else data_dir / path


def store(session: Session, item: Waiting, result: Transcript) -> bool:
    """Write ``result`` if the answer still waits with the same recording."""
    done = session.execute(
        update(InterviewResponse)
        .where(
            InterviewResponse.id == item.response_id,
            InterviewResponse.transcript_state == PENDING,
            InterviewResponse.audio_path == item.audio_path,
        )
        .values(
            transcript=result.text,
            transcript_state=result.state,
            transcript_engine=result.engine,
            transcript_note=result.note,
        )
    )
    if not getattr(done, "rowcount", 0):
        return False
    refresh_search_text(session, item.candidate_id)
    return True


def transcribe_pending(ctx: Context, transcriber: Transcriber, limit: int = 4) -> int:
    """Transcribe up to ``limit`` pending answers of the company; how many were stored."""
    with ctx.reading() as s:
        items = waiting(s, ctx.company_id, limit)
    stored = 0
    for item in items:
        path = resolve_recording(ctx.data_dir, item.audio_path)
        if path is None:
            note = "the recording is not on this computer"
            result = Transcript("", transcriber.name, note, "failed")
        else:
            result = transcribe_file(path, item.language, transcriber)
        with ctx.transaction() as s:
            stored += store(s, item, result)
    return stored
