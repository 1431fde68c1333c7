"""The Workspace: the one entry point through which the window, the CLI, the API and tests
do everything.

Like Anki's ``Collection``: it opens the database, knows the company and the acting user
(its :class:`~engine.context.Context`), and groups the recruiter's operations into
services the way Anki has ``col.decks`` and ``col.sched``:

- ``ws.candidates``  lists, profiles, folder moves, PINs, drill-down sets
- ``ws.labels``      labels and labelling
- ``ws.campaigns``   the company's campaigns (those the acting user may see)
- ``ws.campaign_settings`` a campaign's settings dialog: basics, access, messages, Messenger
- ``ws.interview``   interview steps and answers
- ``ws.web_interview`` the web dial-out: the interview a candidate does in the browser
- ``ws.calls``       phone interviews (robocalls) and the sandbox phone's calls
- ``ws.messaging``   conversations, sending, the outbox, templates, quick replies
- ``ws.providers``   SMS, voice, email and Messenger providers; the sandbox
- ``ws.messenger_webhook``   the Messenger Platform webhook's secrets and events
- ``ws.chat_actions``   the chat pane's Actions: what is offered, Stop/Resume Bot, Invitation SMS
- ``ws.recruiter_calls``   Call Candidate: the recruiter's phone bridged to the candidate
- ``ws.intake``      adding and importing candidates
- ``ws.sheets``      Google Sheets polled for new sign-ups (the sync worker polls them)
- ``ws.leadads``     the Facebook Page, its Lead Ads and their leads (polled likewise)
- ``ws.analytics``   the supervisor dashboard
- ``ws.exports``     files to take away (.xlsx, ATS JSON)
- ``ws.ats``         pushing candidates to the company's ATS (settings, push states)
- ``ws.company``     the company's settings and team
- ``ws.accounts``    manager accounts, invitations, sign-in and Company Settings (owner rules)
- ``ws.changes``     whether another process wrote to the workspace (the window's live view)
- ``ws.api_keys``    API keys (intake and partner) and the server's per-request check
- ``ws.companies``   the workspace's companies (the Workspace acts for one: ``company=``)
- ``ws.outbound``    company outbound calling campaigns, sites, caller IDs and leads (seed 004)
- ``ws.dialer``      the campaigns' dialer: a pass, the keys of an IVR call's Gather
- ``ws.assessments`` invitations to assessments and their submissions (assessment campaigns)
- ``ws.sharing``    share links to a candidate's profile and their read-only pages
- ``ws.weekly_email`` the managers' weekly statistics email (due Mondays 08:00)

Each service is built on the context alone, never on the Workspace, and holds no rule of
its own beyond putting the engine's rules into a transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from talkpush_desktop.engine import acting
from talkpush_desktop.engine.access.service import ApiKeysService
from talkpush_desktop.engine.analytics.service import AnalyticsService
from talkpush_desktop.engine.assessments import AssessmentsService
from talkpush_desktop.engine.ats.service import AtsService
from talkpush_desktop.engine.campaigns.service import CampaignSettingsService
from talkpush_desktop.engine.candidates.label_service import LabelsService
from talkpush_desktop.engine.candidates.service import CandidatesService
from talkpush_desktop.engine.changes import ChangesService
from talkpush_desktop.engine.company.accounts_service import AccountsService
from talkpush_desktop.engine.company.service import CampaignsService, CompanyService
from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.exports import ats_json
from talkpush_desktop.engine.exports.service import ExportsService
from talkpush_desktop.engine.intake import batch_owner
from talkpush_desktop.engine.intake.lead_ads.service import LeadAdsService
from talkpush_desktop.engine.intake.service import IntakeService
from talkpush_desktop.engine.intake.sheets_service import SheetsService
from talkpush_desktop.engine.interview.calls_service import CallsService
from talkpush_desktop.engine.interview.recruiter_calls import RecruiterCallsService
from talkpush_desktop.engine.interview.service import InterviewService
from talkpush_desktop.engine.interview.web import WebInterviewService
from talkpush_desktop.engine.locations import DB_FILE, default_data_dir
from talkpush_desktop.engine.messaging.chat_actions import ChatActionsService
from talkpush_desktop.engine.messaging.messenger_webhook import MessengerWebhookService
from talkpush_desktop.engine.messaging.service import MessagingService
from talkpush_desktop.engine.outbound.dialer.dialer_service import DialerService
from talkpush_desktop.engine.outbound.service import OutboundService
from talkpush_desktop.engine.providers.service import ProvidersService
from talkpush_desktop.engine.secret_store import SecretStore
from talkpush_desktop.engine.sharing.service import SharingService
from talkpush_desktop.engine.sharing.weekly_email import WeeklyEmailService
from talkpush_desktop.storage import statistics
from talkpush_desktop.storage.database import (
    Database,
    StorageError,
    make_folder,
    open_database,
    sqlite_url,
)
from talkpush_desktop.storage.fast_read import FastReader


class Workspace:
    """An open recruiter workspace (one company, one acting user) and its services."""

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        company: acting.Chosen = None,
        *,
        shared_reader: FastReader | None = None,
        user: str | None = None,
    ) -> None:
        self._owns_db = shared_reader is None  # else :meth:`for_company` shares another's
        self.closed = False
        if self._owns_db:
            with db.reads() as s:  # checked without the write lock; taken only to analyse
                stale = statistics.stale(s.connection())
            if stale:
                with db.engine.connect() as conn:
                    statistics.keep_current(conn)  # the planner needs them to pick an index
        acting_ids = acting.found(db, company)
        if acting_ids is None:
            with db.sessions.begin() as s:
                acting_ids = acting.ensure(s, company)
        company_id, user_id = acting_ids
        if user:  # act as another of the company's managers (``--user EMAIL``)
            user_id = acting.user_by_email(db, company_id, user)
        reader = shared_reader or FastReader(db.engine)
        self.context = ctx = Context(db, data_dir, company_id, user_id, reader)
        # what the context holds, for callers that need it (tests, benchmarks, the CLI)
        self.db, self.data_dir, self.reader = db, data_dir, ctx.reader
        self.company_id, self.undo_stack = company_id, ctx.undo_stack
        self.company = CompanyService(ctx)
        self.accounts = AccountsService(ctx)
        self.companies = acting.CompaniesService(ctx)
        self.campaigns = CampaignsService(ctx)
        self.campaign_settings = CampaignSettingsService(ctx)
        self.candidates = CandidatesService(ctx)
        self.labels = LabelsService(ctx)
        self.interview = InterviewService(ctx)
        self.web_interview = WebInterviewService(ctx)
        self.calls = CallsService(ctx)
        self.messaging = MessagingService(ctx)
        self.providers = ProvidersService(ctx)
        self.messenger_webhook = MessengerWebhookService(ctx)
        self.chat_actions = ChatActionsService(ctx)
        self.recruiter_calls = RecruiterCallsService(ctx)
        self.intake = IntakeService(ctx, ats_shape=ats_json.just_stored)
        self.sheets = SheetsService(ctx, self.intake.workers)
        self.leadads = LeadAdsService(ctx)
        self.analytics = AnalyticsService(ctx)
        self.exports = ExportsService(ctx)
        self.changes = ChangesService(ctx)
        self.api_keys = ApiKeysService(ctx)
        self.ats = AtsService(ctx)
        self.outbound = OutboundService(ctx)
        self.dialer = DialerService(ctx)
        self.assessments = AssessmentsService(ctx)
        self.sharing = SharingService(ctx)
        self.weekly_email = WeeklyEmailService(ctx)
        if self._owns_db:
            self._mark_interrupted_imports(ctx)

    @staticmethod
    def _mark_interrupted_imports(ctx: Context) -> None:
        """Imports whose process died are marked interrupted (when this one opened the db)."""
        with ctx.reading() as s:
            running = batch_owner.any_running(s)
        if running:
            with ctx.transaction() as s:
                batch_owner.mark_interrupted(s)  # imports whose process died

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        *,
        database_url: str | None = None,
        data_dir: Path | str | None = None,
        busy_timeout_ms: int = 5000,
        company: str | int | None = None,
        user: str | None = None,
    ) -> Workspace:
        """Open (creating or upgrading) a workspace acting for ``company`` (its id or name;
        None: the first) as ``user`` (a manager's email; None: the owner); raises
        WorkspaceError with a clear message."""
        folder = Path(data_dir) if data_dir else default_data_dir()
        url = database_url or sqlite_url(folder / DB_FILE)
        if database_url and database_url.startswith("sqlite:///") and not data_dir:
            folder = Path(database_url.removeprefix("sqlite:///")).parent
        try:
            make_folder(folder)
            db = open_database(url, busy_timeout_ms)
        except StorageError as exc:
            raise WorkspaceError(str(exc)) from exc
        try:
            return cls(db, folder, company, user=user)
        except StorageError as exc:
            db.dispose()
            raise WorkspaceError(str(exc)) from exc
        except BaseException:
            db.dispose()
            raise

    def for_company(self, company: str | int) -> Workspace:
        """This open workspace acting for another company (by id or name): its own context
        and services over the same database and reader (a server answers each company's
        keys this way); closing it leaves this one open."""
        return Workspace(self.db, self.data_dir, company, shared_reader=self.reader)

    def close(self) -> None:
        """Stop this workspace's watch and import workers (and, unless it is another's view
        for a company, its database); ``closed`` says it was."""
        self.closed = True
        self.changes.close()
        self.intake.close()
        if self._owns_db:
            self.context.reader.close()
            self.context.db.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def user_id(self) -> int:
        """The acting (signed-in) user: the owner unless ``user=`` or a sign-in chose."""
        return self.context.user_id

    @property
    def secrets(self) -> SecretStore:
        """The keyring-backed secret store (opened when first used)."""
        return self.context.secrets

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error."""
        with self.context.transaction() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (see :meth:`Context.reading`)."""
        with self.context.reading() as session:
            yield session

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> str | None:
        """Undo the last recruiter action (a move or a label); its description, or None."""
        return self.context.undo_stack.undo()

    def redo(self) -> str | None:
        return self.context.undo_stack.redo()
