"""Writing the append-only activity log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from talkpush_desktop.storage import bulk, change_watch
from talkpush_desktop.storage.models import Action, Activity, table_of


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the activity log, before it is written."""

    company_id: int
    campaign_id: int | None
    candidate_id: int | None
    action: Action
    at: datetime
    user_id: int | None = None
    from_folder: str | None = None
    to_folder: str | None = None
    detail: str = ""


_TABLE = table_of(Activity)


def record(session: Session, events: Iterable[Event]) -> int:
    """Append ``events`` in one statement; returns how many were written."""
    listed = list(events)
    rows = [as_row(e) for e in listed]
    change_watch.note_candidates(e.candidate_id for e in listed)  # for open windows
    bulk.insert_rows(session, _TABLE, rows)
    return len(rows)


def as_row(e: Event) -> dict[str, object]:
    """The table row of an event (for bulk inserts)."""
    return {
        "company_id": e.company_id,
        "campaign_id": e.campaign_id,
        "candidate_id": e.candidate_id,
        "user_id": e.user_id,
        "action": e.action.value,
        "from_folder": e.from_folder,
        "to_folder": e.to_folder,
        "detail": e.detail[:500],
        "at": e.at,
    }
