"""Saved candidate lists: the candidates behind an analytics figure, for the campaign view."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CandidateSet, CandidateSetMember, table_of

KEEP = 50  # newest sets kept per company; older drill-downs are dropped
_CHUNK = 5000


def create(session: Session, company_id: int, title: str, candidate_ids: Iterable[int]) -> int:
    """A new set holding ``candidate_ids``; returns its id (older sets beyond KEEP go)."""
    saved = CandidateSet(company_id=company_id, title=title[:300], created_at=utcnow())
    session.add(saved)
    session.flush()
    rows = [{"set_id": saved.id, "candidate_id": cid} for cid in dict.fromkeys(candidate_ids)]
    members = table_of(CandidateSetMember)
    for i in range(0, len(rows), _CHUNK):
        session.execute(insert(members), rows[i : i + _CHUNK])
    _prune(session, company_id)
    return saved.id


def _prune(session: Session, company_id: int) -> None:
    old = select(CandidateSet.id).where(CandidateSet.company_id == company_id)
    keep = old.order_by(CandidateSet.id.desc()).limit(KEEP)
    stale = [int(i) for i in session.scalars(old.where(CandidateSet.id.not_in(keep)))]
    if stale:
        session.execute(delete(CandidateSetMember).where(CandidateSetMember.set_id.in_(stale)))
        session.execute(delete(CandidateSet).where(CandidateSet.id.in_(stale)))


def title(session: Session, company_id: int, set_id: int) -> str | None:
    """The set's title, or None when it is gone (pruned or another company's)."""
    return session.scalar(
        select(CandidateSet.title).where(
            CandidateSet.id == set_id, CandidateSet.company_id == company_id
        )
    )
