"""Which candidates a bulk action applies to, without listing them first.

A recruiter either picks candidates one by one (explicit ids) or selects *all* candidates
matching the list's filter, then perhaps unticks a few. The second kind is kept as the
filter plus the excluded ids, and only turned into ids inside the action's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.candidates.filters import CandidateFilter, where
from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.storage.models import Candidate


@dataclass(frozen=True, slots=True)
class Selection:
    """Explicit ``ids``, or (``filter`` set) every match of ``filter`` except ``excluded``."""

    ids: tuple[int, ...] = ()
    filter: CandidateFilter | None = None
    excluded: frozenset[int] = frozenset()

    @classmethod
    def of(cls, ids: Iterable[int]) -> Selection:
        return cls(ids=tuple(ids))

    @classmethod
    def matching(cls, f: CandidateFilter, excluded: Iterable[int] = ()) -> Selection:
        return cls(filter=f, excluded=frozenset(excluded))

    @property
    def all_matching(self) -> bool:
        return self.filter is not None

    def without(self, ids: Iterable[int]) -> Selection:
        """This selection minus ``ids``."""
        drop = set(ids)
        if self.filter is not None:
            return Selection(filter=self.filter, excluded=self.excluded | drop)
        return Selection(ids=tuple(i for i in self.ids if i not in drop))


Targets = Selection | Sequence[int]
"""What the workspace's bulk operations accept: a selection, or a plain list of ids."""


def scoped(session: Session, f: CandidateFilter) -> CandidateFilter:
    """``f`` kept to the campaigns the session's acting user has access to, when that user
    is not an owner (``campaign_access``): one campaign they have no access to holds none."""
    user = campaign_access.bound(session) if f.member is None else None
    if user is None:
        return f
    if f.campaign_id is not None and campaign_access.can_see(session, user, f.campaign_id):
        return f
    return f.with_(member=user)


def resolve(session: Session, company_id: int, target: Targets, dialect: str) -> list[int]:
    """The candidate ids of ``target`` as of now (call inside the action's transaction).

    Explicit ids must all be the company's candidates: NotFoundError names the others.
    """
    if not isinstance(target, Selection) or target.filter is None:
        ids = list(target.ids if isinstance(target, Selection) else target)
        check_exist(session, company_id, ids)
        return ids
    found = candidates.ids(session, company_id, scoped(session, target.filter), dialect)
    return [i for i in found if i not in target.excluded] if target.excluded else found


def check_exist(session: Session, company_id: int, ids: Sequence[int]) -> None:
    """NotFoundError naming the ``ids`` that are no candidate of the company."""
    missing = set(ids)
    hidden = scoped(session, CandidateFilter()).member  # a manager: their campaigns only
    for part in chunks(sorted(missing)):
        query = select(Candidate.id).where(
            Candidate.company_id == company_id, Candidate.id.in_(part)
        )
        if hidden is not None:
            query = query.where(Candidate.campaign_id.in_(campaign_access.member_of(hidden)))
        missing.difference_update(session.scalars(query))
    if missing:
        shown = ", ".join(str(i) for i in sorted(missing)[:10])
        more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        noun = "candidate" if len(missing) == 1 else "candidates"
        raise NotFoundError(f"no {noun} with id {shown}{more}")


def count(session: Session, company_id: int, target: Targets, dialect: str) -> int:
    """How many candidates ``target`` holds, counted by the database for a filter."""
    if not isinstance(target, Selection) or target.filter is None:
        ids = target.ids if isinstance(target, Selection) else target
        return len(set(ids))
    f = scoped(session, target.filter)
    total = candidates.count(session, company_id, f, dialect)
    w = where(f, company_id, dialect)
    for part in chunks(sorted(target.excluded)):
        stmt = (
            select(func.count())
            .select_from(Candidate)
            .where(w.clause, Candidate.id.in_(part))
            .params(w.params)
        )
        total -= int(session.scalar(stmt) or 0)
    return total
