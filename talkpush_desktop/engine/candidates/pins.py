"""Interview PINs: expiry of unanswered invitations and refreshing a candidate's PIN.

The seed: the PIN expires when the candidate "has not responded to your invitation", and
the candidate then waits in No Response; a recruiter can refresh a PIN (new code, new
validity), which brings a No Response candidate back to the Inbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity, folders
from talkpush_desktop.engine.candidates.records import new_access_code
from talkpush_desktop.engine.interview.responses import responded
from talkpush_desktop.storage.models import Action, Campaign, Candidate, Folder


def expire(s: Session, company_id: int, when: datetime, limit: int | None = None) -> int:
    """Move Inbox candidates whose PIN expired unanswered to No Response; how many moved.

    A candidate who wrote anything or answered a question is never moved (an indexed NOT
    EXISTS per candidate, inside the one query). ``limit`` caps one call, so a backlog
    never holds the write lock for long.
    """
    expired = list(
        s.scalars(
            select(Candidate.id)
            .where(
                Candidate.company_id == company_id,
                Candidate.folder == Folder.INBOX.value,
                Candidate.completed_at.is_(None),
                Candidate.pin_expires_at < when,
                ~responded(Candidate.id),
            )
            .limit(limit)
        )
    )
    moved = folders.move(
        s, company_id, expired, Folder.NO_RESPONSE, user_id=None, at=when, detail="PIN expired"
    )
    return len(moved.previous)


def refresh(s: Session, company_id: int, user_id: int, ids: Sequence[int], when: datetime) -> int:
    """New PIN and validity for each of ``ids`` (the company's only); No Response ones
    return to the Inbox. Returns how many were refreshed."""
    hours = dict(
        s.execute(
            select(Campaign.id, Campaign.pin_valid_hours).where(Campaign.company_id == company_id)
        ).all()
    )
    return sum(
        _refresh_part(s, company_id, user_id, part, hours=hours, when=when)
        for part in folders.chunks(ids)
    )


def _refresh_part(
    s: Session,
    company_id: int,
    user_id: int,
    ids: Sequence[int],
    *,
    hours: dict[int, int],
    when: datetime,
) -> int:
    """Refresh one chunk; ``hours`` is PIN validity by campaign."""
    found = s.execute(
        select(Candidate.id, Candidate.campaign_id, Candidate.folder).where(Candidate.id.in_(ids))
    )
    rows = [r for r in found if r.campaign_id in hours]
    if not rows:
        return 0
    s.execute(
        update(Candidate),
        [
            {
                "id": r.id,
                "access_code": new_access_code(),
                "pin_expires_at": when + timedelta(hours=hours[r.campaign_id]),
            }
            for r in rows
        ],
    )
    activity.record(
        s,
        [
            activity.Event(company_id, r.campaign_id, r.id, Action.PIN_REFRESHED, when, user_id)
            for r in rows
        ],
    )
    back = [r.id for r in rows if r.folder == Folder.NO_RESPONSE.value]
    folders.move(
        s, company_id, back, Folder.INBOX, user_id=user_id, at=when, detail="PIN refreshed"
    )
    return len(rows)
