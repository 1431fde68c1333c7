"""Two recruiters, one candidate: the second move (or an undo) is refused with who was first.

A recruiter's move is made on the folder they saw (``expected``), and on PostgreSQL a move
that another workstation's transaction overtook is a compare-and-set that found the row
changed (:func:`engine.candidates.folders.move`). Either way the candidate is *stale*: the
move is refused as a whole (nothing written) with a sentence naming each candidate, the
folder they are in now and the recruiter who moved them there, read from the activity log.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ConflictError
from talkpush_desktop.storage.models import Action, Activity, Candidate, User

NAMED = 3
"""Candidates named in one message; the rest are counted."""


class MoveConflict(ConflictError):
    """Someone else moved the candidates first: nothing was moved (``ids``: the stale ones)."""

    code = "moved_by_someone_else"

    def __init__(self, message: str, ids: Sequence[int]) -> None:
        super().__init__(message)
        self.ids = tuple(ids)


def _mover(session: Session, candidate_id: int, folder: str) -> str:
    """Who put the candidate in ``folder`` (its last move there), as a recruiter reads it."""
    last = session.execute(
        select(Activity.to_folder, User.name)
        .outerjoin(User, User.id == Activity.user_id)
        .where(Activity.candidate_id == candidate_id, Activity.action == Action.MOVED.value)
        .order_by(Activity.id.desc())
        .limit(1)
    ).first()
    if last is None or last.to_folder != folder:
        return ""
    return f" by {last.name}" if last.name else " by the system"


def named(session: Session, company_id: int, ids: Sequence[int]) -> list[tuple[int, str]]:
    """The first :data:`NAMED` of ``ids`` in order, each as a recruiter reads it:
    ``(id, "Maria Santos (#12)")``."""
    rows = session.execute(
        select(Candidate.id, Candidate.first_name, Candidate.last_name).where(
            Candidate.id.in_(list(ids[:NAMED])), Candidate.company_id == company_id
        )
    ).all()
    names = {r.id: f"{r.first_name} {r.last_name}".strip() or f"candidate {r.id}" for r in rows}
    return [(i, f"{names[i]} (#{i})") for i in ids[:NAMED] if i in names]


def listed(lines: Sequence[str], total: int) -> str:
    """``lines`` joined, and how many more of ``total`` there are."""
    more = total - len(lines)
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")


def _lines(session: Session, company_id: int, ids: Sequence[int]) -> list[str]:
    ids = list(ids[:NAMED])
    rows = session.execute(select(Candidate.id, Candidate.folder).where(Candidate.id.in_(ids)))
    folders: dict[int, str] = {r.id: r.folder for r in rows}
    return [
        f"{name} to {folders[i]}{_mover(session, i, folders[i])}"
        for i, name in named(session, company_id, ids)
    ]


def conflict(
    session: Session, company_id: int, ids: Sequence[int], *, undoing: str = ""
) -> MoveConflict:
    """The refusal for ``ids`` (stale candidates); ``undoing``: the undo step's description
    (an undo refused because someone else changed them since)."""
    who = listed(_lines(session, company_id, ids), len(ids))
    if undoing:
        text = f"cannot undo {undoing!r}: someone else moved {who} since"
        return MoveConflict(text, ids)
    if len(ids) == 1:
        text = f"already moved by someone else: {who}; nothing was moved"
    else:
        text = f"{len(ids)} candidates were already moved by someone else: {who}; "
        text += "nothing was moved"
    return MoveConflict(text, ids)
