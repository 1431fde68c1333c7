"""One import's chunk commit: rows seen earlier in the file, contacts looked up again when
another writer changed the candidates, rows already in the campaign skipped, then the
candidates inserted with their search index, folder counts, 'added' activity and
Duplicate labels, and the batch's counters, in one transaction.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import DateTime, Integer, func, insert, literal, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import folders, kept_counts, labels
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.intake import pipeline
from talkpush_desktop.engine.intake.import_report import ImportSummary, RejectsReport
from talkpush_desktop.storage import contact_lock, search_index, statistics
from talkpush_desktop.storage.models import (
    Action,
    Activity,
    Candidate,
    CandidateLabel,
    Folder,
    ImportBatch,
    table_of,
)

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context


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


class Mark(NamedTuple):
    """The newest candidate id, and how many rows the import had stored, at one moment."""

    newest_id: int
    imported: int


class ImportRun:
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
        self.stats = statistics.Keeper(ctx.db.engine)

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
            contact_lock.hold(s, self.target.company_id)  # another import's chunk first
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
        """Where the workspace stands before a chunk's contacts are looked up (the look-ups
        planned with fresh statistics on PostgreSQL)."""
        self.stats.step()
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
        sources = (self.inserter.value_of(r.params, "source") for r in fresh)
        kept_counts.adjust_sources(s, kept_counts.added(t.id, sources))
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
