"""``ws.sheets``: Google Sheets registered per campaign and polled for new sign-ups.

A sheet is checked when it is added (reachable, columns in the seed's order), then polled
every ``every_minutes`` by the sync worker (or at once by ``sheets poll``). A poll downloads
the sheet, checks that the rows imported before are unchanged (:mod:`.sheet_checks`), imports
only the rows after the last imported one through the sheet import
(:mod:`engine.intake.importer`: each chunk of rows commits with the batch's ``last_row``, the
watermark, in one transaction) and invites the new candidates by the one invitation rule.
A sheet whose earlier rows changed is reported (status ``changed``), not imported again; a
sheet that cannot be downloaded keeps its place (status ``error``) and is tried next poll.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Select, delete, exists, func, select

from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError, WorkspaceError
from talkpush_desktop.engine.intake import batch_owner, importer, sheet_checks, sheet_download
from talkpush_desktop.engine.intake.csv_source import IntakeFileError
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.messaging.service import MessagingService
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Action, Activity, Candidate, ImportBatch, IntakeSheet

log = logging.getLogger(__name__)
DEFAULT_EVERY = 5
"""Minutes between two polls of a sheet, unless ``--every`` says otherwise."""
OK, ERROR, CHANGED = "ok", "error", "changed"


@dataclass
class SheetInfo:
    """A registered sheet and how its polling goes (``sheets list --json``)."""

    id: int
    campaign_id: int
    campaign: str
    url: str
    every_minutes: int
    last_poll_at: str | None
    rows_imported: int
    status: str
    last_error: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SheetPoll:
    """What one poll of one sheet did (``sheets poll --json``)."""

    id: int
    status: str
    imported: int = 0
    already_imported: int = 0
    rejected: int = 0
    duplicates: int = 0
    invited: int = 0
    batch_id: int | None = None
    error: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class _Polled(NamedTuple):
    """What a poll reads of the sheet before downloading it."""

    campaign_id: int
    sheet_key: str
    checked_rows: int
    fingerprint: str


class SheetsService(Service):
    """Registering, listing, polling and removing the company's live sheets."""

    def __init__(self, ctx: Context, pool: ImportWorkers | None = None) -> None:
        super().__init__(ctx)
        self._own_pool = pool is None
        self._pool = pool or ImportWorkers()
        self._messaging = MessagingService(ctx)

    def close(self) -> None:
        if self._own_pool:
            self._pool.close()

    def _downloads(self) -> Path:
        return self._ctx.data_dir / "downloads"

    def check(self, url: str, campaign: str | int | None = None) -> sheet_checks.SheetCheck:
        """Download the sheet and check its columns against the seed's order (ValidationError
        when it is unreachable or its columns are not in that order); writes nothing."""
        region = ""
        if campaign is not None:
            with self._ctx.reading() as s:
                region = campaigns.resolve(s, self._ctx.company_id, campaign).hotline_country
        path = sheet_download.download_sheet(url, self._downloads())
        try:
            return sheet_checks.check_columns(path, region)
        except IntakeFileError as exc:
            raise ValidationError(f"the sheet cannot be read: {exc.problem}") from None
        finally:
            path.unlink(missing_ok=True)

    def add(
        self, url: str, campaign: str | int, every_minutes: int = DEFAULT_EVERY
    ) -> tuple[int, sheet_checks.SheetCheck]:
        """Register a sheet for ``campaign`` after checking it; its id and the check."""
        if not 1 <= every_minutes <= 24 * 60:
            raise ValidationError("every: from 1 to 1440 minutes")
        url = url.strip()
        sheet_download.published_csv_url(url)  # refuses what is not a web address
        checked = self.check(url, campaign)
        ctx = self._ctx
        with ctx.transaction() as s:
            camp = campaigns.resolve(s, ctx.company_id, campaign)
            taken = s.scalar(
                select(IntakeSheet.id).where(
                    IntakeSheet.campaign_id == camp.id, IntakeSheet.sheet_key == url
                )
            )
            if taken is not None:
                raise ValidationError(f"this sheet is already polled for the campaign ({taken})")
            row = IntakeSheet(
                company_id=ctx.company_id,
                campaign_id=camp.id,
                url=url,
                sheet_key=url,  # the key ``import sheet URL`` uses: both share the progress
                every_minutes=every_minutes,
                added_at=utcnow(),
                rows_imported=0,
                checked_rows=0,
                fingerprint="",
                invited_batch=s.scalar(
                    select(func.max(ImportBatch.id)).where(
                        ImportBatch.campaign_id == camp.id, ImportBatch.sheet_key == url
                    )
                )
                or 0,
                status="new",
                last_error="",
            )
            s.add(row)
            s.flush()
            return row.id, checked

    def list_sheets(self) -> list[SheetInfo]:
        """The company's sheets, oldest first, with their polling status."""
        with self._ctx.reading() as s:
            rows = list(
                s.scalars(
                    select(IntakeSheet)
                    .where(IntakeSheet.company_id == self._ctx.company_id)
                    .order_by(IntakeSheet.id)
                )
            )
            titles = {
                c: campaigns.resolve(s, self._ctx.company_id, c).title
                for c in {r.campaign_id for r in rows}
            }
            return [
                SheetInfo(
                    r.id,
                    r.campaign_id,
                    titles[r.campaign_id],
                    r.url,
                    r.every_minutes,
                    r.last_poll_at.isoformat(timespec="seconds") if r.last_poll_at else None,
                    r.rows_imported,
                    r.status,
                    r.last_error,
                )
                for r in rows
            ]

    def remove(self, sheet_id: int) -> None:
        """Stop polling a sheet (what it imported stays, undoable per batch)."""
        with self._ctx.transaction() as s:
            done = s.execute(
                delete(IntakeSheet).where(
                    IntakeSheet.id == sheet_id, IntakeSheet.company_id == self._ctx.company_id
                )
            )
            if not done.rowcount:  # type: ignore[attr-defined]
                raise NotFoundError(f"no sheet with id {sheet_id}")

    def due(self, now: datetime | None = None) -> list[int]:
        """The sheets whose next poll is due."""
        at = now or utcnow()
        with self._ctx.reading() as s:
            rows = s.execute(
                select(IntakeSheet.id, IntakeSheet.last_poll_at, IntakeSheet.every_minutes).where(
                    IntakeSheet.company_id == self._ctx.company_id
                )
            )
            return [
                sid
                for sid, last, every in rows
                if last is None or last + timedelta(minutes=every) <= at
            ]

    def poll(self, sheet_id: int | None = None) -> list[SheetPoll]:
        """Poll one sheet (or every sheet of the company) now."""
        if sheet_id is not None:
            return [self.poll_one(sheet_id)]
        return [self.poll_one(sid) for sid in self.due(datetime.max)]

    def poll_one(self, sheet_id: int) -> SheetPoll:
        """Import the rows added to one sheet since its last imported row (see the module)."""
        with self._ctx.reading() as s:
            row = s.get(IntakeSheet, sheet_id)
            if row is None or row.company_id != self._ctx.company_id:
                raise NotFoundError(f"no sheet with id {sheet_id}")
            url = row.url
            state = _Polled(row.campaign_id, row.sheet_key, row.checked_rows, row.fingerprint)
        try:
            path = sheet_download.download_sheet(url, self._downloads())
        except WorkspaceError as exc:
            return self._record(SheetPoll(sheet_id, ERROR, error=str(exc)))
        try:
            return self._import(sheet_id, path, state)
        except (WorkspaceError, IntakeFileError) as exc:
            return self._record(SheetPoll(sheet_id, ERROR, error=str(exc)))
        except Exception as exc:  # the chunks committed stay; the rest comes next poll
            self._record(SheetPoll(sheet_id, ERROR, error=f"import stopped: {exc}"))
            raise
        finally:
            path.unlink(missing_ok=True)

    def _import(self, sheet_id: int, path: Path, state: _Polled) -> SheetPoll:
        campaign_id, key, checked, expected = state
        if checked and sheet_checks.fingerprint(path, checked) != expected:
            reason = (
                f"rows 1-{checked} changed (or were removed) since they were imported; "
                "new rows are read only while the earlier ones stay as they were"
            )
            return self._record(SheetPoll(sheet_id, CHANGED, error=reason))
        with self._ctx.reading() as s:
            start_after = importer.resume_point(s, campaign_id, sheet_checks.FORMAT, key)
        count, last = sheet_checks.extent(path)
        if last <= start_after:  # nothing new: no batch
            invited = self._invite_pending(sheet_id, campaign_id, key)
            done = SheetPoll(sheet_id, OK, already_imported=count, invited=invited)
            return self._record(done, path, start_after)
        summary = importer.import_file(
            self._ctx, self._pool, path, campaign_id, sheet_checks.FORMAT, sheet_key=key
        )
        invited = self._invite_pending(sheet_id, campaign_id, key)
        with self._ctx.reading() as s:
            through = importer.resume_point(s, campaign_id, sheet_checks.FORMAT, key)
        result = SheetPoll(
            sheet_id,
            OK,
            summary.imported,
            summary.already_imported,
            summary.rejected,
            summary.duplicates,
            invited,
            summary.batch_id,
        )
        return self._record(result, path, through)

    def _invite_pending(self, sheet_id: int, campaign_id: int, key: str) -> int:
        """Invite the candidates of this sheet's batches imported since the last invited one
        (the poll's own, and one whose poll stopped before inviting) who have not been
        invited yet; how many were. Each batch is marked invited once its invitations are
        queued."""
        with self._ctx.reading() as s:
            after = s.scalar(select(IntakeSheet.invited_batch).where(IntakeSheet.id == sheet_id))
            pending = list(
                s.scalars(
                    select(ImportBatch.id)
                    .where(
                        ImportBatch.campaign_id == campaign_id,
                        ImportBatch.sheet_key == key,
                        ImportBatch.id > (after or 0),
                        ImportBatch.undone_at.is_(None),
                        ImportBatch.status != batch_owner.RUNNING,
                    )
                    .order_by(ImportBatch.id)
                )
            )
        invited = 0
        for batch_id in pending:
            with self._ctx.reading() as s:
                ids = list(s.scalars(_not_invited(batch_id)))
            if ids:
                invited += len(self._messaging.send_invitations(ids).invited)
            with self._ctx.transaction() as s:
                row = s.get(IntakeSheet, sheet_id)
                if row is not None:
                    row.invited_batch = max(row.invited_batch, batch_id)
        return invited

    def _record(self, result: SheetPoll, path: Path | None = None, through: int = 0) -> SheetPoll:
        """Store how the poll went on the sheet; on success the rows through ``through``
        (the last imported) are hashed for the next poll's check."""
        hashed = sheet_checks.fingerprint(path, through) if path is not None else ""
        with self._ctx.transaction() as s:
            row = s.get(IntakeSheet, result.id)
            if row is None:  # removed while it was polled
                return result
            row.last_poll_at = utcnow()
            row.status = result.status
            row.last_error = result.error
            row.rows_imported += result.imported
            if result.status == OK:
                row.checked_rows, row.fingerprint = through, hashed
        if result.error:
            log.info("sheet %s: %s", result.id, result.error)
        return result


def _not_invited(batch_id: int) -> Select[int]:
    """The candidates of an import batch with no invitation logged."""
    invited = select(Activity.id).where(
        Activity.candidate_id == Candidate.id, Activity.action == Action.INVITED.value
    )
    return select(Candidate.id).where(Candidate.import_batch_id == batch_id, ~exists(invited))
