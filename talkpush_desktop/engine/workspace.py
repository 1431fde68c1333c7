"""The Workspace: one facade through which the window, the CLI and tests do everything.

Like Anki's ``Collection``: it owns the database, knows the company and the acting user,
and exposes the recruiter's operations as plain methods returning plain data.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import drill as analytics_drill
from talkpush_desktop.engine.analytics import rollup as analytics_rollup
from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.candidates import (
    activity,
    attachments,
    candidate_sets,
    folders,
    labels,
    selection,
)
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Targets
from talkpush_desktop.engine.candidates.undo import UndoEntry, UndoStack
from talkpush_desktop.engine.company import campaigns, team
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.dto import (
    CampaignInfo,
    CandidateDetail,
    CandidateRow,
    LabelInfo,
)
from talkpush_desktop.engine.errors import ValidationError, WorkspaceError
from talkpush_desktop.engine.exports.service import Exports
from talkpush_desktop.engine.intake import batch_owner, manual, sheet_download
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.intake.manual import ManualFields
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.interview import responses
from talkpush_desktop.engine.locations import DB_FILE, default_data_dir
from talkpush_desktop.engine.messaging import links
from talkpush_desktop.engine.messaging.service import Messaging
from talkpush_desktop.engine.providers.secret_store import SecretStore
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import statistics, write_lock
from talkpush_desktop.storage.database import (
    Database,
    StorageError,
    make_folder,
    open_database,
    sqlite_url,
)
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import (
    Action,
    Campaign,
    Candidate,
    Company,
    Folder,
    InterviewQuestion,
    Label,
    User,
)
from talkpush_desktop.storage.private_files import make_private_folder

ROLLUP_STEP = 250_000  # activity ids the analytics rollup reads per transaction


class Workspace(Messaging, Exports):
    """An open recruiter workspace (one company, one acting user)."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        with db.reads() as s:  # checked without the write lock; taken only to analyse
            stale = statistics.stale(s.connection())
        if stale:
            with db.engine.connect() as conn:
                statistics.keep_current(conn)  # the planner needs them to pick a list's index
        self.reader = FastReader(db.engine)
        self.dialect: str = db.engine.dialect.name  # read on every list call: an attribute
        self.import_workers = ImportWorkers()
        self.undo_stack = UndoStack()
        self._titles: dict[int, str] | None = None
        self._secrets: SecretStore | None = None
        self.company_id, self.user_id = self._found_company() or self._ensure_company()
        with self.reading() as s:
            running = batch_owner.any_running(s)
        if running:
            with self.transaction() as s:
                batch_owner.mark_interrupted(s)  # imports whose process died

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        *,
        database_url: str | None = None,
        data_dir: Path | str | None = None,
        busy_timeout_ms: int = 5000,
    ) -> Workspace:
        """Open (creating or upgrading) a workspace; raises WorkspaceError with a clear message."""
        folder = Path(data_dir) if data_dir else default_data_dir()
        url = database_url or sqlite_url(folder / DB_FILE)
        if database_url and database_url.startswith("sqlite:///") and not data_dir:
            folder = Path(database_url.removeprefix("sqlite:///")).parent
        try:
            make_folder(folder)
            return cls(open_database(url, busy_timeout_ms), folder)
        except StorageError as exc:
            raise WorkspaceError(str(exc)) from exc

    def close(self) -> None:
        self.import_workers.close()
        self.reader.close()
        self.db.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error."""
        with self.db.sessions.begin() as session:
            session.info[links.STORE_KEY] = lambda: self.secrets  # links' key, read when needed
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: on SQLite a snapshot that never waits for a writer (a
        writing :meth:`transaction` takes the write lock when it starts)."""
        with self.db.reads() as session:
            session.info[links.STORE_KEY] = lambda: self.secrets
            yield session

    def _found_company(self) -> tuple[int, int] | None:
        """The company and acting user when they (and the automatic labels) exist: opening
        a workspace then takes no write lock."""
        with self.reading() as s:
            firm = s.scalar(select(Company.id).order_by(Company.id).limit(1))
            if firm is None:
                return None
            names = set(s.scalars(select(Label.name).where(Label.company_id == firm)))
            user = s.scalar(
                select(User.id)
                .where(User.company_id == firm)
                .order_by(User.is_owner.desc(), User.id)
                .limit(1)
            )
            return (firm, user) if user is not None and names >= set(labels.AUTOMATIC) else None

    def _ensure_company(self) -> tuple[int, int]:
        with self.transaction() as s:
            firm = s.scalar(select(Company).order_by(Company.id).limit(1))
            if firm is None:
                firm = Company(
                    name="My Company",
                    timezone="UTC",
                    domain_whitelist=[],
                    ip_whitelist=[],
                    created_at=utcnow(),
                )
                s.add(firm)
                s.flush()
            labels.ensure_automatic(s, firm.id)
            user = s.scalar(
                select(User)
                .where(User.company_id == firm.id)
                .order_by(User.is_owner.desc(), User.id)
                .limit(1)
            )
            if user is not None:
                return firm.id, user.id
            name = getpass.getuser() or "recruiter"
            return firm.id, team.add_user(s, firm.id, name, f"{name}@localhost", owner=True)

    def add_user(self, name: str, email: str) -> int:
        """A new team member of the company (a recruiter); returns the user id."""
        with self.transaction() as s:
            return team.add_user(s, self.company_id, name, email)

    def is_empty(self) -> bool:
        """True when the workspace has no campaign yet (first start)."""
        with self.reading() as s:
            return s.scalar(select(func.count()).select_from(Campaign)) == 0

    def rename_company(self, name: str, timezone: str | None = None) -> None:
        with self.transaction() as s:
            firm = s.get(Company, self.company_id)
            assert firm is not None
            firm.name = name.strip() or firm.name
            if timezone:
                firm.timezone = timezone

    def company_timezone(self) -> str:
        with self.reading() as s:
            return company.timezone(s, self.company_id)

    def company_name(self) -> str:
        with self.reading() as s:
            return str(s.scalar(select(Company.name).where(Company.id == self.company_id)))

    # -- campaigns -------------------------------------------------------------------------

    def campaigns(self) -> list[CampaignInfo]:
        with self.reading() as s:
            rows = s.scalars(
                select(Campaign).where(Campaign.company_id == self.company_id).order_by(Campaign.id)
            )
            return [campaigns.info(c) for c in rows]

    def campaign_titles(self) -> dict[int, str]:
        if self._titles is None:
            self._titles = {c.id: c.title for c in self.campaigns()}
        return self._titles

    def create_campaign(self, title: str, **settings: Any) -> CampaignInfo:
        with self.transaction() as s:
            campaign = campaigns.create(s, self.company_id, title, **settings)
            self._titles = None
            return campaigns.info(campaign)

    def campaign(self, id_or_title: str | int) -> CampaignInfo:
        with self.reading() as s:
            return campaigns.info(campaigns.resolve(s, self.company_id, id_or_title))

    def set_interview(self, campaign_id: int, steps: list[tuple[str, str, str]]) -> list[int]:
        """Replace the interview steps ``(section, text, answer_type)`` of a campaign."""
        with self.transaction() as s:
            ids = campaigns.set_interview(s, campaign_id, steps)
            affected = list(
                s.scalars(select(Candidate.id).where(Candidate.campaign_id == campaign_id))
            )
            labels.refresh_progress(s, self.company_id, affected, utcnow())
            return ids

    def interview(self, campaign_id: int) -> list[tuple[int, str, str, str]]:
        with self.reading() as s:
            rows = s.execute(
                select(
                    InterviewQuestion.id,
                    InterviewQuestion.section,
                    InterviewQuestion.text,
                    InterviewQuestion.answer_type,
                )
                .where(InterviewQuestion.campaign_id == campaign_id)
                .order_by(InterviewQuestion.position)
            )
            return list(rows)

    # -- candidates ------------------------------------------------------------------------

    def add_candidate(
        self,
        campaign: str | int,
        *,
        first_name: str,
        last_name: str = "",
        email: str = "",
        phone: str = "",
        country_code: str = "",
        source: str = "Manual",
        cv_path: str = "",
        referee: dict[str, str] | None = None,
        others: dict[str, str] | None = None,
        cv_file: Path | str | None = None,
        invite: bool = False,
    ) -> int:
        """Add one candidate by hand: an email OR a phone is required (as the seed says).

        ``cv_file`` is copied into the workspace folder and becomes the candidate's CV.
        ``invite`` queues the campaign's enabled invitation templates (the window and the
        command line do; scripts and tests choose).
        """
        stored = attachments.store_cv(self.data_dir, Path(cv_file)) if cv_file else ""
        try:
            cid = self._add_manual(
                campaign,
                ManualFields(
                    first_name,
                    last_name,
                    email,
                    phone,
                    country_code,
                    source,
                    referee or {},
                    others or {},
                ),
                stored or cv_path,
            )
        except WorkspaceError:
            if stored:
                attachments.discard(self.data_dir, stored)
            raise
        if invite:
            self.send_invitations([cid])
        return cid

    def _add_manual(self, campaign: str | int, fields: ManualFields, cv_path: str) -> int:
        with self.transaction() as s:
            camp = campaigns.resolve(s, self.company_id, campaign)
            draft = manual.draft(camp.hotline_country, fields)
            holders = candidates.existing_contacts(
                self.reader, self.company_id, [draft.email_key], [draft.phone], s.connection()
            )
            same = [
                cid
                for key in (draft.email_key, draft.phone)
                for cid, campaign_id in holders.get(key, [])
                if campaign_id == camp.id
            ]
            if same:
                clash = same[0]
                raise ValidationError(f"already in this campaign as candidate {clash}")
            [cid] = candidates.insert_drafts(
                s,
                camp,
                [draft],
                at=utcnow(),
                user_id=self.user_id,
                extra=[{"cv_path": cv_path}],
            )
            return cid

    def candidate(self, candidate_id: int) -> CandidateDetail:
        with self.transaction() as s:
            return candidates.detail(s, self.company_id, candidate_id, self.campaign_titles())

    def candidates(
        self, f: CandidateFilter | None = None, *, before_id: int | None = None, limit: int = 100
    ) -> list[CandidateRow]:
        """A page of candidates matching ``f``, newest first (keyset by ``before_id``)."""
        return candidates.page(
            self.reader,
            self.company_id,
            f or CandidateFilter(),
            self.dialect,
            self.campaign_titles(),
            before_id=before_id,
            limit=limit,
        )

    def count(self, f: CandidateFilter | None = None) -> int:
        """How many candidates match ``f`` (exact; see :meth:`known_count`)."""
        return candidates.read_count(
            self.reader, self.company_id, CandidateFilter() if f is None else f, self.dialect
        )

    def known_count(self, f: CandidateFilter | None = None) -> int | None:
        """The count of a whole folder, campaign or company without counting (maintained);
        None when :meth:`count` has to count (it may take a while at a million: call it off
        the UI thread)."""
        with self.reading() as s:
            return candidates.maintained_count(s, f or CandidateFilter())

    def candidate_ids(self, f: CandidateFilter | None = None) -> list[int]:
        with self.reading() as s:
            return candidates.ids(s, self.company_id, f or CandidateFilter(), self.dialect)

    def count_selected(self, target: Targets) -> int:
        """How many candidates a selection holds (counted in the database for "all")."""
        with self.reading() as s:
            return selection.count(s, self.company_id, target, self.dialect)

    def selected_ids(self, target: Targets) -> list[int]:
        """The candidate ids a selection holds (resolved in the database for "all")."""
        with self.reading() as s:
            return self._resolve(s, target)

    def _resolve(self, s: Session, target: Targets) -> list[int]:
        return selection.resolve(s, self.company_id, target, self.dialect)

    def folder_counts(self, campaign_id: int | None = None) -> dict[str, int]:
        """Candidates per folder for one campaign, or all campaigns (maintained, no scan)."""
        return folders.folder_counts(self.reader, campaign_id)

    def sources(self) -> list[str]:
        with self.reading() as s:
            return list(
                s.scalars(
                    select(Candidate.source)
                    .where(Candidate.company_id == self.company_id)
                    .distinct()
                    .order_by(Candidate.source)
                )
            )

    # -- folders ---------------------------------------------------------------------------

    def move(self, ids: Targets, folder: Folder | str) -> int:
        """A recruiter moves candidates (ids or a Selection, one transaction, undoable).

        Returns how many actually moved.
        """
        target = folder if isinstance(folder, Folder) else folders.parse_folder(folder)
        folders.check_recruiter_target(target)
        moved = self._move(ids, target, "")
        if moved.previous:
            self.undo_stack.push(
                UndoEntry(
                    f"Move {len(moved.previous)} to {target.value}",
                    undo=lambda: self._restore(moved.previous),
                    redo=lambda: self._move(list(moved.previous), target, "redo"),
                )
            )
        return len(moved.previous)

    def _move(self, ids: Targets, target: Folder, detail: str) -> folders.Moved:
        with self.transaction() as s:
            return folders.move(
                s,
                self.company_id,
                self._resolve(s, ids),
                target,
                user_id=self.user_id,
                at=utcnow(),
                detail=detail,
            )

    def _restore(self, previous: dict[int, str]) -> None:
        by_folder: dict[str, list[int]] = {}
        for cid, name in previous.items():
            by_folder.setdefault(name, []).append(cid)
        with self.transaction() as s:
            for name, ids in by_folder.items():
                folders.move(
                    s,
                    self.company_id,
                    ids,
                    Folder(name),
                    user_id=self.user_id,
                    at=utcnow(),
                    detail="undo",
                )

    def complete_interview(self, candidate_id: int, at: datetime | None = None) -> None:
        """Mark the interview completed; the candidate goes to Completed unless decided."""
        with self.transaction() as s:
            responses.complete(s, self.company_id, candidate_id, at or utcnow())

    def record_response(
        self,
        candidate_id: int,
        question_id: int,
        *,
        text: str = "",
        audio_path: str = "",
        transcript: str = "",
        at: datetime | None = None,
    ) -> None:
        """Store (or replace) an interview answer and keep the progress labels right."""
        with self.transaction() as s:
            responses.record(
                s,
                self.company_id,
                candidate_id,
                question_id,
                answer=responses.Answer(text, audio_path, transcript),
                at=at or utcnow(),
            )

    def expire_pins(self, now: datetime | None = None, limit: int | None = None) -> int:
        """Move Inbox candidates whose PIN expired unanswered to No Response.

        The seed: the PIN expires when the candidate "has not responded to your invitation",
        so a candidate who wrote anything or answered a question is never moved (checked
        with indexed NOT EXISTS, per candidate, inside the one query). ``limit`` caps one
        transaction (the sync worker moves a few thousand per pass, so a workspace with a
        backlog never holds the write lock for long).
        """
        when = now or utcnow()
        with self.transaction() as s:
            expired = list(
                s.scalars(
                    select(Candidate.id)
                    .where(
                        Candidate.company_id == self.company_id,
                        Candidate.folder == Folder.INBOX.value,
                        Candidate.completed_at.is_(None),
                        Candidate.pin_expires_at < when,
                        ~responses.responded(Candidate.id),
                    )
                    .limit(limit)
                )
            )
            moved = folders.move(
                s,
                self.company_id,
                expired,
                Folder.NO_RESPONSE,
                user_id=None,
                at=when,
                detail="PIN expired",
            )
            return len(moved.previous)

    def dashboard(
        self, start: date, end: date, campaign_ids: Sequence[int] | None = None
    ) -> analytics.Dashboard:
        """Every supervisor chart's series for the local days ``start``..``end``."""
        self.catch_up_analytics()
        with self.transaction() as s:
            return analytics.dashboard(s, self.company_id, start, end, campaign_ids)

    def catch_up_analytics(self) -> None:
        """Bring the analytics rollup up to date with the activity log, one transaction per
        ``ROLLUP_STEP`` log ids (a first build over years of history never holds the write
        lock for long)."""
        left = 1
        while left:
            with self.transaction() as s:
                left = analytics_rollup.catch_up(s, self.company_id, ROLLUP_STEP)
            if left:
                write_lock.let_others_write()

    def drill_down(self, drill: analytics.Drill) -> analytics.DrillResult:
        """Save the candidates behind a dashboard figure as a set the campaign view shows."""
        with self.transaction() as s:
            ids = analytics_drill.candidate_query(s, self.company_id, drill)
            title = analytics_drill.title(s, drill)
            set_id, count = candidate_sets.create_from(s, self.company_id, title, ids)
            return analytics.DrillResult(set_id, title, count)

    def candidate_set_title(self, set_id: int) -> str | None:
        """A saved set's title (None once it has been pruned)."""
        with self.reading() as s:
            return candidate_sets.title(s, self.company_id, set_id)

    def refresh_pins(self, ids: Targets) -> int:
        """New PIN and validity for each candidate; No Response ones return to the Inbox."""
        when = utcnow()
        with self.transaction() as s:
            hours = dict(
                s.execute(
                    select(Campaign.id, Campaign.pin_valid_hours).where(
                        Campaign.company_id == self.company_id
                    )
                ).all()
            )
            refreshed = 0
            for part in folders.chunks(self._resolve(s, ids)):
                refreshed += self._refresh_pin_part(s, part, hours, when)
            return refreshed

    def _refresh_pin_part(
        self, s: Session, ids: Sequence[int], hours: dict[int, int], when: datetime
    ) -> int:
        """Refresh one chunk; ``hours`` is PIN validity by campaign (the company's only)."""
        found = s.execute(
            select(Candidate.id, Candidate.campaign_id, Candidate.folder).where(
                Candidate.id.in_(ids)
            )
        )
        rows = [r for r in found if r.campaign_id in hours]
        if not rows:
            return 0
        s.execute(
            update(Candidate),
            [
                {
                    "id": r.id,
                    "access_code": candidates.new_access_code(),
                    "pin_expires_at": when + timedelta(hours=hours[r.campaign_id]),
                }
                for r in rows
            ],
        )
        activity.record(
            s,
            [
                activity.Event(
                    self.company_id, r.campaign_id, r.id, Action.PIN_REFRESHED, when, self.user_id
                )
                for r in rows
            ],
        )
        back = [r.id for r in rows if r.folder == Folder.NO_RESPONSE.value]
        folders.move(
            s,
            self.company_id,
            back,
            Folder.INBOX,
            user_id=self.user_id,
            at=when,
            detail="PIN refreshed",
        )
        return len(rows)

    # -- labels ----------------------------------------------------------------------------

    def labels(self) -> list[LabelInfo]:
        with self.reading() as s:
            rows = s.scalars(
                select(Label)
                .where(Label.company_id == self.company_id)
                .order_by(Label.automatic.desc(), Label.name)
            )
            return [LabelInfo(x.id, x.name, x.automatic, x.color) for x in rows]

    def create_label(self, name: str, color: str = "#5b8def") -> LabelInfo:
        with self.transaction() as s:
            x = labels.create(s, self.company_id, name, color)
            return LabelInfo(x.id, x.name, x.automatic, x.color)

    def add_label(self, ids: Targets, name: str) -> int:
        """Label candidates (ids or a Selection; creating the label if new); undoable.

        Returns how many changed.
        """
        return self._label(ids, name, add=True, push=True)

    def remove_label(self, ids: Targets, name: str) -> int:
        """Take a manual label off candidates (ids or a Selection); undoable."""
        return self._label(ids, name, add=False, push=True)

    def _label(self, ids: Targets, name: str, *, add: bool, push: bool) -> int:
        with self.transaction() as s:
            change = labels.apply(
                s,
                self.company_id,
                self._resolve(s, ids),
                name,
                add=add,
                user_id=self.user_id,
                at=utcnow(),
            )
        if push and change.candidate_ids:
            verb = "Label" if add else "Unlabel"
            changed = list(change.candidate_ids)
            self.undo_stack.push(
                UndoEntry(
                    f"{verb} {len(changed)} {change.label}",
                    undo=lambda: self._label(changed, change.label, add=not add, push=False),
                    redo=lambda: self._label(changed, change.label, add=add, push=False),
                )
            )
        return len(change.candidate_ids)

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> str | None:
        return self.undo_stack.undo()

    def redo(self) -> str | None:
        return self.undo_stack.redo()

    # -- intake ----------------------------------------------------------------------------

    def stored_file(self, stored: str) -> Path | None:
        """The file a candidate field names (CV, recording), if it is on this computer.

        Relative names are inside the workspace folder; URLs and missing files give None.
        """
        if not stored or "://" in stored:
            return None
        path = Path(stored)
        path = path if path.is_absolute() else self.data_dir / path
        return path if path.is_file() else None

    def reports_dir(self) -> Path:
        """The folder of import reports (owner only: they hold candidates' data)."""
        return make_private_folder(self.data_dir / "reports")

    def import_csv(
        self,
        path: Path | str,
        campaign: str | int,
        fmt: str = "talkpush",
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        sheet_key: str | None = None,
        mapping: Mapping[str, ColumnRef] | None = None,
        invite: bool = False,
    ) -> Any:
        """Import a CSV / Google Form sheet export; see :mod:`engine.intake.importer`.

        ``mapping`` (field -> column) overrides the columns guessed from the header.
        ``invite`` then invites the imported candidates by the one invitation rule (the
        summary's ``invited`` and ``not_invited`` say how it went).
        """
        from talkpush_desktop.engine.intake import importer

        self._titles = None
        summary = importer.import_file(
            self,
            Path(path),
            campaign,
            fmt,
            progress=progress,
            cancelled=cancelled,
            sheet_key=sheet_key,
            mapping=mapping,
        )
        if invite:
            sent = self.invite_batch(summary.batch_id).to_json()
            summary.invited, summary.not_invited = sent["invited"], sent["not_invited"]
        return summary

    def company_settings(self) -> dict[str, str]:
        """The company's name, time zone and public URL (``company show``)."""
        with self.reading() as s:
            firm = s.get(Company, self.company_id)
            assert firm is not None
            url = links.settings(s, self.company_id).public_url
            return {"name": firm.name, "timezone": firm.timezone, "public_url": url}

    def set_public_url(self, url: str) -> dict[str, str]:
        """Set the workspace's public base URL (the web dial-out links start with it)."""
        with self.transaction() as s:
            links.set_public_url(s, self.company_id, self.secrets, url)
        return self.company_settings()

    def invitations_enabled(self, campaign: str | int) -> bool:
        """Whether the campaign sends an invitation (one of its templates is on)."""
        return any(t.event == "invitation" and t.enabled for t in self.templates(campaign))

    def download_sheet(
        self,
        url: str,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Download a published sheet's CSV into the workspace's downloads folder."""
        return sheet_download.download_sheet(
            url, self.data_dir / "downloads", progress=progress, cancelled=cancelled
        )

    def preview_csv(
        self,
        path: Path | str,
        fmt: str = "talkpush",
        mapping: Mapping[str, ColumnRef] | None = None,
        rows: int = 10,
        *,
        campaign: str | int | None = None,
        sheet_key: str | None = None,
    ) -> Any:
        """What importing ``path`` would read, writing nothing: encoding, delimiter, header,
        the suggested and effective column mapping and the first ``rows`` rows with their
        problems (:class:`engine.intake.preview.CsvPreview`).

        With a ``campaign``, rows an earlier import of the same sheet took are counted
        (``already_imported``) and skipped, and phones read with its hotline country.
        """
        from talkpush_desktop.engine.intake import importer, preview

        source = Path(path)
        region, start_after = "", 0  # without a campaign, national numbers need a country
        if campaign is not None:
            with self.transaction() as s:
                camp = campaigns.resolve(s, self.company_id, campaign)
                region = camp.hotline_country
                key = sheet_key or str(source.resolve())
                start_after = importer.resume_point(s, camp.id, fmt, key)
        return preview.preview_file(
            source, fmt, region, mapping, rows=rows, start_after=start_after
        )

    def undo_import(self, batch_id: int) -> Any:
        from talkpush_desktop.engine.intake import importer

        return importer.undo_batch(self, batch_id)
