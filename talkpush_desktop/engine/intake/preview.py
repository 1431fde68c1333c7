"""A look at a file before importing it: layout, mapping and the first rows with their problems.

Nothing is written. Rows are mapped and validated exactly as the import will (the same
layout, the same row mapper), so a row shown "OK" here is only refused later if somebody
adds the same person meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.intake import column_mapping, layout, pipeline
from talkpush_desktop.engine.intake.column_mapping import ColumnMap, ColumnRef
from talkpush_desktop.engine.intake.csv_source import CsvSource, SourceRow
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    RowMapper,
    RowProblem,
    RowWarning,
    make_mapper,
)


@dataclass
class PreviewRow:
    """One data row: its spreadsheet ``row``, the text each field receives, its problems
    (why it would be rejected) and its warnings (imported, but worth a look)."""

    row: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def status(self) -> str:
        """ "OK", or why the import will reject the row ("email: ...; phone: ...")."""
        if not self.problems:
            return "OK"
        return "; ".join(f"{p.field}: {p.reason}" for p in self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "values": self.values,
            "status": self.status,
            "problems": [asdict(p) for p in self.problems],
            "warnings": [asdict(w) for w in self.warnings],
        }


@dataclass
class CsvPreview:
    """What importing ``path`` as ``format`` would read (see the module docstring).

    ``mapping`` is the one in force (``suggested`` overridden by the caller's); ``columns``
    titles each file column. ``data_rows`` counts the file's non-blank rows after the
    header; ``already_imported`` / ``new_rows`` say how many of them an earlier import of
    the same sheet took (0 and all of them for a CSV file). ``rows`` are the first new rows;
    ``warning_count`` counts the warnings of all new rows.
    """

    path: str
    format: str
    encoding: str
    delimiter: str
    header: list[str] | None
    columns: list[str]
    fields: list[str]
    suggested: ColumnMap
    mapping: ColumnMap
    rows: list[PreviewRow]
    data_rows: int = 0
    already_imported: int = 0
    new_rows: int = 0
    warning_count: int = 0

    def to_json(self) -> dict[str, Any]:
        def named(m: ColumnMap) -> dict[str, str | None]:
            return {f: None if c is None else self.columns[c] for f, c in m.items()}

        return {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "header": self.header,
            "columns": self.columns,
            "fields": self.fields,
            "suggested": named(self.suggested),
            "mapping": named(self.mapping),
            "data_rows": self.data_rows,
            "already_imported": self.already_imported,
            "new_rows": self.new_rows,
            "warning_count": self.warning_count,
            "rows": [r.to_json() for r in self.rows],
        }


def preview_file(
    path: Path,
    fmt: str,
    region: str,
    mapping: Mapping[str, ColumnRef] | None = None,
    *,
    rows: int = 10,
    start_after: int = 0,
) -> CsvPreview:
    """Preview ``path`` (phones read with ``region`` as the default country).

    ``start_after`` is the last spreadsheet row an earlier import of this sheet took.
    Raises IntakeFileError for an unreadable file, ValidationError for a bad mapping.
    """
    source = CsvSource(path)
    file_layout = layout.read_layout(source, fmt, mapping)
    mapper = make_mapper(fmt, region, file_layout.mapped_header(), pipeline.SOURCES[fmt])
    fields = column_mapping.fields_of(fmt)
    shown: list[PreviewRow] = []
    total = before = warned = 0
    _, data = layout.data_rows(source, fmt)
    for row in data:
        total += 1
        if row.number <= start_after:
            before += 1
            continue
        warned += len(row.notes)
        if len(shown) < rows:
            shown.append(_preview_row(row, file_layout, mapper, fields))
    return CsvPreview(
        path=str(path),
        format=fmt,
        encoding=source.encoding,
        delimiter=source.delimiter,
        header=file_layout.header,
        columns=file_layout.columns,
        fields=list(fields),
        suggested=file_layout.suggested,
        mapping=file_layout.mapping,
        rows=shown,
        data_rows=total,
        already_imported=before,
        new_rows=total - before,
        warning_count=warned,
    )


def _preview_row(
    row: SourceRow,
    file_layout: layout.FileLayout,
    mapper: RowMapper,
    fields: tuple[str, ...],
) -> PreviewRow:
    cells = file_layout.mapped_cells(row.cells)
    values = {f: (cells[i].strip() if i < len(cells) else "") for i, f in enumerate(fields)}
    mapped = mapper(SourceRow(row.number, cells))
    problems = [] if isinstance(mapped, CandidateDraft) else mapped
    return PreviewRow(row.number, values, problems, file_layout.warnings_of(row))
