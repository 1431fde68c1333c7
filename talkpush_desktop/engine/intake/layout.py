"""A file's layout before import: its header, its width and the column mapping to use.

Both the preview and the import read the layout the same way, so what a recruiter previews
is what gets imported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from talkpush_desktop.engine.intake import column_mapping
from talkpush_desktop.engine.intake.column_mapping import ColumnMap, ColumnRef
from talkpush_desktop.engine.intake.csv_source import CsvSource, SourceRow, looks_like_header
from talkpush_desktop.engine.intake.row_mapping import RowWarning, is_blank, parse_timestamp

WIDTH_SAMPLE_ROWS = 50
"""Data rows read to learn the file's width when the header is shorter or missing."""

HEADER_WORDS = (
    "first",
    "last",
    "given",
    "surname",
    "full",
    "name",
    "email",
    "mail",
    "phone",
    "mobile",
    "cell",
    "contact",
    "country",
    "code",
    "referee",
    "referral",
    "timestamp",
    "number",
    "nombre",
    "correo",
    "pangalan",
)


def is_header(cells: list[str], fmt: str) -> bool:
    """Row 1 is a header when it has no contact data and reads like column titles."""
    if not looks_like_header(cells):
        return False
    titles = ("".join(ch for ch in cell.lower() if ch.isalpha()) for cell in cells)
    if any(title.startswith(HEADER_WORDS) for title in titles):
        return True
    return fmt == "google-form" and bool(cells[0].strip()) and parse_timestamp(cells[0]) is None


@dataclass(frozen=True)
class FileLayout:
    """``header`` (None without one), ``width`` (columns), and the mapping in force.

    ``order`` is the rearrangement the mapping implies (None: the file's own order);
    ``has_rows`` is False for a file that is empty, blank or a header alone.
    """

    fmt: str
    header: list[str] | None
    width: int
    suggested: ColumnMap
    mapping: ColumnMap
    order: tuple[int, ...] | None
    has_rows: bool = True

    @property
    def columns(self) -> list[str]:
        """A title per file column: the header's, or "Column N"."""
        header = self.header or []
        return [
            (header[i].strip() if i < len(header) else "") or f"Column {i + 1}"
            for i in range(self.width)
        ]

    def mapped_header(self) -> list[str] | None:
        """The header in mapped order (it names the extra columns), or None."""
        if self.header is None or self.order is None:
            return self.header
        return column_mapping.rearrange(self.header, self.order, self.width)

    def field_of(self, column: int) -> str:
        """The field a file column feeds, else the column's title."""
        fed = next((f for f, c in self.mapping.items() if c == column), None)
        if fed is not None:
            return fed
        titles = self.columns
        return titles[column] if column < len(titles) else f"Column {column + 1}"

    def warnings_of(self, row: SourceRow) -> list[RowWarning]:
        """What the reader noted in ``row`` (another encoding, NUL bytes, garbled text)."""
        return [
            RowWarning(row.number, self.field_of(column), reason, row.cells[column])
            for column, reason in row.notes
        ]

    def mapped_cells(self, cells: list[str]) -> list[str]:
        if self.order is None:
            return cells
        return column_mapping.rearrange(cells, self.order, self.width)


def data_rows(source: CsvSource, fmt: str) -> tuple[list[str] | None, Iterator[SourceRow]]:
    """The header (when the first non-blank row is one) and the data rows after it."""
    rows = (row for row in source if not is_blank(row))
    first = next(rows, None)
    if first is not None and is_header(first.cells, fmt):
        return list(first.cells), rows
    return None, _chain(first, rows)


def _chain(first: SourceRow | None, rest: Iterator[SourceRow]) -> Iterator[SourceRow]:
    if first is not None:
        yield first
    yield from rest


def read_layout(
    source: CsvSource, fmt: str, chosen: Mapping[str, ColumnRef] | None = None
) -> FileLayout:
    """The layout of ``source``: the suggested mapping, overridden by ``chosen``.

    Raises ValidationError for an unknown field or column in ``chosen``.
    """
    column_mapping.fields_of(fmt)
    header, rows = data_rows(source, fmt)
    width = len(header or [])
    has_rows = False
    for count, row in enumerate(rows):
        if count >= WIDTH_SAMPLE_ROWS:
            break
        has_rows = True
        width = max(width, len(row.cells))
    suggested = column_mapping.suggest(fmt, header, width)
    draft = FileLayout(fmt, header, width, suggested, suggested, None)
    mapping = column_mapping.resolve(fmt, chosen or {}, suggested, draft.columns)
    order = column_mapping.column_order(fmt, mapping, width)
    return FileLayout(fmt, header, width, suggested, mapping, order, has_rows)
