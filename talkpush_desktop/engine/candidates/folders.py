"""Folder rules of the campaign view and the maintained folder counts.

* Inbox on join; Completed when the interview is completed; No Response when a PIN
  expires (and back to Inbox when it is refreshed) - all moved by the system.
* Shortlisted, On Hold, Rejected, Hired (and back to Inbox) - moved by a recruiter.

Counts per (campaign, folder) live in ``folder_counts`` and change in the same
transaction as the candidates, so reading them never scans the candidate table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import (
    Action,
    Campaign,
    CampaignMember,
    Candidate,
    Folder,
    FolderCount,
    table_of,
)
from talkpush_desktop.storage.prepared import Prepared

RECRUITER_FOLDERS = frozenset(
    {Folder.SHORTLISTED, Folder.ON_HOLD, Folder.REJECTED, Folder.HIRED, Folder.INBOX}
)
T = TypeVar("T")
FOLDER_NAMES = tuple(f.value for f in Folder)  # display order
CHUNK = 500  # ids per statement: well under every driver's parameter limit

_ALIASES = {f.value.lower().replace(" ", ""): f for f in Folder} | {
    "hold": Folder.ON_HOLD,
    "shortlist": Folder.SHORTLISTED,
    "reject": Folder.REJECTED,
    "hire": Folder.HIRED,
    "noinvitation": Folder.NO_CAMPAIGN_INVITATION,
}


def parse_folder(name: str) -> Folder:
    """Folder from a user's spelling: 'On Hold', 'on-hold', 'on_hold', 'ONHOLD'."""
    key = name.strip().lower().replace(" ", "").replace("-", "").replace("_", "")
    try:
        return _ALIASES[key]
    except KeyError:
        names = ", ".join(f.value for f in Folder)
        raise ValidationError(f"unknown folder {name!r} (folders: {names})") from None


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    """Slices of at most ``size`` items (for IN lists)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


_COUNTS = table_of(FolderCount)
_ADJUST = Prepared(
    update(_COUNTS)
    .where(_COUNTS.c.campaign_id == bindparam("campaign"), _COUNTS.c.folder == bindparam("in"))
    .values(count=_COUNTS.c.count + bindparam("delta"))
)
"""Built once: every write that adds or moves candidates runs it. On the table, not the
ORM class: the counts are only ever read as sums, so the ORM's search of the session for
count objects to update too (most of the statement's cost) would find nothing to do."""
_ADD = insert(_COUNTS)
_UPSERT = postgresql.insert(_COUNTS)
_ADD_OR_ADJUST = _UPSERT.on_conflict_do_update(
    index_elements=[_COUNTS.c.campaign_id, _COUNTS.c.folder],
    set_={"count": _COUNTS.c.count + _UPSERT.excluded.count},
)
"""On PostgreSQL two writers may both find no row and insert it (SQLite has one writer at a
time): the second adds its delta to the first's row instead of failing on the key."""


def adjust_counts(session: Session, deltas: Counter[tuple[int, str]]) -> None:
    """Apply count changes keyed by (campaign_id, folder), creating rows as needed; in key
    order, so concurrent writers on PostgreSQL lock the rows in the same order (a move
    from A to B beside one from B to A deadlocked)."""
    add = _ADD_OR_ADJUST if session.get_bind().dialect.name == "postgresql" else _ADD
    for (campaign_id, folder), delta in sorted(deltas.items()):
        if delta == 0:
            continue
        changed = _ADJUST.execute(session, {"campaign": campaign_id, "in": folder, "delta": delta})
        if changed == 0:
            session.execute(add, {"campaign_id": campaign_id, "folder": folder, "count": delta})


def of_company() -> ColumnElement[bool]:
    """Counts of the acting company's campaigns (``:company_id``): the counts table has no
    company, its campaigns do."""
    mine = select(Campaign.id).where(Campaign.company_id == bindparam("company_id"))
    return FolderCount.campaign_id.in_(mine.scalar_subquery())


def _counts_statement(one_campaign: bool, member: bool = False) -> Select[*tuple[Any, ...]]:
    stmt = select(FolderCount.folder, func.sum(FolderCount.count)).where(of_company())
    stmt = stmt.group_by(FolderCount.folder)
    if one_campaign:
        stmt = stmt.where(FolderCount.campaign_id == bindparam("campaign_id"))
    if member:
        access = select(CampaignMember.campaign_id).where(
            CampaignMember.user_id == bindparam("member")
        )
        stmt = stmt.where(FolderCount.campaign_id.in_(access))
    return stmt


def folder_counts(
    reader: FastReader, company_id: int, campaign_id: int | None, member: int | None = None
) -> dict[str, int]:
    """Counts for every folder, for one campaign or (None) all campaigns of the company
    (``member``: those that user has access to)."""
    one, of_member = campaign_id is not None, member is not None
    params = {"company_id": company_id, "campaign_id": campaign_id, "member": member}
    rows = reader.fetch(
        ("folder-counts", one, of_member), lambda: _counts_statement(one, of_member), params
    )
    counts = dict.fromkeys(FOLDER_NAMES, 0)
    for folder, total in rows:
        counts[folder] = int(total or 0)
    return counts


def total(session: Session, company_id: int, campaign_id: int | None, folder: Folder | None) -> int:
    """Candidates in one folder (None: every folder) of a campaign (None: all campaigns) of
    the company, from the counts table."""
    stmt = select(func.sum(FolderCount.count)).where(of_company())
    if folder is not None:
        stmt = stmt.where(FolderCount.folder == folder.value)
    if campaign_id is not None:
        stmt = stmt.where(FolderCount.campaign_id == campaign_id)
    return int(session.scalar(stmt, {"company_id": company_id}) or 0)


def recount(session: Session) -> None:
    """Rebuild ``folder_counts`` from the candidates (repair and bulk loads)."""
    session.execute(delete(FolderCount))
    rows = session.execute(
        select(Candidate.campaign_id, Candidate.folder, func.count()).group_by(
            Candidate.campaign_id, Candidate.folder
        )
    ).all()
    if rows:
        session.execute(
            insert(FolderCount),
            [{"campaign_id": c, "folder": f, "count": n} for c, f, n in rows],
        )


@dataclass(frozen=True, slots=True)
class Moved:
    """What one move changed: candidate id -> folder it came from; ``stale``: the ids left
    alone because they were not in the folder the caller saw (``expected``), or another
    transaction moved them while this one ran (PostgreSQL)."""

    to_folder: Folder
    previous: dict[int, str]
    stale: tuple[int, ...] = ()


MoveListener = Callable[[Session, int, Moved, datetime], object]
_LISTENERS: list[MoveListener] = []


def on_move(listener: MoveListener) -> None:
    """Call ``listener(session, company_id, moved, at)`` in the transaction of every move
    that moved someone (once per listener): rooms above this one (the ATS push) act on
    folder changes without this room importing them."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)


def _current(
    session: Session, company_id: int, part: Sequence[int], to_folder: Folder, every: bool
) -> list[Any]:
    """The candidates of ``part`` (of the company) with their folder; ``every``: also those
    already in ``to_folder``."""
    stmt = select(Candidate.id, Candidate.campaign_id, Candidate.folder, Candidate.company_id)
    stmt = stmt.where(Candidate.id.in_(part))
    if not every:
        stmt = stmt.where(Candidate.folder != to_folder.value)
    # the company is checked here: in SQL it steers SQLite off the key
    return [r for r in session.execute(stmt) if r.company_id == company_id]


def _set_folder(session: Session, rows: Sequence[Any], to_folder: Folder) -> set[int]:
    """Move ``rows`` if each is still in the folder it was read in (a compare-and-set: on
    PostgreSQL another transaction may have moved one since); the ids that moved."""
    by_folder: dict[str, list[int]] = {}
    for r in rows:
        by_folder.setdefault(r.folder, []).append(r.id)
    done: set[int] = set()
    for folder, ids in by_folder.items():
        done.update(
            session.scalars(
                update(Candidate)
                .where(Candidate.id.in_(ids), Candidate.folder == folder)
                .values(folder=to_folder.value)
                .returning(Candidate.id)
                .execution_options(synchronize_session=False)
            )
        )
    return done


def move(
    session: Session,
    company_id: int,
    ids: Sequence[int],
    to_folder: Folder,
    *,
    user_id: int | None,
    at: datetime,
    detail: str = "",
    expected: Mapping[int, str] | None = None,
) -> Moved:
    """Move candidates (any number, one transaction), logging each move.

    Candidates already in ``to_folder`` are left alone and not logged. ``expected`` (id ->
    the folder the caller saw): a candidate in another folder now is left alone too and
    named in :attr:`Moved.stale`, as is one that another transaction moved meanwhile.
    """
    previous: dict[int, str] = {}
    stale: list[int] = []
    deltas: Counter[tuple[int, str]] = Counter()
    events: list[activity.Event] = []
    for part in chunks(list(ids)):
        rows = _current(session, company_id, part, to_folder, every=expected is not None)
        if expected is not None:
            off = {r.id for r in rows if expected.get(r.id, r.folder) != r.folder}
            stale += sorted(off)
            rows = [r for r in rows if r.folder != to_folder.value and r.id not in off]
        if not rows:
            continue
        done = _set_folder(session, rows, to_folder)
        stale += [r.id for r in rows if r.id not in done]
        for r in rows:
            if r.id not in done:
                continue
            previous[r.id] = r.folder
            deltas[(r.campaign_id, r.folder)] -= 1
            deltas[(r.campaign_id, to_folder.value)] += 1
            events.append(
                activity.Event(
                    company_id,
                    r.campaign_id,
                    r.id,
                    Action.MOVED,
                    at,
                    user_id,
                    r.folder,
                    to_folder.value,
                    detail,
                )
            )
    adjust_counts(session, deltas)
    activity.record(session, events)
    moved = Moved(to_folder, previous, tuple(stale))
    if previous:
        for listener in _LISTENERS:
            listener(session, company_id, moved, at)
    return moved


def check_recruiter_target(folder: Folder) -> None:
    if folder not in RECRUITER_FOLDERS:
        allowed = ", ".join(sorted(f.value for f in RECRUITER_FOLDERS))
        raise ValidationError(
            f"{folder.value} is set by the system, not by a recruiter (allowed: {allowed})"
        )
