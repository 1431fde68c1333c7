"""The interview creator's rules over a campaign's steps, inside the caller's transaction.

A campaign's interview is, in this order: the introduction, the privacy statement, the
instructions (at most one of each), the questions, and the closing prompt (seed 000, "The
Interview Creator"). Each step has a text and may have a recording (``.wav``/``.mp3``,
checked by :mod:`.audio_files`, copied into the workspace folder); a question has an answer
type: audio, audio/text or text. Steps keep their ids when edited or moved, so the answers
candidates gave stay with their question; a question that has answers is not removed.

The chat bot (:mod:`.bot`) and the phone interview (:mod:`.call_script`) read the same rows.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.interview.audio_files import AudioInfo
from talkpush_desktop.storage.models import Campaign, InterviewQuestion, InterviewResponse
from talkpush_desktop.storage.private_files import make_private_folder

SECTIONS = ("introduction", "privacy", "instructions", "question", "closing")
"""In the order the interview plays them."""
STEP_NAMES = {"intro": "introduction", **{s: s for s in SECTIONS}}
"""What the command line and the API call each section (``intro`` is short for it)."""
SECTION_TITLES = {
    "introduction": "Introduction",
    "privacy": "Privacy statement",
    "instructions": "Instructions",
    "question": "Question",
    "closing": "Closing prompt",
}
ANSWER_TYPES = {"audio": "audio", "audio-text": "audio_text", "text": "text"}
"""The answer types by their outside names (``audio-text``) to the stored ones."""
OUTSIDE_ANSWER_TYPES = {stored: outside for outside, stored in ANSWER_TYPES.items()}
RECOMMENDED_QUESTIONS = 4
AUDIO_FOLDER = "interview_audio"
MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class StepInfo:
    """A step as the creator, the command line and the API show it."""

    id: int
    position: int
    section: str
    text: str
    answer_type: str
    audio_path: str  # in the workspace folder ("" for none)
    audio_seconds: float

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "position": self.position,
            "step": self.section,
            "text": self.text,
            "answer_type": OUTSIDE_ANSWER_TYPES.get(self.answer_type, self.answer_type),
            "audio": self.audio_path or None,
            "audio_seconds": self.audio_seconds or None,
        }


@dataclass(frozen=True, slots=True)
class StepDraft:
    """A step as the creator edits it: ``id`` None for a new one; ``audio`` is the stored
    path it has, a file to check and copy in, or ""."""

    section: str
    text: str
    answer_type: str = "text"
    audio: str = ""
    id: int | None = None


def section_of(name: str) -> str:
    section = STEP_NAMES.get(name.strip().lower())
    if section is None:
        raise ValidationError(
            f"unknown interview step {name!r}: use intro, privacy, instructions, question "
            "or closing"
        )
    return section


def answer_type_of(name: str) -> str:
    key = name.strip().lower().replace("_", "-").replace("/", "-")
    if key not in ANSWER_TYPES:
        raise ValidationError(f"unknown answer type {name!r}: use audio, audio-text or text")
    return ANSWER_TYPES[key]


class StepError(ValidationError):
    """A refusal about one field of step ``n`` (1-based): ``field`` is ``section``,
    ``text``, ``answer_type`` or ``audio`` (the settings dialog shows it at that step)."""

    def __init__(self, n: int, field: str, message: str) -> None:
        super().__init__(message)
        self.n, self.field = n, field


def list_steps(session: Session, campaign_id: int) -> list[StepInfo]:
    rows = session.scalars(
        select(InterviewQuestion)
        .where(InterviewQuestion.campaign_id == campaign_id)
        .order_by(InterviewQuestion.position, InterviewQuestion.id)
    )
    return [
        StepInfo(
            q.id, n, q.section, q.text, q.answer_type, q.audio_path, float(q.audio_seconds or 0)
        )
        for n, q in enumerate(rows, start=1)
    ]


def warnings(steps: Sequence[StepInfo | StepDraft]) -> list[str]:
    """Advice, not refusals: the seed's word on long interviews."""
    count = sum(1 for s in steps if s.section == "question")
    if count > RECOMMENDED_QUESTIONS:
        return [
            f"{count} questions: Talkpush recommends 3 to 4 questions per interview; more "
            "questions tend to lower the completion rate"
        ]
    return []


def check_order(sections: Sequence[str]) -> None:
    """The sections in interview order, with one introduction, privacy statement,
    instructions and closing at most."""
    for section in set(sections):
        if section != "question" and sections.count(section) > 1:
            raise ValidationError(f"the interview has one {SECTION_TITLES[section].lower()} only")
    ranks = [SECTIONS.index(s) for s in sections]
    for n, (before, after) in enumerate(zip(ranks, ranks[1:], strict=False), start=2):
        if after < before:
            raise StepError(
                n,
                "section",
                f"step {n} ({SECTION_TITLES[SECTIONS[after]].lower()}) cannot come after the "
                f"{SECTION_TITLES[SECTIONS[before]].lower()}: the order is introduction, "
                "privacy statement, instructions, questions, closing prompt",
            )


def check_draft(n: int, draft: StepDraft) -> StepDraft:
    """The draft with its names made the stored ones, or StepError naming step ``n``."""
    try:
        section = section_of(draft.section)
    except ValidationError as exc:
        raise StepError(n, "section", str(exc)) from None
    text = draft.text.strip()
    if not text:
        raise StepError(n, "text", f"step {n} ({SECTION_TITLES[section].lower()}) needs a text")
    if len(text) > MAX_TEXT:
        raise StepError(n, "text", f"step {n}: the text is longer than {MAX_TEXT} characters")
    try:
        kind = answer_type_of(draft.answer_type) if section == "question" else "text"
    except ValidationError as exc:
        raise StepError(n, "answer_type", str(exc)) from None
    return StepDraft(section, text, kind, draft.audio, draft.id)


def stage_audio(data_dir: Path, campaign_id: int, source: Path, info: AudioInfo) -> str:
    """Copy a checked recording into the workspace folder; its path there."""
    folder = make_private_folder(data_dir / AUDIO_FOLDER)
    name = f"campaign-{campaign_id}-{uuid.uuid4().hex[:12]}.{info.kind}"
    shutil.copyfile(source, folder / name)
    return f"{AUDIO_FOLDER}/{name}"


def answered(session: Session, step_ids: Sequence[int]) -> dict[int, int]:
    """How many answers each of ``step_ids`` holds (only those with any)."""
    if not step_ids:
        return {}
    rows = session.execute(
        select(InterviewResponse.question_id, func.count())
        .where(InterviewResponse.question_id.in_(step_ids))
        .group_by(InterviewResponse.question_id)
    )
    return {qid: n for qid, n in rows}


@dataclass(frozen=True, slots=True)
class Staged:
    """A step ready to store: its checked fields, and its recording's path and length."""

    draft: StepDraft
    audio_path: str
    audio_seconds: float


def write(session: Session, campaign_id: int, staged: Sequence[Staged]) -> list[int]:
    """Make the campaign's steps ``staged``, in order: drafts with an id update that step,
    the others are added, steps left out are removed (refused when they have answers)."""
    existing = {
        q.id: q
        for q in session.scalars(
            select(InterviewQuestion).where(InterviewQuestion.campaign_id == campaign_id)
        )
    }
    kept = {s.draft.id for s in staged if s.draft.id is not None}
    unknown = kept - set(existing)
    if unknown:
        raise NotFoundError(f"no interview step {min(unknown)} in this campaign")
    dropped = [qid for qid in existing if qid not in kept]
    used = answered(session, dropped)
    if used:
        qid = min(used)
        raise ValidationError(
            f"step {qid} has answers from {used[qid]} candidate(s): it is kept so their "
            "answers are not lost"
        )
    for qid in dropped:
        session.delete(existing[qid])
    ids = []
    for position, item in enumerate(staged, start=1):
        d = item.draft
        q = existing[d.id] if d.id is not None else InterviewQuestion(campaign_id=campaign_id)
        q.position, q.section, q.text, q.answer_type = position, d.section, d.text, d.answer_type
        q.audio_path, q.audio_seconds = item.audio_path, item.audio_seconds
        if d.id is None:
            session.add(q)
        session.flush()
        ids.append(q.id)
    return ids


def campaign_of_step(session: Session, company_id: int, step_id: int) -> int:
    """The campaign a step belongs to, if it is the company's (else NotFoundError)."""
    row = session.execute(
        select(Campaign.id)
        .join(InterviewQuestion, InterviewQuestion.campaign_id == Campaign.id)
        .where(InterviewQuestion.id == step_id, Campaign.company_id == company_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no interview step with id {step_id}")
    return int(row[0])
