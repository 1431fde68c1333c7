"""``ws.intake``: candidates coming in — one added by hand, a CSV or Google Form sheet
imported (previewed first, undoable per batch), a published sheet downloaded."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.candidates import attachments
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.errors import FieldErrors, ValidationError, WorkspaceError
from talkpush_desktop.engine.intake import (
    api_invitation as invitation_api,
)
from talkpush_desktop.engine.intake import (
    cv_files,
    idempotency,
    importer,
    manual,
    preview,
    sheet_download,
)
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.intake.manual import ManualFields
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.interview import placing
from talkpush_desktop.engine.messaging.service import MessagingService
from talkpush_desktop.engine.timeutil import utcnow

PURGE_EVERY = timedelta(minutes=10)
"""How often a server's intake forgets idempotency keys past their 24 hours."""


class IntakeService(Service):
    """Adding and importing candidates; an import's workers live as long as the workspace."""

    def __init__(
        self, ctx: Context, ats_shape: invitation_api.CandidateShape | None = None
    ) -> None:
        super().__init__(ctx)
        self._messaging = MessagingService(ctx)
        self.workers = ImportWorkers()
        self._ats_shape = ats_shape
        self._purged_at: datetime | None = None

    def close(self) -> None:
        self.workers.close()

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
        ``invite`` queues the campaign's enabled invitation templates and, when the campaign
        auto-calls, places the phone interview (the window and the command line do;
        scripts and tests choose).
        """
        data_dir = self._ctx.data_dir
        stored = attachments.store_cv(data_dir, Path(cv_file)) if cv_file else ""
        fields = ManualFields(
            first_name, last_name, email, phone, country_code, source, referee or {}, others or {}
        )
        try:
            cid = self._add_manual(campaign, fields, stored or cv_path)
        except WorkspaceError:
            if stored:
                attachments.discard(data_dir, stored)
            raise
        if invite:
            self._messaging.send_invitations([cid])
            with self._ctx.transaction() as s:
                placing.auto_call(s, self._ctx.company_id, [cid], at=utcnow())
        return cid

    def _add_manual(self, campaign: str | int, fields: ManualFields, cv_path: str) -> int:
        ctx = self._ctx
        with ctx.transaction() as s:
            camp = campaigns.resolve(s, ctx.company_id, campaign)
            draft = manual.draft(camp.hotline_country, fields)
            clash = manual.same_campaign_holder(ctx.reader, ctx.company_id, camp.id, draft, s)
            if clash is not None:
                raise ValidationError(f"already in this campaign as candidate {clash}")
            [cid] = candidates.insert_drafts(
                s, camp, [draft], at=utcnow(), user_id=ctx.user_id, extra=[{"cv_path": cv_path}]
            )
            return cid

    def api_invitation(
        self,
        campaign_id: int,
        data: invitation_api.InvitationData,
        *,
        idempotency_key: str | None = None,
        request_hash: str = "",
    ) -> invitation_api.Answer:
        """A candidate sent over the intake API (see :mod:`engine.intake.api_invitation`),
        exactly once per ``idempotency_key`` (see :mod:`engine.intake.idempotency`).

        FieldErrors names refused fields, NotFoundError an unknown campaign (or another
        company's), IdempotencyConflict a key reused with other parameters (another
        ``request_hash``); nothing is stored then.
        """
        assert self._ats_shape is not None, "the Workspace hands in the ATS shape"
        cv = None
        if data.cv is not None:
            try:
                cv = cv_files.read_cv(data.cv, data.cv_filename)
            except cv_files.CvRefused as exc:
                name = invitation_api.param("temporary_cv")
                raise FieldErrors({name: str(exc)}) from None
        key = idempotency.check_key(idempotency_key) if idempotency_key is not None else None
        stored = cv_files.store(self._ctx.data_dir, cv) if cv is not None else ""
        try:
            try:
                answer = self._invite(
                    campaign_id, data, cv, stored, key=key, request_hash=request_hash
                )
            except IntegrityError:  # PostgreSQL: a concurrent twin stored the key first
                if key is None:
                    raise
                answer = self._replay(key, request_hash)
        except BaseException:
            attachments.discard(self._ctx.data_dir, stored)
            raise
        if answer.replayed:
            attachments.discard(self._ctx.data_dir, stored)
        return answer

    def _invite(
        self,
        campaign_id: int,
        data: invitation_api.InvitationData,
        cv: cv_files.CvFile | None,
        stored: str,
        *,
        key: str | None,
        request_hash: str,
    ) -> invitation_api.Answer:
        ctx, route = self._ctx, invitation_api.ROUTE
        assert self._ats_shape is not None
        with ctx.transaction() as s:
            at = utcnow()
            if key is not None:
                found = idempotency.lookup(s, ctx.company_id, key, route, request_hash)
                if found is not None:
                    return invitation_api.Answer(*found, replayed=True)
            camp = invitation_api.campaign_of(s, ctx.company_id, campaign_id)
            draft, notes = invitation_api.draft(camp.hotline_country, data, cv)
            answer = invitation_api.create(
                s,
                camp,
                draft,
                cv=(stored, cv.text if cv else ""),
                notes=notes,
                user_id=ctx.user_id,
                shape=self._ats_shape,
                at=at,
            )
            if key is not None:
                stored_answer = idempotency.Stored(*answer[:3])
                idempotency.remember(
                    s,
                    ctx.company_id,
                    key,
                    route=route,
                    request_hash=request_hash,
                    answer=stored_answer,
                    at=at,
                )
            if self._purged_at is None or at - self._purged_at > PURGE_EVERY:
                idempotency.purge(s, at)
                self._purged_at = at
            return answer

    def _replay(self, key: str, request_hash: str) -> invitation_api.Answer:
        with self._ctx.reading() as s:
            route = invitation_api.ROUTE
            found = idempotency.lookup(s, self._ctx.company_id, key, route, request_hash)
        if found is None:  # the twin rolled back after all: nothing was stored
            raise ValidationError("the request could not be stored; send it again")
        return invitation_api.Answer(*found, replayed=True)

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
    ) -> importer.ImportSummary:
        """Import a CSV / Google Form sheet export; see :mod:`engine.intake.importer`.

        ``mapping`` (field -> column) overrides the columns guessed from the header.
        ``invite`` then invites the imported candidates by the one invitation rule (the
        summary's ``invited`` and ``not_invited`` say how it went).
        """
        self._ctx.forget_titles()
        summary = importer.import_file(
            self._ctx,
            self.workers,
            Path(path),
            campaign,
            fmt,
            progress=progress,
            cancelled=cancelled,
            sheet_key=sheet_key,
            mapping=mapping,
        )
        if invite:
            sent = self._messaging.invite_batch(summary.batch_id).to_json()
            summary.invited, summary.not_invited = sent["invited"], sent["not_invited"]
        return summary

    def preview_csv(
        self,
        path: Path | str,
        fmt: str = "talkpush",
        mapping: Mapping[str, ColumnRef] | None = None,
        rows: int = 10,
        *,
        campaign: str | int | None = None,
        sheet_key: str | None = None,
    ) -> preview.CsvPreview:
        """What importing ``path`` would read, writing nothing: encoding, delimiter, header,
        the suggested and effective column mapping and the first ``rows`` rows with their
        problems (:class:`engine.intake.preview.CsvPreview`).

        With a ``campaign``, rows an earlier import of the same sheet took are counted
        (``already_imported``) and skipped, and phones read with its hotline country.
        """
        source = Path(path)
        region, start_after = "", 0  # without a campaign, national numbers need a country
        if campaign is not None:
            with self._ctx.reading() as s:
                camp = campaigns.resolve(s, self._ctx.company_id, campaign)
                region = camp.hotline_country
                key = sheet_key or str(source.resolve())
                start_after = importer.resume_point(s, camp.id, fmt, key)
        return preview.preview_file(
            source, fmt, region, mapping, rows=rows, start_after=start_after
        )

    def undo_import(self, batch_id: int) -> importer.UndoSummary:
        """Take a whole import batch back out (its candidates and what they set off)."""
        return importer.undo_batch(self._ctx, batch_id)

    def batches(self) -> list[dict[str, Any]]:
        """The company's import batches, newest first (``import list``)."""
        return importer.batches(self._ctx)

    def reports_dir(self) -> Path:
        """The folder of import reports (owner only: they hold candidates' data)."""
        return importer.reports_folder(self._ctx)

    def download_sheet(
        self,
        url: str,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Download a published sheet's CSV into the workspace's downloads folder."""
        return sheet_download.download_sheet(
            url, self._ctx.data_dir / "downloads", progress=progress, cancelled=cancelled
        )
