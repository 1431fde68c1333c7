"""``ws.intake``: candidates coming in — one added by hand, a CSV or Google Form sheet
imported (previewed first, undoable per batch), a published sheet downloaded."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.candidates import attachments
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.errors import FieldErrors, ValidationError, WorkspaceError
from talkpush_desktop.engine.intake import (
    api_batch,
    cv_files,
    cv_import,
    idempotency,
    importer,
    manual,
    preview,
    sheet_download,
)
from talkpush_desktop.engine.intake import (
    api_invitation as invitation_api,
)
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.intake.csv_source import IntakeFileError
from talkpush_desktop.engine.intake.manual import ManualFields
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.interview import placing
from talkpush_desktop.engine.messaging.service import MessagingService
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import wal_checkpoints
from talkpush_desktop.storage.group_commit import BatchFuture, GroupCommit

WRITER_LINGER = 0.03
"""Seconds the intake API's writer waits at most under load for more requests to join a
batch (it stops waiting as soon as a 2 ms step brings none)."""


class IntakeService(Service):
    """Adding and importing candidates; an import's workers live as long as the workspace."""

    def __init__(
        self, ctx: Context, ats_shape: invitation_api.CandidateShape | None = None
    ) -> None:
        super().__init__(ctx)
        self._messaging = MessagingService(ctx)
        self.workers = ImportWorkers()
        self._batches = api_batch.Writer(ctx, ats_shape) if ats_shape is not None else None
        self._writer: GroupCommit[api_batch.Request, invitation_api.Answer] | None = None
        self._checkpoints: wal_checkpoints.WalCheckpointer | None = None
        self._writer_lock = threading.Lock()

    def close(self) -> None:
        self.workers.close()
        if self._writer is not None:
            self._writer.close()
        if self._checkpoints is not None:
            self._checkpoints.close()

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
        future = self.submit_invitation(
            campaign_id, data, idempotency_key=idempotency_key, request_hash=request_hash
        )
        return future.result()

    def submit_invitation(
        self,
        campaign_id: int,
        data: invitation_api.InvitationData,
        *,
        idempotency_key: str | None = None,
        request_hash: str = "",
        acting_key: tuple[int, str | None] | None = None,
    ) -> BatchFuture[invitation_api.Answer]:
        """:meth:`api_invitation` without waiting: the future holds its answer (or error)
        once the request is stored (an asyncio task may ``await`` it). Requests that arrive
        together are stored in one transaction by the intake's writer thread
        (:mod:`engine.intake.api_batch`); each keeps its own answer. The CV (if any) is
        read and stored here, in the caller's thread. ``acting_key`` (key id, client
        address): the API key is checked again in the writing transaction
        (AuthenticationError once revoked, AccessDeniedError for an address its company's
        whitelist leaves out)."""
        cv = None
        if data.cv is not None:
            try:
                cv = cv_files.read_cv(data.cv, data.cv_filename)
            except cv_files.CvRefused as exc:
                name = invitation_api.param("temporary_cv")
                raise FieldErrors({name: str(exc)}) from None
        key = idempotency.check_key(idempotency_key) if idempotency_key is not None else None
        stored = cv_files.store(self._ctx.data_dir, cv) if cv is not None else ""
        request = api_batch.Request(
            campaign_id, data, cv, stored, key, request_hash, acting_key=acting_key
        )
        try:
            future = self._api_writer().submit(request)
        except BaseException:
            attachments.discard(self._ctx.data_dir, stored)
            raise
        if stored:
            future.add_done_callback(partial(self._keep_cv, stored))
        return future

    def _keep_cv(self, stored: str, future: Future[invitation_api.Answer]) -> None:
        """A CV stored for a request that stored nothing (refused, or a replay) goes."""
        if future.exception() is not None or future.result().replayed:
            attachments.discard(self._ctx.data_dir, stored)

    def _api_writer(self) -> GroupCommit[api_batch.Request, invitation_api.Answer]:
        with self._writer_lock:
            if self._writer is None:
                assert self._batches is not None, "the Workspace hands in the ATS shape"
                self._writer = GroupCommit(
                    self._batches.run, name="intake-api-writer", linger=WRITER_LINGER
                )
                # a busy writer leaves checkpoints to a thread of their own
                self._checkpoints = wal_checkpoints.start(self._ctx.db.engine)
            return self._writer

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

    def read_cvs(
        self,
        targets: Sequence[Path | str],
        campaign: str | int,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        unreadable: Callable[[IntakeFileError], None] | None = None,
    ) -> list[cv_import.CvEntry]:
        """Read CV files (folders searched) and find each one's name, email and phone,
        national numbers read in the campaign's country; nothing is written. An unreadable
        file raises IntakeFileError, or is handed to ``unreadable`` and skipped. See
        :mod:`engine.intake.cv_import`."""
        with self._ctx.reading() as s:
            region = campaigns.resolve(s, self._ctx.company_id, campaign).hotline_country
        paths = cv_import.cv_paths(targets)
        return cv_import.read_files(
            paths, region, progress=progress, cancelled=cancelled, unreadable=unreadable
        )

    def import_cvs(
        self, entries: Sequence[cv_import.CvEntry], campaign: str | int
    ) -> cv_import.CvImportSummary:
        """Store read (and corrected) CVs as candidates of one undoable import batch."""
        self._ctx.forget_titles()
        return cv_import.import_entries(self._ctx, campaign, entries)

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
