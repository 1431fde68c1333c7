"""Undoing (or redoing) a label change is refused when someone else changed that label on
its candidates since: a candidate this workspace labelled that no longer carries the label,
or one it unlabelled that carries it again. The refusal names each candidate and who made
the change, read from the activity log; nothing is changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.candidates.move_conflicts import listed, named
from talkpush_desktop.engine.errors import ConflictError
from talkpush_desktop.storage.models import Action, Activity, Candidate, User


class LabelConflict(ConflictError):
    """Someone else changed the label on these candidates since (``ids``): nothing changed."""

    code = "labelled_by_someone_else"

    def __init__(self, message: str, ids: Sequence[int]) -> None:
        super().__init__(message)
        self.ids = tuple(ids)


def stale(
    session: Session, company_id: int, ids: Sequence[int], label: str, *, carried: bool
) -> list[int]:
    """Of ``ids`` (those still in the company), the ones no longer as this workspace left
    them: carrying the label (``carried``) or not."""
    label_id = labels.label_id(session, company_id, label)
    found: list[int] = []
    for part in chunks(ids):
        present = session.scalars(
            select(Candidate.id).where(Candidate.id.in_(part), Candidate.company_id == company_id)
        ).all()
        have = labels.carried_by(session, label_id, present)
        found += [i for i in present if (i in have) != carried]
    return found


def _changer(session: Session, candidate_id: int, label: str) -> str:
    """Who last put the label on or took it off the candidate, as a recruiter reads it."""
    last = session.execute(
        select(User.name)
        .select_from(Activity)
        .outerjoin(User, User.id == Activity.user_id)
        .where(
            Activity.candidate_id == candidate_id,
            Activity.action.in_([Action.LABELLED.value, Action.UNLABELLED.value]),
            Activity.detail == label,
        )
        .order_by(Activity.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return ""
    return f" by {last.name}" if last.name else " by the system"


def conflict(
    session: Session,
    company_id: int,
    ids: Sequence[int],
    label: str,
    *,
    carried: bool,
    doing: str,
) -> LabelConflict:
    """The refusal of ``doing`` (``"undo 'Label 1 VIP'"``) for the ``stale`` ``ids``; their
    label was expected ``carried`` and someone else changed that."""
    who = listed(
        [f"{name}{_changer(session, i, label)}" for i, name in named(session, company_id, ids)],
        len(ids),
    )
    change = f"took {label} off" if carried else f"put {label} on"
    return LabelConflict(f"cannot {doing}: someone else {change} {who} since", ids)
