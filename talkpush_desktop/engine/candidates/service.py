"""``ws.candidates.page``: reading lists and profiles, folder moves, PINs and drill-down sets."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from talkpush_desktop.engine.analytics import drill as analytics_drill
from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.candidates import (
    candidate_sets,
    folders,
    move_conflicts,
    pins,
    selection,
)
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Targets
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.company.service import CampaignsService
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.dto import CandidateDetail, CandidateRow
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.undo import UndoEntry
from talkpush_desktop.storage.models import Candidate, Folder


class CandidatesService(Service):
    """What a recruiter reads and does to candidates (labels are ``ws.labels.all``)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._campaigns = CampaignsService(ctx)
        self._member: int | None | bool = False  # False: not looked up yet

    def _scoped(self, f: CandidateFilter) -> CandidateFilter:
        """``f`` kept to the acting user's campaigns when they are not an owner (read once:
        a workspace acts for one user); one campaign they have no access to lists none."""
        if f.member is not None:
            return f
        if self._member is False:
            with self._ctx.reading() as s:
                f_all = selection.scoped(s, CandidateFilter())
            self._member = f_all.member
        if self._member is None:
            return f
        if f.campaign_id is not None:  # one campaign: as it is if theirs (maintained counts)
            with self._ctx.reading() as s:
                if campaign_access.can_see(s, self._member, f.campaign_id):
                    return f
        return f.with_(member=self._member)

    # -- reading ---------------------------------------------------------------------------

    def get(self, candidate_id: int) -> CandidateDetail:
        """One candidate's profile."""
        with self._ctx.transaction() as s:
            return candidates.detail(
                s, self._ctx.company_id, candidate_id, self._campaigns.titles()
            )

    def page(
        self, f: CandidateFilter | None = None, *, before_id: int | None = None, limit: int = 100
    ) -> list[CandidateRow]:
        """A page of candidates matching ``f``, newest first (keyset by ``before_id``)."""
        return candidates.page(
            self._ctx.reader,
            self._ctx.company_id,
            self._scoped(f or CandidateFilter()),
            self._ctx.dialect,
            self._campaigns.titles(),
            before_id=before_id,
            limit=limit,
        )

    def count(self, f: CandidateFilter | None = None) -> int:
        """How many candidates match ``f`` (exact; see :meth:`known_count`)."""
        return candidates.read_count(
            self._ctx.reader,
            self._ctx.company_id,
            self._scoped(CandidateFilter() if f is None else f),
            self._ctx.dialect,
        )

    def known_count(self, f: CandidateFilter | None = None) -> int | None:
        """The count of a whole folder, campaign or company without counting (maintained);
        None when :meth:`count` has to count (it may take a while at a million: call it off
        the UI thread)."""
        with self._ctx.reading() as s:
            scoped = self._scoped(f or CandidateFilter())
            return candidates.maintained_count(s, self._ctx.company_id, scoped)

    def ids(self, f: CandidateFilter | None = None) -> list[int]:
        with self._ctx.reading() as s:
            return candidates.ids(
                s, self._ctx.company_id, self._scoped(f or CandidateFilter()), self._ctx.dialect
            )

    def count_selected(self, target: Targets) -> int:
        """How many candidates a selection holds (counted in the database for "all")."""
        with self._ctx.reading() as s:
            return selection.count(s, self._ctx.company_id, target, self._ctx.dialect)

    def selected_ids(self, target: Targets) -> list[int]:
        """The candidate ids a selection holds (resolved in the database for "all")."""
        with self._ctx.reading() as s:
            return selection.resolve(s, self._ctx.company_id, target, self._ctx.dialect)

    def folder_counts(self, campaign_id: int | None = None) -> dict[str, int]:
        """Candidates per folder for one campaign, or all campaigns (maintained, no scan)."""
        member = self._scoped(CandidateFilter(campaign_id=campaign_id)).member
        return folders.folder_counts(self._ctx.reader, self._ctx.company_id, campaign_id, member)

    def sources(self) -> list[str]:
        """Every source candidates came from (Manual, Career site, a sheet...)."""
        with self._ctx.reading() as s:
            return list(
                s.scalars(
                    select(Candidate.source)
                    .where(Candidate.company_id == self._ctx.company_id)
                    .distinct()
                    .order_by(Candidate.source)
                )
            )

    def stored_file(self, stored: str) -> Path | None:
        """The file a candidate field names (CV, recording), if it is on this computer.

        Relative names are inside the workspace folder; URLs and missing files give None.
        """
        if not stored or "://" in stored:
            return None
        path = Path(stored)
        path = path if path.is_absolute() else self._ctx.data_dir / path
        return path if path.is_file() else None

    # -- folders ---------------------------------------------------------------------------

    def move(
        self, ids: Targets, folder: Folder | str, *, seen: Mapping[int, str] | None = None
    ) -> int:
        """A recruiter moves candidates (ids or a Selection, one transaction, undoable).

        ``seen``: candidate id -> the folder the recruiter saw them in. A candidate that is
        in another folder now, or that another workstation moves while this runs, refuses
        the whole move (:class:`MoveConflict`, naming who moved whom where). Returns how
        many actually moved.
        """
        target = folder if isinstance(folder, Folder) else folders.parse_folder(folder)
        folders.check_recruiter_target(target)
        moved = self._move(ids, target, "", seen)
        if moved.previous:
            description = f"Move {len(moved.previous)} to {target.value}"
            back = {cid: target.value for cid in moved.previous}
            self._ctx.undo_stack.push(
                UndoEntry(
                    description,
                    undo=lambda: self._restore(moved.previous, back, description),
                    redo=lambda: self._move(list(moved.previous), target, "redo", moved.previous),
                )
            )
        return len(moved.previous)

    def _move(
        self, ids: Targets, target: Folder, detail: str, seen: Mapping[int, str] | None
    ) -> folders.Moved:
        ctx = self._ctx
        with ctx.transaction() as s:
            chosen = selection.resolve(s, ctx.company_id, ids, ctx.dialect)
            moved = folders.move(
                s,
                ctx.company_id,
                chosen,
                target,
                user_id=ctx.user_id,
                at=utcnow(),
                detail=detail,
                expected=seen,
            )
            if moved.stale:  # raised in the transaction: nothing of the move is kept
                raise move_conflicts.conflict(s, ctx.company_id, moved.stale)
            return moved

    def _restore(self, previous: dict[int, str], now_in: dict[int, str], undoing: str) -> None:
        """Undo a move: each candidate back where it came from, if it is still where this
        workspace put it (else refused: someone else changed it since)."""
        by_folder: dict[str, list[int]] = {}
        for cid, name in previous.items():
            by_folder.setdefault(name, []).append(cid)
        ctx = self._ctx
        with ctx.transaction() as s:
            stale: list[int] = []
            for name, ids in by_folder.items():
                stale += folders.move(
                    s,
                    ctx.company_id,
                    ids,
                    Folder(name),
                    user_id=ctx.user_id,
                    at=utcnow(),
                    detail="undo",
                    expected=now_in,
                ).stale
            if stale:
                raise move_conflicts.conflict(s, ctx.company_id, stale, undoing=undoing)

    # -- PINs ------------------------------------------------------------------------------

    def expire_pins(self, now: datetime | None = None, limit: int | None = None) -> int:
        """Move Inbox candidates whose PIN expired unanswered to No Response (see
        :func:`engine.candidates.pins.expire`); ``limit`` caps one transaction."""
        with self._ctx.transaction() as s:
            return pins.expire(s, self._ctx.company_id, now or utcnow(), limit)

    def refresh_pins(self, ids: Targets) -> int:
        """New PIN and validity for each candidate; No Response ones return to the Inbox."""
        ctx = self._ctx
        with ctx.transaction() as s:
            chosen = selection.resolve(s, ctx.company_id, ids, ctx.dialect)
            return pins.refresh(s, ctx.company_id, ctx.user_id, chosen, utcnow())

    # -- sets saved from the dashboard -----------------------------------------------------

    def drill_down(self, drill: analytics.Drill) -> analytics.DrillResult:
        """Save the candidates behind a dashboard figure as a set the campaign view shows."""
        with self._ctx.transaction() as s:
            ids = analytics_drill.candidate_query(s, self._ctx.company_id, drill)
            title = analytics_drill.title(s, self._ctx.company_id, drill)
            set_id, count = candidate_sets.create_from(s, self._ctx.company_id, title, ids)
            return analytics.DrillResult(set_id, title, count)

    def set_title(self, set_id: int) -> str | None:
        """A saved set's title (None once it has been pruned)."""
        with self._ctx.reading() as s:
            return candidate_sets.title(s, self._ctx.company_id, set_id)
