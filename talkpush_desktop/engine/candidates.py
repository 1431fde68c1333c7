"""Candidates: the one insert path (manual add, imports, API, demo) and list queries."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, func, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine import activity, folders, labels
from talkpush_desktop.engine.dto import CandidateDetail, CandidateRow, ResponseInfo
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.filters import CandidateFilter, where_clause
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.storage.models import (
    Action,
    Campaign,
    Candidate,
    Folder,
    InterviewQuestion,
    InterviewResponse,
)

ROW_COLUMNS = (
    Candidate.id,
    Candidate.campaign_id,
    Candidate.first_name,
    Candidate.last_name,
    Candidate.email,
    Candidate.phone,
    Candidate.folder,
    Candidate.source,
    Candidate.added_at,
    Candidate.completed_at,
    Candidate.last_message_preview,
    Candidate.unread,
)


def new_access_code() -> str:
    """A six-digit PIN for the phone interview."""
    return f"{secrets.randbelow(1_000_000):06d}"


def _row_values(
    draft: CandidateDraft, campaign: Campaign, at: datetime, batch_id: int | None
) -> dict[str, object]:
    added = draft.added_at or at
    return {
        "company_id": campaign.company_id,
        "campaign_id": campaign.id,
        "folder": Folder.INBOX.value,
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "email": draft.email,
        "email_key": draft.email_key,
        "phone": draft.phone,
        "search_phone": draft.search_phone,
        "source": draft.source,
        "school_name": None,
        "gender": None,
        "employment": [],
        "links": [],
        "referee_first_name": draft.referee_first_name,
        "referee_last_name": draft.referee_last_name,
        "referee_id": draft.referee_id,
        "referee_email": draft.referee_email,
        "referee_mobile": draft.referee_mobile,
        "referee_account": draft.referee_account,
        "others": dict(draft.others),
        "cv_path": "",
        "access_code": new_access_code(),
        "pin_expires_at": added + timedelta(hours=campaign.pin_valid_hours),
        "added_at": added,
        "completed_at": None,
        "last_message_at": None,
        "last_message_preview": "",
        "unread": False,
        "bot_stopped": False,
        "import_batch_id": batch_id,
        "import_row": draft.row or None,
    }


def insert_drafts(
    session: Session,
    campaign: Campaign,
    drafts: Sequence[CandidateDraft],
    *,
    at: datetime,
    user_id: int | None,
    batch_id: int | None = None,
    extra: Sequence[Mapping[str, object]] | None = None,
) -> list[int]:
    """Insert candidates into the Inbox of ``campaign``, keeping counts, log and labels right.

    ``extra`` optionally carries per-draft column overrides (e.g. school_name, cv_path).
    """
    if not drafts:
        return []
    rows = [_row_values(d, campaign, at, batch_id) for d in drafts]
    if extra is not None:
        for row, more in zip(rows, extra, strict=True):
            row.update(more)
    ids = list(
        session.scalars(
            insert(Candidate).returning(Candidate.id, sort_by_parameter_order=True), rows
        )
    )
    folders.adjust_counts(session, Counter({(campaign.id, Folder.INBOX.value): len(ids)}))
    activity.record(
        session,
        (
            activity.Event(
                campaign.company_id,
                campaign.id,
                cid,
                Action.ADDED,
                row["added_at"],  # type: ignore[arg-type]
                user_id,
                None,
                Folder.INBOX.value,
                str(row["source"]),
            )
            for cid, row in zip(ids, rows, strict=True)
        ),
    )
    labels.refresh_duplicates(
        session, campaign.company_id, (d.email_key for d in drafts), (d.phone for d in drafts), at
    )
    return ids


def _to_row(
    r: Row[Any], titles: Mapping[int, str], tags: Mapping[int, tuple[str, ...]]
) -> CandidateRow:
    return CandidateRow(
        r.id,
        r.campaign_id,
        titles.get(r.campaign_id, ""),
        r.first_name,
        r.last_name,
        r.email,
        r.phone,
        r.folder,
        r.source,
        r.added_at,
        r.completed_at,
        r.last_message_preview,
        bool(r.unread),
        tags.get(r.id, ()),
    )


def page_statement(
    f: CandidateFilter, company_id: int, dialect: str, before_id: int | None, limit: int
) -> Select[*tuple[Any, ...]]:
    """Newest first, keyset-paginated (``before_id`` is the last id already shown)."""
    stmt = select(*ROW_COLUMNS).where(where_clause(f, company_id, dialect))
    if before_id is not None:
        stmt = stmt.where(Candidate.id < before_id)
    return stmt.order_by(Candidate.id.desc()).limit(limit)


def page(
    session: Session,
    company_id: int,
    f: CandidateFilter,
    dialect: str,
    titles: Mapping[int, str],
    *,
    before_id: int | None = None,
    limit: int = 100,
) -> list[CandidateRow]:
    """One page of the candidate list with labels."""
    rows = session.execute(page_statement(f, company_id, dialect, before_id, limit)).all()
    tags = labels.labels_of(session, [r[0] for r in rows])
    return [_to_row(r, titles, tags) for r in rows]


def count(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> int:
    stmt = select(func.count()).select_from(Candidate).where(where_clause(f, company_id, dialect))
    return int(session.scalar(stmt) or 0)


def ids(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> list[int]:
    """Every candidate id matching ``f`` ("Select all" means all of these)."""
    stmt = select(Candidate.id).where(where_clause(f, company_id, dialect))
    return list(session.scalars(stmt.order_by(Candidate.id.desc())))


def detail(
    session: Session, company_id: int, candidate_id: int, titles: Mapping[int, str]
) -> CandidateDetail:
    c = session.get(Candidate, candidate_id)
    if c is None or c.company_id != company_id:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    tags = labels.labels_of(session, [c.id])
    row = CandidateRow(
        c.id,
        c.campaign_id,
        titles.get(c.campaign_id, ""),
        c.first_name,
        c.last_name,
        c.email,
        c.phone,
        c.folder,
        c.source,
        c.added_at,
        c.completed_at,
        c.last_message_preview,
        c.unread,
        tags.get(c.id, ()),
    )
    responses = [
        ResponseInfo(q.id, q.text, r.answer_type, r.text, r.audio_path, r.transcript, r.created_at)
        for r, q in session.execute(
            select(InterviewResponse, InterviewQuestion)
            .join(InterviewQuestion, InterviewQuestion.id == InterviewResponse.question_id)
            .where(InterviewResponse.candidate_id == c.id)
            .order_by(InterviewQuestion.position)
        )
    ]
    referee = {
        "first_name": c.referee_first_name,
        "last_name": c.referee_last_name,
        "id": c.referee_id,
        "email": c.referee_email,
        "mobile": c.referee_mobile,
        "account": c.referee_account,
    }
    return CandidateDetail(
        row,
        c.school_name,
        c.gender,
        list(c.employment),
        list(c.links),
        referee,
        dict(c.others),
        c.cv_path,
        c.access_code,
        c.pin_expires_at,
        c.bot_stopped,
        responses,
    )


def existing_contacts(
    session: Session, campaign_id: int, email_keys: Sequence[str], phones: Sequence[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Candidates of a campaign already holding these emails / phones (key -> id)."""
    by_email: dict[str, int] = {}
    by_phone: dict[str, int] = {}
    for part in folders.chunks(sorted({e for e in email_keys if e})):
        stmt = select(Candidate.email_key, Candidate.id).where(
            Candidate.campaign_id == campaign_id, Candidate.email_key.in_(part)
        )
        by_email.update(session.execute(stmt).all())
    for part in folders.chunks(sorted({p for p in phones if p})):
        stmt = select(Candidate.phone, Candidate.id).where(
            Candidate.campaign_id == campaign_id, Candidate.phone.in_(part)
        )
        by_phone.update(session.execute(stmt).all())
    return by_email, by_phone
