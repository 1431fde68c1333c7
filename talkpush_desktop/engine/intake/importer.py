"""Importing a CSV / Google Form sheet export as one recorded, undoable batch.

The file is streamed in chunks; each chunk (its candidates, the batch counters and the
last row read) commits in one transaction, so a crash or kill leaves the workspace
consistent and a re-run skips what is already in the campaign: rows an earlier import of
the same file stored (same row, same contact) count as ``already_imported``, other people
already in the campaign as ``duplicates``. A batch whose process dies reads "interrupted"
(:mod:`engine.intake.batch_owner`). A bad row never stops the import: it goes to the
rejects report (row, field, reason, value) next to the summary. What the reader noted in a
row (another encoding, NUL bytes, garbled text) is a warning: in the report too, and
counted in the summary.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    and_,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import folders, labels
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.intake import batch_owner, layout, pipeline, workers
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.intake.csv_source import CsvSource, IntakeFileError, SourceRow
from talkpush_desktop.engine.intake.row_mapping import RowWarning
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import search_index, statistics
from talkpush_desktop.storage.models import (
    Action,
    Activity,
    Campaign,
    Candidate,
    CandidateLabel,
    DeliveryState,
    Folder,
    ImportBatch,
    InterviewResponse,
    Label,
    Message,
    MessageKind,
    table_of,
)
from talkpush_desktop.storage.private_files import make_private_folder, open_private

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

FORMATS = pipeline.SOURCES
CHUNK_ROWS = 2000
WARNINGS_SHOWN = 100  # in the summary; the report lists them all
SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

ACTIVITY_COLUMNS = (
    "company_id",
    "campaign_id",
    "candidate_id",
    "user_id",
    "action",
    "to_folder",
    "detail",
    "at",
)


@dataclass
class ImportSummary:
    """What an import did; ``rejects_report`` lists every skipped row and why, and every
    warning (``warning_count`` of them; ``warnings`` holds the first ``WARNINGS_SHOWN``)."""

    batch_id: int
    campaign_id: int
    status: str
    rows_read: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    already_imported: int = 0
    rejects_report: str = ""
    encoding: str = ""
    delimiter: str = ""
    header: list[str] | None = None
    warning_count: int = 0
    warnings: list[dict[str, Any]] = field(default_factory=list)
    invited: int | None = None  # messages queued when the import invited (else None)
    not_invited: list[dict[str, Any]] | None = None  # [{id, reason}] when it invited

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if self.invited is None:
            del data["invited"], data["not_invited"]
        return data


@dataclass
class UndoSummary:
    batch_id: int
    removed: int
    kept: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def neutralise(cell: str) -> str:
    """Make a cell that a spreadsheet would run as a formula read as plain text."""
    return "'" + cell if cell.startswith(SPREADSHEET_TRIGGERS) else cell


class RejectsReport:
    """The CSV of skipped rows: row, kind, field, reason, value."""

    def __init__(self, path: Path, summary: ImportSummary) -> None:
        self.path = path
        self.summary = summary
        self._fh: IO[str] = open_private(path, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._fh)
        self._writer.writerow(["row", "kind", "field", "reason", "value"])

    def add(self, row: int, kind: str, fld: str, reason: str, value: str) -> None:
        self._writer.writerow([row, kind, fld, neutralise(reason), neutralise(value[:200])])

    def warn(self, w: RowWarning) -> None:
        """An imported row's warning: in the report, and in the summary's count."""
        self.add(w.row, "warning", w.field, w.reason, w.value)
        self.summary.warning_count += 1
        if len(self.summary.warnings) < WARNINGS_SHOWN:
            self.summary.warnings.append({"row": w.row, "field": w.field, "reason": w.reason})

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


def _chunked(rows: Iterable[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    chunk: list[SourceRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Mark(NamedTuple):
    """The newest candidate id, and how many rows the import had stored, at one moment."""

    newest_id: int
    imported: int


class _Run:
    """State of one import while it streams through the file."""

    def __init__(
        self,
        ctx: Context,
        target: pipeline.Target,
        report: RejectsReport,
        summary: ImportSummary,
        earlier: list[int],
    ) -> None:
        self.ctx = ctx
        self.target = target
        self.report = report
        self.summary = summary
        self.earlier = earlier  # earlier batches of the same file into this campaign
        self.seen: dict[str, int] = {}  # email key or phone -> first row in this file
        self.inserter = pipeline.candidate_insert(target.dialect)

    def _in_file_duplicate(self, r: pipeline.Ready) -> str | None:
        keys = [k for k in (r.email_key, r.phone) if k]
        first = next((self.seen[k] for k in keys if k in self.seen), None)
        if first is not None:
            return f"same email or phone as row {first} of this file"
        for k in keys:
            self.seen[k] = r.row
        return None

    def commit_chunk(self, prepared: list[pipeline.Prepared], last_row: int, mark: Mark) -> None:
        ready: list[pipeline.Ready] = []
        for item in prepared:
            if isinstance(item, pipeline.Ready):
                reason = self._in_file_duplicate(item)
                if reason is None:
                    ready.append(item)
                else:
                    self._duplicate(item, reason)
            else:
                self.summary.rejected += 1
                for p in item:
                    self.report.add(p.row, "rejected", p.field, p.reason, p.value)
        with self.ctx.transaction() as s:
            ready = self._recheck(s, ready, mark)
            fresh, flagged = self._drop_existing(s, ready)
            self._insert(s, fresh, flagged)
            self.summary.imported += len(fresh)
            self.summary.rows_read += len(prepared)
            s.execute(
                update(ImportBatch)
                .where(ImportBatch.id == self.target.batch_id)
                .values(
                    rows_read=self.summary.rows_read,
                    last_row=last_row,
                    imported=self.summary.imported,
                    duplicates=self.summary.duplicates,
                    rejected=self.summary.rejected,
                )
            )
        self.report.flush()

    def mark(self) -> Mark:
        """Where the workspace stands before a chunk's contacts are looked up."""
        rows = self.ctx.reader.fetch("newest-candidate", lambda: select(func.max(Candidate.id)), {})
        return Mark(int(rows[0][0] or 0), self.summary.imported)

    def _recheck(self, s: Session, ready: list[pipeline.Ready], mark: Mark) -> list[pipeline.Ready]:
        """``ready`` with who holds each contact now, looked up again under the write lock
        when another writer (a second import of the file, a manual add, an undo) changed the
        candidates since ``mark``: the newest id is then not ``mark``'s plus the rows this
        import stored since (ids follow on; on PostgreSQL a gap only costs a look-up)."""
        if not ready:
            return ready
        newest = s.scalar(select(func.max(Candidate.id))) or 0
        if newest == mark.newest_id + self.summary.imported - mark.imported:
            return ready
        holders = candidates.existing_contacts(
            self.ctx.reader,
            self.target.company_id,
            [r.email_key for r in ready],
            [r.phone for r in ready],
            s.connection(),
        )
        return [
            r._replace(holders=tuple(holders.get(r.email_key, []) + holders.get(r.phone, [])))
            for r in ready
        ]

    def _insert(self, s: Session, fresh: list[pipeline.Ready], flagged: set[int]) -> None:
        """Candidates, counts, 'added' activity and Duplicate labels, in the open transaction."""
        if not fresh:
            return
        t = self.target
        self.inserter.execute(s.connection(), [r.params for r in fresh])
        ids = candidates.ids_of_rows(s, t.batch_id, [r.row for r in fresh])
        search_index.index_candidates(s.connection(), ids)
        folders.adjust_counts(s, Counter({(t.id, Folder.INBOX.value): len(ids)}))
        self._log_added(s, ids)
        duplicates = [cid for cid, r in zip(ids, fresh, strict=True) if r.row in flagged]
        if duplicates:
            label = labels.label_id(s, t.company_id, labels.DUPLICATE)
            s.execute(
                insert(table_of(CandidateLabel)),
                [
                    {"candidate_id": cid, "label_id": label, "created_at": t.at}
                    for cid in duplicates
                ],
            )

    def _log_added(self, s: Session, ids: list[int]) -> None:
        """One 'added' activity row per new candidate, copied by the database from the rows."""
        t = self.target
        rows = select(
            Candidate.company_id,
            Candidate.campaign_id,
            Candidate.id,
            literal(self.ctx.user_id, Integer()),
            literal(Action.ADDED.value),
            literal(Folder.INBOX.value),
            literal(pipeline.SOURCES[t.fmt]),
            literal(t.at, DateTime()),
        ).where(candidates.id_condition(ids), Candidate.import_batch_id == t.batch_id)
        s.execute(insert(table_of(Activity)).from_select(ACTIVITY_COLUMNS, rows))

    def _drop_existing(
        self, s: Session, ready: list[pipeline.Ready]
    ) -> tuple[list[pipeline.Ready], set[int]]:
        """Skip rows already in this campaign; flag rows seen in another campaign."""
        fresh: list[pipeline.Ready] = []
        flagged: set[int] = set()
        held = {r.row: [c for c, camp in r.holders if camp == self.target.id] for r in ready}
        stored_from = self._stored_rows(s, [cid for ids in held.values() for cid in ids])
        for r in ready:
            here = held[r.row]
            if any(stored_from.get(cid) == r.row for cid in here):
                self.summary.already_imported += 1
                continue
            if here:
                self._duplicate(r, f"already in this campaign as candidate {here[0]}")
                continue
            if r.holders:
                flagged.add(r.row)
            fresh.append(r)
        return fresh, flagged

    def _stored_rows(self, s: Session, ids: list[int]) -> dict[int, int]:
        """Candidate id -> file row, for those of ``ids`` an earlier import of this file stored."""
        if not self.earlier or not ids:
            return {}
        found: dict[int, int] = {}
        for part in folders.chunks(ids):
            query = select(Candidate.id, Candidate.import_row).where(
                Candidate.id.in_(part), Candidate.import_batch_id.in_(self.earlier)
            )
            found.update((cid, row) for cid, row in s.execute(query) if row is not None)
        return found

    def _duplicate(self, r: pipeline.Ready, reason: str) -> None:
        self.summary.duplicates += 1
        fld = "email" if r.email_key else "phone"
        self.report.add(r.row, "duplicate", fld, reason, r.shown)


def resume_point(s: Session, campaign_id: int, fmt: str, sheet_key: str) -> int:
    """For sheets: the last row already imported (only later rows are new)."""
    if fmt != "google-form":
        return 0
    last = s.scalar(
        select(func.max(ImportBatch.last_row)).where(
            ImportBatch.campaign_id == campaign_id,
            ImportBatch.sheet_key == sheet_key,
            ImportBatch.undone_at.is_(None),
        )
    )
    return int(last or 0)


def earlier_batches(s: Session, campaign_id: int, sheet_key: str) -> list[int]:
    """The batches (not undone) that imported the same file or sheet into the campaign."""
    return list(
        s.scalars(
            select(ImportBatch.id).where(
                ImportBatch.campaign_id == campaign_id,
                ImportBatch.sheet_key == sheet_key,
                ImportBatch.undone_at.is_(None),
            )
        )
    )


def _prepared_chunks(
    chunks: Iterator[list[SourceRow]],
    target: pipeline.Target,
    executor: Executor | None,
    run: _Run,
) -> Generator[tuple[list[pipeline.Prepared], int, Mark], None, None]:
    """Prepare chunks in order, a few ahead in worker processes when there are some; each
    with its last row and the :class:`Mark` taken before its contacts were looked up."""
    if executor is None:
        for chunk in chunks:
            plain = [(r.number, r.cells) for r in chunk]
            mark = run.mark()
            yield pipeline.prepare_rows(target, plain, run.ctx.reader), chunk[-1].number, mark
        return
    pending: list[tuple[Future[list[pipeline.Prepared]], int, Mark]] = []
    try:
        for chunk in chunks:
            plain = [(r.number, r.cells) for r in chunk]  # tuples pickle fastest
            mark = run.mark()
            submitted = executor.submit(pipeline.prepare_rows, target, plain)
            pending.append((submitted, chunk[-1].number, mark))
            if len(pending) > 2 * workers.WORKERS:
                fut, last, first_mark = pending.pop(0)
                yield fut.result(), last, first_mark
        while pending:
            fut, last, first_mark = pending.pop(0)
            yield fut.result(), last, first_mark
    finally:  # cancelled or failed: the workers stay, the work ahead is dropped
        for fut, _last, _mark in pending:
            fut.cancel()


def reports_folder(ctx: Context) -> Path:
    """The folder of import reports (owner only: they hold candidates' data)."""
    return make_private_folder(ctx.data_dir / "reports")


def import_file(
    ctx: Context,
    pool: ImportWorkers,
    path: Path,
    campaign_ref: str | int,
    fmt: str,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sheet_key: str | None = None,
    mapping: Mapping[str, ColumnRef] | None = None,
) -> ImportSummary:
    """Import ``path`` into a campaign; see the module docstring for the guarantees.

    ``mapping`` (field -> column) overrides the columns guessed from the header
    (:mod:`engine.intake.column_mapping`).
    """
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")
    with ctx.transaction() as s:
        campaign = campaigns.resolve(s, ctx.company_id, campaign_ref)
    source = CsvSource(path)  # raises IntakeFileError for unreadable files
    file_layout = layout.read_layout(source, fmt, mapping)
    if not file_layout.has_rows:
        raise IntakeFileError(Path(path), "it has no candidate rows (empty, or a header alone)")
    key = sheet_key or str(path.resolve())
    with ctx.transaction() as s:
        start_after = resume_point(s, campaign.id, fmt, key)
        earlier = earlier_batches(s, campaign.id, key)
        batch = ImportBatch(
            campaign_id=campaign.id,
            user_id=ctx.user_id,
            source_format=fmt,
            file_name=str(path),
            sheet_key=key,
            status="running",
            started_at=utcnow(),
        )
        s.add(batch)
        s.flush()
        batch_id = batch.id
        batch_owner.claim(s, batch_id)
    report_path = reports_folder(ctx) / f"import-{batch_id}-rejects.csv"
    summary = ImportSummary(
        batch_id,
        campaign.id,
        "running",
        rejects_report=str(report_path),
        encoding=source.encoding,
        delimiter=source.delimiter,
    )
    report = RejectsReport(report_path, summary)
    try:
        rows = _noting(_data_rows(source, summary, start_after, fmt), file_layout, report)
        target = pipeline.Target(
            campaign.id,
            campaign.company_id,
            campaign.pin_valid_hours,
            campaign.hotline_country,
            batch_id,
            utcnow(),
            f"{ctx.db.engine.dialect.name}.{ctx.db.engine.dialect.driver}",
            fmt,
            _tuple_or_none(file_layout.mapped_header()),
            ctx.db.url,
            file_layout.order,
            file_layout.width,
        )
        run = _Run(ctx, target, report, summary, earlier)
        _stream(run, rows, pool.for_file(path), progress, cancelled)
    except IntakeFileError as exc:  # a row that cannot be read, past the rows committed
        summary.status = batch_owner.INTERRUPTED
        if not summary.imported:
            raise
        kept = f"the {summary.imported} candidates before it stay in batch {batch_id}"
        raise IntakeFileError(path, f"{exc.problem}; {kept}") from exc
    except BaseException:
        summary.status = batch_owner.INTERRUPTED  # what was committed stays
        raise
    finally:
        report.close()
        _finish(ctx, summary, report_path)
    return summary


def _stream(
    run: _Run,
    rows: Iterator[SourceRow],
    executor: Executor | None,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Prepare and commit the rows chunk by chunk, until the end or a cancel."""
    chunks = _prepared_chunks(_chunked(rows, CHUNK_ROWS), run.target, executor, run)
    try:
        for prepared, last_row, mark in chunks:
            run.commit_chunk(prepared, last_row, mark)
            if progress is not None:
                progress(run.summary.rows_read)
            if cancelled is not None and cancelled():
                run.summary.status = "cancelled"
                break
    finally:
        chunks.close()


def _finish(ctx: Context, summary: ImportSummary, report_path: Path) -> None:
    """Record how the batch ended and let go of it."""
    summary.status = "done" if summary.status == batch_owner.RUNNING else summary.status
    with ctx.transaction() as s:
        s.execute(
            update(ImportBatch)
            .where(ImportBatch.id == summary.batch_id)
            .values(status=summary.status, finished_at=utcnow(), rejects_path=str(report_path))
        )
        batch_owner.release(s, summary.batch_id)
    with ctx.db.engine.connect() as conn:
        statistics.keep_current(conn)  # a big import can outgrow the planner statistics


def _data_rows(
    source: CsvSource, summary: ImportSummary, start_after: int, fmt: str
) -> Iterator[SourceRow]:
    """The rows to import: without the header, blank rows and rows already imported.

    The header (if the first non-blank row looks like one) is read eagerly into
    ``summary.header`` before the first data row is asked for.
    """
    summary.header, rows = layout.data_rows(source, fmt)
    return _after(rows, summary, start_after)


def _noting(
    rows: Iterator[SourceRow], file_layout: layout.FileLayout, report: RejectsReport
) -> Iterator[SourceRow]:
    """``rows``, with their warnings written to the report (and counted)."""
    for row in rows:
        if row.notes:
            for warning in file_layout.warnings_of(row):
                report.warn(warning)
        yield row


def _tuple_or_none(cells: list[str] | None) -> tuple[str, ...] | None:
    return tuple(cells) if cells is not None else None


def _after(
    rows: Iterator[SourceRow], summary: ImportSummary, start_after: int
) -> Iterator[SourceRow]:
    for row in rows:
        if row.number <= start_after:
            summary.already_imported += 1
            continue
        yield row


# -- undo ----------------------------------------------------------------------------------


def _intake() -> ColumnElement[bool]:
    """Activity of the intake itself: the add, its invitation (the bot's messages), the
    system's move to No Campaign Invitation when the invitation could not be sent."""
    return or_(
        Activity.action.in_((Action.ADDED.value, Action.INVITED.value)),
        and_(Activity.action == Action.MESSAGED.value, Activity.user_id.is_(None)),
        and_(
            Activity.action == Action.MOVED.value,
            Activity.to_folder == Folder.NO_CAMPAIGN_INVITATION.value,
            Activity.user_id.is_(None),
        ),
    )


def _unsent_invitation() -> ColumnElement[bool]:
    """Messages of the intake: the bot's invitation still queued, the system's note why it
    could not be sent. Nobody has been contacted yet."""
    return or_(
        and_(Message.kind == MessageKind.BOT.value, Message.state == DeliveryState.QUEUED.value),
        and_(Message.kind == MessageKind.COMMENT.value, Message.user_id.is_(None)),
    )


def _touch_reasons(s: Session, ids: list[int]) -> dict[int, str]:
    """Why a candidate of the batch must be kept: somebody worked on it since."""
    reasons: dict[int, str] = {}
    checks = (
        ("has later activity", exists().where(Activity.candidate_id == Candidate.id, ~_intake())),
        (
            "has messages",
            exists().where(Message.candidate_id == Candidate.id, ~_unsent_invitation()),
        ),
        ("has interview responses", exists().where(InterviewResponse.candidate_id == Candidate.id)),
        (
            "has manual labels",
            exists().where(
                CandidateLabel.candidate_id == Candidate.id,
                CandidateLabel.label_id.in_(select(Label.id).where(Label.automatic.is_(False))),
            ),
        ),
    )
    for part in folders.chunks(ids):
        for reason, condition in checks:
            for cid in s.scalars(select(Candidate.id).where(Candidate.id.in_(part), condition)):
                reasons.setdefault(cid, reason)
    return reasons


def undo_batch(ctx: Context, batch_id: int) -> UndoSummary:
    """Remove the candidates a batch added that nobody has touched since; say which stay."""
    now = utcnow()
    with ctx.transaction() as s:
        batch = s.get(ImportBatch, batch_id)
        campaign = s.get(Campaign, batch.campaign_id) if batch else None
        if batch is None or campaign is None or campaign.company_id != ctx.company_id:
            raise NotFoundError(f"no import batch with id {batch_id}")
        if batch.undone_at is not None:
            raise ValidationError(f"import batch {batch_id} was already undone")
        rows = s.execute(
            select(
                Candidate.id,
                Candidate.campaign_id,
                Candidate.folder,
                Candidate.email_key,
                Candidate.phone,
            ).where(Candidate.import_batch_id == batch_id)
        ).all()
        kept = _touch_reasons(s, [r.id for r in rows])
        doomed = [r for r in rows if r.id not in kept]
        deltas: Counter[tuple[int, str]] = Counter()
        for r in doomed:
            deltas[(r.campaign_id, r.folder)] -= 1
        for part in folders.chunks([r.id for r in doomed]):
            s.execute(delete(Candidate).where(Candidate.id.in_(part)))
        folders.adjust_counts(s, deltas)
        labels.refresh_duplicates(
            s, ctx.company_id, [r.email_key for r in doomed], [r.phone for r in doomed], now
        )
        batch.undone_at = now
        batch.status = "undone"
    ctx.undo_stack.clear()
    return UndoSummary(
        batch_id, len(doomed), [{"id": cid, "reason": why} for cid, why in sorted(kept.items())]
    )


def batches(ctx: Context) -> list[dict[str, Any]]:
    """Every import batch of the workspace, newest first."""
    with ctx.transaction() as s:
        rows = s.scalars(
            select(ImportBatch)
            .join(Campaign, Campaign.id == ImportBatch.campaign_id)
            .where(Campaign.company_id == ctx.company_id)
            .order_by(ImportBatch.id.desc())
        )
        return [
            {
                "id": b.id,
                "campaign_id": b.campaign_id,
                "format": b.source_format,
                "file": b.file_name,
                "status": b.status,
                "imported": b.imported,
                "duplicates": b.duplicates,
                "rejected": b.rejected,
                "started_at": b.started_at.isoformat(),
                "rejects_report": b.rejects_path,
            }
            for b in rows
        ]
