"""What an import tells: its summary, and the rejects report (every skipped row and every
warning, as CSV a spreadsheet opens without running a cell) in the reports folder.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from talkpush_desktop.engine.intake.row_mapping import RowWarning
from talkpush_desktop.storage.private_files import make_private_folder, open_private

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context


WARNINGS_SHOWN = 100  # in the summary; the report lists them all
SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


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


def reports_folder(ctx: Context) -> Path:
    """The folder of import reports (owner only: they hold candidates' data)."""
    return make_private_folder(ctx.data_dir / "reports")
