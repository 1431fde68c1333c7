"""The campaign Export button: every candidate of one campaign in one sheet (no Qt).

One row per candidate, oldest first (by id), with every profile field, one column per
interview question holding the candidate's answer (its text, else the transcript of the
recording, else the recording's file), and the conversation as a transcript.

It streams: candidate ids come in id order, 2,000 at a time (keyset pagination per
folder on the campaign's folder index, merged; see :func:`candidate_ids`), each chunk's
rows are read by primary key, their labels, answers and messages are read for that chunk
only, and the rows go straight into the sheet's zip entry. Memory stays flat whatever the
campaign's size.

Conventions: times are in the company's time zone (the analytics' one). Employment is
one line per job ("company (start – end): description"), links one URL per line, the
free ``others`` fields JSON text. The transcript is one line per message, oldest first,
``HH:MM sender: body`` (whitespace in the body collapsed), a ``YYYY-MM-DD`` line
whenever the day changes; private comments are marked, queued and failed messages
flagged. A cell holds at most 32,767 characters, Excel's limit: a longer conversation
keeps its first messages and ends with how many were left out.
"""

from __future__ import annotations

import heapq
import itertools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import IO, Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.exports.cells import MAX_TEXT, Column, Kind
from talkpush_desktop.engine.exports.streaming_xlsx import StreamingWorkbook
from talkpush_desktop.engine.exports.summary import ExportCancelled
from talkpush_desktop.engine.interview import bot as interview
from talkpush_desktop.storage.models import (
    Campaign,
    Candidate,
    InterviewResponse,
    Message,
    MessageKind,
    User,
)

CHUNK: Final = 2000
SHEET: Final = "Candidates"

FIELDS: Final = (
    Column("Candidate ID", Kind.INTEGER, 12),
    Column("Campaign ID", Kind.INTEGER, 11),
    Column("Campaign", width=30),
    Column("First name", width=16),
    Column("Last name", width=16),
    Column("Email", width=28),
    Column("Phone", width=16),
    Column("Source", width=16),
    Column("Folder", width=14),
    Column("Labels", width=30),
    Column("Added", Kind.DATETIME, 17),
    Column("Completed", Kind.DATETIME, 17),
    Column("School", width=20),
    Column("Gender", width=10),
    Column("Employment", width=40),
    Column("Links", width=30),
    Column("Referee first name", width=18),
    Column("Referee last name", width=18),
    Column("Referee ID", width=12),
    Column("Referee email", width=24),
    Column("Referee mobile", width=16),
    Column("Referee account", width=18),
    Column("Others", width=30),
    Column("CV", width=24),
)
TRANSCRIPT: Final = Column("Transcript", width=80)

_CANDIDATE = (
    Candidate.id,
    Candidate.first_name,
    Candidate.last_name,
    Candidate.email,
    Candidate.phone,
    Candidate.source,
    Candidate.folder,
    Candidate.added_at,
    Candidate.completed_at,
    Candidate.school_name,
    Candidate.gender,
    type_coerce(Candidate.employment, String),  # JSON text: most are "[]", not decoded
    type_coerce(Candidate.links, String),
    Candidate.referee_first_name,
    Candidate.referee_last_name,
    Candidate.referee_id,
    Candidate.referee_email,
    Candidate.referee_mobile,
    Candidate.referee_account,
    type_coerce(Candidate.others, String),
    Candidate.cv_path,
)
_EMPTY_JSON: Final = ("", "[]", "{}", "null")
_FLAGGED_STATES: Final = ("queued", "failed")
_TRUNCATION_ROOM: Final = 60  # characters kept free for the "... more messages" line


class LocalClock:
    """Naive UTC times as naive wall-clock times of one zone.

    The zone's offset is looked up once per UTC hour (and kept when it is the same at
    both ends of the hour); an hour with a transition inside is converted exactly.
    """

    def __init__(self, timezone: str) -> None:
        self._tz = None if timezone in ("", "UTC") else ZoneInfo(timezone)
        self._offsets: dict[datetime, timedelta | None] = {}

    def _offset(self, hour: datetime) -> timedelta | None:
        assert self._tz is not None
        first = hour.replace(tzinfo=UTC).astimezone(self._tz).utcoffset()
        end = (hour + timedelta(hours=1, microseconds=-1)).replace(tzinfo=UTC)
        return first if end.astimezone(self._tz).utcoffset() == first else None

    def __call__(self, at: datetime | None) -> datetime | None:
        if at is None or self._tz is None:
            return at
        hour = at.replace(minute=0, second=0, microsecond=0)
        if hour in self._offsets:
            offset = self._offsets[hour]
        else:
            offset = self._offsets[hour] = self._offset(hour)
        if offset is None:
            return at.replace(tzinfo=UTC).astimezone(self._tz).replace(tzinfo=None)
        return at + offset


def questions(session: Session, campaign_id: int) -> list[tuple[int, str]]:
    """The campaign's interview questions (id, text) in interview order."""
    steps = interview.ordered_steps(session, campaign_id)
    return [(q.id, q.text) for q in steps if q.section == "question"]


def columns(question_texts: Sequence[str]) -> list[Column]:
    """Every column of the sheet: the fields, one per question, the transcript."""
    asked = [
        Column(f"Q{n}: {' '.join(text.split())}", width=40)
        for n, text in enumerate(question_texts, start=1)
    ]
    return [*FIELDS, *asked, TRANSCRIPT]


def _folder_ids(session: Session, campaign_id: int, folder: str, page: int) -> Iterator[int]:
    """Ids of one folder of the campaign in id order (keyset pages on the folder index)."""
    last = 0
    while True:
        ids = list(
            session.scalars(
                select(Candidate.id)
                .where(
                    Candidate.campaign_id == campaign_id,
                    Candidate.folder == folder,
                    Candidate.id > last,
                )
                .order_by(Candidate.id)
                .limit(page)
            )
        )
        yield from ids
        if len(ids) < page:
            return
        last = ids[-1]


def candidate_ids(session: Session, campaign_id: int, page: int = CHUNK) -> Iterator[int]:
    """Every candidate id of the campaign in id order, never all in memory.

    ``ix_candidates_campaign_folder`` is (campaign, folder, id): each folder's ids are a
    range seek in id order, so the folders are paged separately and merged; a single
    ``campaign_id = ? AND id > ? ORDER BY id`` would sort the whole campaign per page.
    """
    folders = list(
        session.scalars(
            select(Candidate.folder).where(Candidate.campaign_id == campaign_id).distinct()
        )
    )
    return heapq.merge(*(_folder_ids(session, campaign_id, f, page) for f in sorted(folders)))


def _chunks(session: Session, campaign: Campaign, size: int) -> Iterator[Sequence[Sequence[Any]]]:
    """The campaign's candidates in id order, ``size`` at a time."""
    ids = candidate_ids(session, campaign.id, size)
    while chunk := list(itertools.islice(ids, size)):
        yield session.execute(
            select(*_CANDIDATE).where(Candidate.id.in_(chunk)).order_by(Candidate.id)
        ).all()


def _answers(session: Session, ids: Sequence[int]) -> dict[tuple[int, int], str]:
    rows = session.execute(
        select(
            InterviewResponse.candidate_id,
            InterviewResponse.question_id,
            InterviewResponse.text,
            InterviewResponse.transcript,
            InterviewResponse.audio_path,
        ).where(InterviewResponse.candidate_id.in_(ids))
    )
    return {(cid, qid): text or transcript or audio for cid, qid, text, transcript, audio in rows}


class _Transcript:
    """One conversation's lines, capped at a cell's size."""

    __slots__ = ("day", "left_out", "length", "lines")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.length = 0
        self.left_out = 0
        self.day: object = None

    def add(self, line: str) -> None:
        if self.left_out or self.length + len(line) + 1 > MAX_TEXT - _TRUNCATION_ROOM:
            self.left_out += 1
            return
        self.lines.append(line)
        self.length += len(line) + 1

    def text(self) -> str:
        if self.left_out:
            self.lines.append(f"… {self.left_out:,} more messages not shown (cell limit)")
        return "\n".join(self.lines)


def _sender(kind: str, author: str, name: str) -> str:
    if kind == MessageKind.CANDIDATE.value:
        return name or "Candidate"
    if kind == MessageKind.BOT.value:
        return "Bot"
    if kind == MessageKind.COMMENT.value:
        return f"{author or 'Recruiter'} (private comment)"
    return author or "Recruiter"


def transcripts(session: Session, names: Mapping[int, str], clock: LocalClock) -> dict[int, str]:
    """The conversation of each candidate in ``names`` (id -> full name) as text."""
    stmt = (
        select(
            Message.candidate_id,
            Message.created_at,
            Message.kind,
            Message.body,
            Message.media_type,
            Message.media_url,
            Message.state,
            func.coalesce(User.name, ""),
        )
        .outerjoin(User, User.id == Message.user_id)
        .where(Message.candidate_id.in_(list(names)))
        .order_by(Message.candidate_id, Message.created_at, Message.id)
    )
    found: dict[int, _Transcript] = {}
    for cid, at, kind, body, media_type, media_url, state, author in session.execute(stmt):
        chat = found.get(cid)
        if chat is None:
            chat = found[cid] = _Transcript()
        local = clock(at)
        assert local is not None
        day = local.date()
        if day != chat.day:
            chat.day = day
            chat.add(day.isoformat())
        text = " ".join(body.split())
        if media_type:
            text = f"{text} [{media_type}: {media_url or 'attachment'}]".lstrip()
        if state in _FLAGGED_STATES:
            text = f"{text} [{state}]"
        who = _sender(kind, author, names[cid])
        chat.add(f"{local.hour:02d}:{local.minute:02d} {who}: {text}")
    return {cid: chat.text() for cid, chat in found.items()}


def employment_text(items: Sequence[Any]) -> str:
    """One line per job: ``company (start – end): description`` (missing parts left out)."""
    lines = []
    for item in items:
        if not isinstance(item, dict):
            lines.append(str(item))
            continue
        who = str(item.get("company") or item.get("organisation_name") or "")
        span = " – ".join(str(item[k]) for k in ("start_date", "end_date") if item.get(k))
        head = f"{who} ({span})".strip() if span else who
        description = str(item.get("description") or "")
        lines.append(f"{head}: {description}" if head and description else head or description)
    return "\n".join(line for line in lines if line)


def links_text(items: Sequence[Any]) -> str:
    """One URL per line."""
    urls = (str(i.get("url") or "") if isinstance(i, dict) else str(i) for i in items)
    return "\n".join(u for u in urls if u)


def _json(raw: object) -> Any:
    """A JSON column read as text (SQLite) or already decoded (PostgreSQL); None if empty."""
    if isinstance(raw, str):
        return None if raw in _EMPTY_JSON else json.loads(raw)
    return raw or None


def _row(
    r: Sequence[Any],
    campaign: Campaign,
    clock: LocalClock,
    extra: tuple[Sequence[object], str, str],
) -> list[object]:
    (cid, first, last, email, phone, source, folder, added, completed, school, gender) = r[:11]
    employment, links, others = _json(r[11]), _json(r[12]), _json(r[19])
    answers, tags, transcript = extra
    return [
        cid,
        campaign.id,
        campaign.title,
        first,
        last,
        email,
        phone,
        source,
        folder,
        tags,
        clock(added),
        clock(completed),
        school,
        gender,
        employment_text(employment) if employment else None,
        links_text(links) if links else None,
        *r[13:19],  # referee first name ... account
        json.dumps(others, ensure_ascii=False) if others else None,
        r[20],
        *answers,
        transcript,
    ]


def write_campaign(
    session: Session,
    campaign: Campaign,
    out: IO[bytes],
    *,
    timezone: str = "UTC",
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    chunk: int = CHUNK,
) -> int:
    """Write the campaign's candidates to ``out`` as an .xlsx; returns the rows written.

    ``progress`` gets the rows written after each chunk; when ``cancel`` returns True
    (checked after each chunk) :class:`ExportCancelled` is raised.
    """
    asked = questions(session, campaign.id)
    clock = LocalClock(timezone)
    with StreamingWorkbook(out) as book, book.sheet(SHEET, columns([t for _, t in asked])) as sheet:
        for rows in _chunks(session, campaign, chunk):
            ids = [r[0] for r in rows]
            names = {r[0]: f"{r[1]} {r[2]}".strip() for r in rows}
            tags = labels.labels_of(session, ids)
            answers = _answers(session, ids) if asked else {}
            chats = transcripts(session, names, clock)
            for r in rows:
                given = [answers.get((r[0], qid)) for qid, _ in asked]
                extra = (given, ", ".join(tags.get(r[0], ())), chats.get(r[0], ""))
                sheet.append(_row(r, campaign, clock, extra))
            if progress is not None:
                progress(sheet.rows)
            if cancel is not None and cancel():
                raise ExportCancelled(sheet.rows)
        return sheet.rows
