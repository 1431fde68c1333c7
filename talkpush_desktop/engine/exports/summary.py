"""What an export reports back, and how a cancelled one stops."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """A finished (or cancelled) export.

    ``rows`` are data rows (candidates for a campaign export or ATS JSON, campaigns for the
    SMS breakdown, all sheets' rows for analytics); ``sheets`` has the rows of each sheet.
    A cancelled export wrote no file.
    """

    path: Path
    rows: int
    status: str = "done"  # done / cancelled
    sheets: dict[str, int] = field(default_factory=dict)
    frame: tuple[date, date] | None = None
    totals: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": str(self.path),
            "status": self.status,
            "rows": self.rows,
            "sheets": dict(self.sheets),
        }
        if self.frame is not None:
            data["from"], data["to"] = (d.isoformat() for d in self.frame)
        if self.totals:
            data["totals"] = dict(self.totals)
        return data


class ExportCancelled(Exception):
    """Raised inside an export when its cancel callback says so; no file is left."""

    def __init__(self, rows: int) -> None:
        super().__init__(f"cancelled after {rows} rows")
        self.rows = rows
