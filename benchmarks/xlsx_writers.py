"""The campaign export's two candidate writers, timed on the same rows (benchmark helper).

:class:`XlsxWriterWorkbook` has the interface of the hand-written
:class:`~talkpush_desktop.engine.exports.streaming_xlsx.StreamingWorkbook` (``sheet()``
yielding a stream with ``append`` and ``rows``) but writes with XlsxWriter's
``constant_memory`` mode, with the same cells: a bold frozen header, the column widths, the
number formats of :mod:`~talkpush_desktop.engine.exports.cells`, formula-looking text kept
as text with the quote prefix. :func:`timed` wraps either so that only the writer's own
time is counted (``append`` and ``close``), not reading the rows from the database.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import IO, Any

from talkpush_desktop.engine.exports import campaign_export
from talkpush_desktop.engine.exports.cells import Column, Kind, clean_text, looks_like_formula
from talkpush_desktop.engine.exports.streaming_xlsx import StreamingWorkbook, sheet_title

NUMBER_FORMATS = {
    Kind.NUMBER: "0.00",
    Kind.HOURS: "0.0",
    Kind.PERCENT: "0.0%",
    Kind.DATE: "0.00",
    Kind.DATETIME: "0.00",
}
WRITER_SECONDS = [0.0]
"""Seconds spent in the writer (append and close) since the process started."""


class _XlsxWriterSheet:
    def __init__(self, book: Any, sheet: Any, columns: Sequence[Column]) -> None:
        self._sheet = sheet
        self._kinds = [c.kind for c in columns]
        self._text = book.add_format({})
        self._quoted = book.add_format({"quote_prefix": True})
        self._bold = book.add_format({"bold": True})
        self._bold_quoted = book.add_format({"bold": True, "quote_prefix": True})
        self._date = book.add_format({"num_format": "yyyy-mm-dd"})
        self._datetime = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self._numbers = {k: book.add_format({"num_format": f}) for k, f in NUMBER_FORMATS.items()}
        for i, column in enumerate(columns):
            sheet.set_column(i, i, column.display_width)
            sheet.write_string(0, i, column.title, self._bold)
        sheet.freeze_panes(1, 0)
        self.rows = 0

    def append(self, values: Sequence[object], *, bold: bool = False) -> None:
        self.rows += 1
        row, sheet = self.rows, self._sheet
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                quoted = looks_like_formula(value)
                style = (self._bold_quoted if quoted else self._bold) if bold else None
                sheet.write_string(
                    row, col, clean_text(value), style or (self._quoted if quoted else None)
                )
            elif isinstance(value, bool):
                sheet.write_boolean(row, col, value)
            elif isinstance(value, int | float):
                sheet.write_number(
                    row, col, value, self._bold if bold else self._numbers.get(self._kinds[col])
                )
            elif isinstance(value, datetime):
                style = self._date if self._kinds[col] is Kind.DATE else self._datetime
                sheet.write_datetime(row, col, value.replace(tzinfo=None), style)
            elif isinstance(value, date):
                sheet.write_datetime(row, col, value, self._date)
            else:
                sheet.write_string(row, col, clean_text(str(value)))


class XlsxWriterWorkbook:
    """An .xlsx written by XlsxWriter (``constant_memory``) to ``out``."""

    def __init__(self, out: IO[bytes]) -> None:
        import xlsxwriter

        self._book = xlsxwriter.Workbook(out, {"constant_memory": True, "in_memory": False})
        self._titles: list[str] = []

    def __enter__(self) -> XlsxWriterWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def sheet(self, title: str, columns: Sequence[Column]) -> Iterator[_XlsxWriterSheet]:
        name = sheet_title(title, self._titles)
        self._titles.append(name)
        yield _XlsxWriterSheet(self._book, self._book.add_worksheet(name), columns)

    def close(self) -> None:
        self._book.close()


class _TimedSheet:
    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.cells = 0

    @property
    def rows(self) -> int:
        return int(self._inner.rows)

    def append(self, values: Sequence[object], *, bold: bool = False) -> None:
        t = time.perf_counter()
        self._inner.append(values, bold=bold)
        WRITER_SECONDS[0] += time.perf_counter() - t
        self.cells += sum(1 for v in values if v is not None and v != "")


def timed(writer: type) -> type:
    """``writer`` (either workbook class) with its own time added to :data:`WRITER_SECONDS`."""

    class Timed:
        cells = [0]

        def __init__(self, out: IO[bytes]) -> None:
            self._inner = writer(out)

        def __enter__(self) -> Timed:
            return self

        def __exit__(self, exc_type: object, *rest: object) -> None:
            t = time.perf_counter()
            self._inner.__exit__(exc_type, *rest)
            WRITER_SECONDS[0] += time.perf_counter() - t

        @contextmanager
        def sheet(self, title: str, columns: Sequence[Column]) -> Iterator[_TimedSheet]:
            with self._inner.sheet(title, columns) as inner:
                stream = _TimedSheet(inner)
                yield stream
                t = time.perf_counter()
            WRITER_SECONDS[0] += time.perf_counter() - t  # the sheet's end (flush)
            Timed.cells[0] += stream.cells

    return Timed


WRITERS = {"hand-written": StreamingWorkbook, "xlsxwriter": XlsxWriterWorkbook}


def use(name: str) -> type:
    """Make the campaign export write with ``name`` (timed); returns the class in use."""
    chosen = timed(WRITERS[name])
    campaign_export.StreamingWorkbook = chosen  # type: ignore[misc]
    return chosen
