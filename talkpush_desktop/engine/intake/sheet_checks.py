"""What a polled sheet is checked for: its columns against the seed's order, and whether
the rows already imported are still the same.

The seed's Google Form sheet has a fixed column order (Timestamp, Full name, Email, Phone,
then optional Location ... Referee account); titles are free, so a column is refused only
when its title names another field, or when none of the first rows reads in that order.
Rows are never reordered (the seed): new sign-ups are appended. So the rows already
imported are hashed (:func:`fingerprint`); a later poll that hashes them differently
reports the sheet as changed instead of importing it again.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import column_mapping, layout, preview
from talkpush_desktop.engine.intake.csv_source import CsvSource

FORMAT = "google-form"
REQUIRED = 4
"""Timestamp, Full name, Email and Phone: the columns every sheet has."""
SAMPLE_ROWS = 10


@dataclass
class SheetCheck:
    """A sheet's columns as the import reads them (``columns``: file title and the seed's
    field at that place), its data rows, and the first rows' status."""

    columns: list[dict[str, str]]
    data_rows: int
    sample: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def seed_order() -> list[str]:
    """The seed's column order, as labels."""
    return [column_mapping.FIELD_LABELS[f] for f in column_mapping.fields_of(FORMAT)]


def check_columns(path: Path, region: str) -> SheetCheck:
    """The columns of a downloaded sheet against the seed's order; ValidationError (one
    line naming the column) when the sheet cannot be read in that order."""
    fields = column_mapping.fields_of(FORMAT)
    order = ", ".join(seed_order()[:REQUIRED])
    looked = preview.preview_file(path, FORMAT, region, rows=SAMPLE_ROWS)
    width = len(looked.columns)
    if width < REQUIRED:
        raise ValidationError(
            f"the sheet has {width} column(s); a Google Form sheet starts with {order}"
        )
    for position, title in enumerate((looked.header or [])[: len(fields)]):
        named = column_mapping.field_named_by(title, FORMAT)
        if named is not None and named != fields[position] and position < REQUIRED:
            wanted = column_mapping.FIELD_LABELS[fields[position]]
            raise ValidationError(
                f"column {position + 1} is titled {title.strip()!r}, but the seed's order "
                f"puts {wanted} there (the order: {order}, ...)"
            )
    if looked.rows and not any(r.ok for r in looked.rows):
        first = looked.rows[0]
        raise ValidationError(
            f"none of the first rows reads as {order}: row {first.row}: {first.status}"
        )
    labels = seed_order()
    columns = [
        {"column": title, "field": labels[i] if i < len(labels) else "other (kept in others)"}
        for i, title in enumerate(looked.columns)
    ]
    sample = [{"row": r.row, "status": r.status} for r in looked.rows]
    return SheetCheck(columns, looked.data_rows, sample)


def fingerprint(path: Path, through_row: int) -> str:
    """A hash of the data rows numbered up to ``through_row``: their number and the cells of
    the seed's columns (Timestamp ... Referee account). Columns added after those (a
    recruiter's notes, further questions) may change without the sheet reading as changed."""
    digest = hashlib.sha256()
    width = len(column_mapping.fields_of(FORMAT))
    _header, rows = layout.data_rows(CsvSource(path), FORMAT)
    for row in rows:
        if row.number > through_row:
            break
        cells = [cell.strip() for cell in row.cells[:width]]
        while cells and not cells[-1]:
            cells.pop()
        digest.update(str(row.number).encode())
        for cell in cells:
            digest.update(b"\x1f" + cell.encode("utf-8", "replace"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def extent(path: Path) -> tuple[int, int]:
    """How many data rows the sheet has, and the number of its last one (0: none)."""
    count = last = 0
    _header, rows = layout.data_rows(CsvSource(path), FORMAT)
    for row in rows:
        count, last = count + 1, row.number
    return count, last
