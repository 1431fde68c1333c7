"""The one insert path: new candidates (manual add, imports, API, demo) into a campaign's
Inbox, with their folder counts, activity log and duplicate labels; the ids a batch inserted."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity, folders, kept_counts, labels
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.storage import bulk, search_index
from talkpush_desktop.storage.models import Action, Campaign, Candidate, Folder, table_of


def new_access_code() -> str:
    """A six-digit PIN for the phone interview."""
    return f"{secrets.randbelow(1_000_000):06d}"


class CampaignTarget(Protocol):
    """What a new candidate row needs to know of its campaign."""

    @property
    def id(self) -> int: ...
    @property
    def company_id(self) -> int: ...
    @property
    def pin_valid_hours(self) -> int: ...


def row_values(
    draft: CandidateDraft, campaign: CampaignTarget, at: datetime, batch_id: int | None
) -> dict[str, object]:
    """Every column of a new Inbox candidate (keys in :data:`INSERT_COLUMNS` order)."""
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
        "cv_text": "",
        "access_code": new_access_code(),
        "pin_expires_at": added + timedelta(hours=campaign.pin_valid_hours),
        "added_at": added,
        "completed_at": None,
        "last_message_at": None,
        "last_message_preview": "",
        "unread": False,
        "bot_stopped": False,
        "bot_step": 0,
        "import_batch_id": batch_id,
        "import_row": draft.row or None,
    }


INSERT_COLUMNS = tuple(
    row_values(CandidateDraft(), Campaign(id=0, company_id=0, pin_valid_hours=0), datetime.min, 0)
)


def _insert_rows(
    session: Session, rows: list[dict[str, object]], batch_id: int | None
) -> list[int]:
    """Insert candidate rows and return their ids in order.

    Batch rows (unique file row numbers) go in with one plain ``executemany`` and their ids
    are read back by (batch, row): on SQLite an ordered ``INSERT ... RETURNING`` would run
    one statement per row.
    """
    table = table_of(Candidate)
    numbers = [row["import_row"] for row in rows]
    if batch_id is None or None in numbers or len(set(numbers)) != len(numbers):
        return bulk.insert_ids(session, table, rows)
    session.execute(insert(table), rows)
    ids = ids_of_rows(session, batch_id, numbers)  # type: ignore[arg-type]
    search_index.index_candidates(session.connection(), ids)
    return ids


def insert_drafts(
    session: Session,
    campaign: CampaignTarget,
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
    rows = [row_values(d, campaign, at, batch_id) for d in drafts]
    if extra is not None:
        for row, more in zip(rows, extra, strict=True):
            row.update(more)
    ids = _insert_rows(session, rows, batch_id)
    folders.adjust_counts(session, Counter({(campaign.id, Folder.INBOX.value): len(ids)}))
    sources = (str(r["source"]) for r in rows)
    kept_counts.adjust_sources(session, kept_counts.added(campaign.id, sources))
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


def id_condition(ids: Sequence[int]) -> ColumnElement[bool]:
    """``Candidate.id`` in ``ids``: a range when they are consecutive (a batch on SQLite)."""
    if ids and ids[-1] - ids[0] == len(ids) - 1 and list(ids) == sorted(ids):
        return Candidate.id.between(ids[0], ids[-1])
    return Candidate.id.in_(ids)


def ids_of_rows(session: Session, batch_id: int, numbers: Sequence[int]) -> list[int]:
    """Ids of the candidates a batch just inserted for these file rows, in the same order.

    On SQLite, rows inserted in one write transaction get consecutive rowids ending at
    ``last_insert_rowid()``; that is checked with one range count on the primary key, and
    only if it does not hold are the ids looked up row by row.
    """
    if numbers and session.get_bind().dialect.name == "sqlite":
        last = int(session.scalar(select(func.last_insert_rowid())) or 0)
        first = last - len(numbers) + 1
        ends = session.execute(
            select(Candidate.id, Candidate.import_row).where(
                Candidate.id.in_([first, last]), Candidate.import_batch_id == batch_id
            )
        ).all()
        in_range = session.scalar(
            select(func.count())
            .select_from(Candidate)
            .where(Candidate.id.between(first, last), Candidate.import_batch_id == batch_id)
        )
        expected = {(first, numbers[0]), (last, numbers[-1])}
        if in_range == len(numbers) and {(i, n) for i, n in ends} == expected:
            return list(range(first, last + 1))
    found: dict[int, int] = {}
    for part in folders.chunks(list(numbers)):
        query = select(Candidate.import_row, Candidate.id).where(
            Candidate.import_batch_id == batch_id, Candidate.import_row.in_(part)
        )
        found.update((number or 0, cid) for number, cid in session.execute(query))
    return [found[number] for number in numbers]
