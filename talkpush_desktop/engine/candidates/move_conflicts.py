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


def _lines(session: Session, company_id: int, ids: Sequence[int]) -> list[str]:
    rows = session.execute(
        select(Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.folder).where(
            Candidate.id.in_(list(ids[:NAMED])), Candidate.company_id == company_id
        )
    ).all()
    lines = []
    for r in sorted(rows, key=lambda r: ids.index(r.id)):
        name = f"{r.first_name} {r.last_name}".strip() or f"candidate {r.id}"
        lines.append(f"{name} (#{r.id}) to {r.folder}{_mover(session, r.id, r.folder)}")
    return lines


def conflict(
    session: Session, company_id: int, ids: Sequence[int], *, undoing: str = ""
) -> MoveConflict:
    """The refusal for ``ids`` (stale candidates); ``undoing``: the undo step's description
    (an undo refused because someone else changed them since)."""
    lines = _lines(session, company_id, ids)
    more = len(ids) - len(lines)
    listed = "; ".join(lines) + (f"; and {more} more" if more > 0 else "")
    if undoing:
        text = f"cannot undo {undoing!r}: someone else moved {listed} since"
        return MoveConflict(text, ids)
    if len(ids) == 1:
        text = f"already moved by someone else: {listed}; nothing was moved"
    else:
        text = f"{len(ids)} candidates were already moved by someone else: {listed}; "
        text += "nothing was moved"
    return MoveConflict(text, ids)
