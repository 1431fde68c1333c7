"""Saved candidate lists: the candidates behind an analytics figure, for the campaign view."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Select, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CandidateSet, CandidateSetMember, table_of

KEEP = 50  # newest sets kept per company; older drill-downs are dropped


def create_from(session: Session, company_id: int, title: str, ids: Select[Any]) -> tuple[int, int]:
    """A new set of the distinct candidate ids ``ids`` selects, copied in the database;
    returns (set id, members)."""
    set_id = _new_set(session, company_id, title)
    chosen = ids.subquery()
    rows = select(literal(set_id, Integer()), chosen.c.candidate_id)
    members = table_of(CandidateSetMember)
    session.execute(insert(members).from_select(["set_id", "candidate_id"], rows))
    count = session.scalar(select(func.count()).where(CandidateSetMember.set_id == set_id))
    return set_id, int(count or 0)


def _new_set(session: Session, company_id: int, title: str) -> int:
    saved = CandidateSet(company_id=company_id, title=title[:300], created_at=utcnow())
    session.add(saved)
    session.flush()
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
