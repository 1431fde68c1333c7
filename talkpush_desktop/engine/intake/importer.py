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

This module streams the file; a chunk's commit is :mod:`.import_run`, the summary and the
rejects report :mod:`.import_report`, resuming, listing and undoing batches
:mod:`.import_batches`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import update

from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import batch_owner, layout, pipeline, workers
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.intake.csv_source import CsvSource, IntakeFileError, SourceRow
from talkpush_desktop.engine.intake.import_batches import (
    UndoSummary,
    batches,
    earlier_batches,
    resume_point,
    undo_batch,
)
from talkpush_desktop.engine.intake.import_report import (
    ImportSummary,
    RejectsReport,
    reports_folder,
)
from talkpush_desktop.engine.intake.import_run import ImportRun, Mark
from talkpush_desktop.engine.intake.workers import ImportWorkers
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import statistics
from talkpush_desktop.storage.models import ImportBatch

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context


__all__ = [
    "CHUNK_ROWS",
    "FORMATS",
    "ImportSummary",
    "UndoSummary",
    "batches",
    "import_file",
    "reports_folder",
    "resume_point",
    "undo_batch",
]

FORMATS = pipeline.SOURCES
CHUNK_ROWS = 2000


def _chunked(rows: Iterable[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    chunk: list[SourceRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepared_chunks(
    chunks: Iterator[list[SourceRow]],
    target: pipeline.Target,
    executor: Executor | None,
    run: ImportRun,
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
        run = ImportRun(ctx, target, report, summary, earlier)
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
    run: ImportRun,
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
