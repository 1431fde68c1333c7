"""Reading candidate CSV files as real spreadsheets and scripts write them.

:class:`CsvSource` reads the first 64 KiB to detect the encoding (UTF-8 with or without
BOM, UTF-16/32 with BOM, BOM-less UTF-16, else Windows-1252 or Latin-1) and the delimiter
(comma, semicolon, tab or pipe), refuses files that are not text (Excel workbooks, zips,
images, PDFs) and anything but a regular file (a device such as /dev/zero, a pipe, a
socket), then streams the records: the file is never loaded whole, and a line longer than
``LINE_LIMIT`` characters (no candidate's row is) stops the read with the row named.

Cells are yielded as read (stripped of surrounding whitespace and NUL bytes); padding or
truncating to the expected columns is the row mapper's job. 8-bit files are decoded line
by line (:mod:`engine.intake.text_decoding`), so a file mixing UTF-8 and Windows-1252 rows
reads right; each row's ``notes`` say what the reader had to do to a cell (read it in the
other encoding, remove NUL bytes) or what looks wrong in it (garbled UTF-8).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from talkpush_desktop.engine.intake.text_decoding import (
    EIGHT_BIT,
    FALLBACK_ERRORS,
    LineDecoder,
    repair_garbled,
)

__all__ = [
    "CsvSource",
    "IntakeFileError",
    "SourceRow",
    "detect_encoding",
    "looks_like_header",
    "sniff_delimiter",
]

HEAD_BYTES = 64 * 1024
FIELD_SIZE_LIMIT = 10_000_000
LINE_LIMIT = 1024 * 1024  # characters in one line of the file
DELIMITERS = (",", ";", "\t", "|")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_EXCEL = "it looks like an Excel/zip file, save it as CSV"
_SIGNATURES = (
    (b"PK\x03\x04", _EXCEL),
    (b"PK\x05\x06", _EXCEL),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "it looks like an Excel (.xls) file, save it as CSV"),
    (b"\x89PNG\r\n\x1a\n", "it is a PNG image, not a CSV file"),
    (b"\xff\xd8\xff", "it is a JPEG image, not a CSV file"),
    (b"GIF8", "it is a GIF image, not a CSV file"),
    (b"%PDF", "it is a PDF document, not a CSV file"),
    (b"\x1f\x8b", "it is a gzip archive, not a CSV file"),
    (b"Rar!\x1a\x07", "it is a RAR archive, not a CSV file"),
    (b"7z\xbc\xaf\x27\x1c", "it is a 7-Zip archive, not a CSV file"),
)
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x00\x1a")
_MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class SourceRow:
    """One record of the file: its spreadsheet row ``number`` and its ``cells``.

    ``notes`` are ``(column index, reason)`` for cells the reader changed or doubts.
    """

    number: int
    cells: list[str]
    notes: tuple[tuple[int, str], ...] = ()


class IntakeFileError(Exception):
    """The file cannot be imported at all; ``str(error)`` is one line naming the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f'Cannot import "{path.name or path}": {problem}.')
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[IntakeFileError], tuple[Path, str]]:
        return type(self), (self.path, self.problem)


def detect_encoding(head: bytes) -> str:
    """The codec name for a file starting with ``head`` (a few KiB are enough).

    A BOM wins; then UTF-16 without BOM (NUL bytes on every other position); then UTF-8 if
    ``head`` decodes as UTF-8, or most of its non-ASCII lines do (a file mixing encodings:
    lines are decoded one by one); then Windows-1252; Latin-1 when even that fails.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    utf16 = _bomless_utf16(head)
    if utf16:
        return utf16
    if _decodes(head, "utf-8") or _mostly_utf8(head):
        return "utf-8"
    return "cp1252" if _decodes(head, "cp1252") else "latin-1"


def _mostly_utf8(head: bytes) -> bool:
    """Whether most lines with non-ASCII bytes are UTF-8 (a file mixing encodings)."""
    utf8 = other = 0
    for line in head.split(b"\n")[:-1]:  # the last line may be cut
        if not line.isascii():
            if _decodes(line, "utf-8"):
                utf8 += 1
            else:
                other += 1
    return utf8 > 0 and utf8 >= other


def _bomless_utf16(head: bytes) -> str:
    pairs = len(head) // 2
    if pairs < 2:
        return ""
    high_even = head[0 : pairs * 2 : 2].count(0)
    high_odd = head[1 : pairs * 2 : 2].count(0)
    if high_odd >= pairs * 0.3 and high_even <= high_odd * 0.05:
        return "utf-16-le"
    if high_even >= pairs * 0.3 and high_odd <= high_even * 0.05:
        return "utf-16-be"
    return ""


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(sample: str) -> str:
    """The delimiter (comma, semicolon, tab or pipe) that splits ``sample`` most consistently.

    Each candidate is tried with a real CSV parser, so delimiters inside quoted cells do not
    count. Score: share of records having the most common cell count, times the number of
    delimiters that count implies. Ties go to the earlier of ``DELIMITERS``; a sample with
    no delimiter at all gives ",".
    """
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        score = _consistency(_cell_counts(sample, delimiter))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _cell_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, skipinitialspace=True)
    counts: list[int] = []
    try:
        counts.extend(len(record) for record in reader if any(c.strip() for c in record))
    except csv.Error:
        pass
    if len(counts) > 1 and not sample.endswith(("\n", "\r")):
        counts.pop()  # the sample may end in the middle of a record
    return counts


def _consistency(counts: list[int]) -> float:
    split = [count for count in counts if count > 1]
    if not split:
        return 0.0
    mode, hits = Counter(split).most_common(1)[0]
    return hits / len(counts) * (mode - 1)


def looks_like_header(cells: list[str]) -> bool:
    """True when ``cells`` read like column titles rather than a candidate.

    No cell looks like an email ("@" with a dot after it), no cell holds 7 or more digits,
    and at least one cell has letters.
    """
    has_letters = False
    for cell in cells:
        at = cell.find("@")
        if at >= 0 and "." in cell[at:]:
            return False
        if sum(ch.isdigit() for ch in cell) >= 7:
            return False
        has_letters = has_letters or any(ch.isalpha() for ch in cell)
    return has_letters


class CsvSource:
    """A CSV file opened for import; iterate it for :class:`SourceRow` records.

    What "row" means: ``SourceRow.number`` is the record's 1-based position in the file,
    which is the row number a spreadsheet shows for it once opened. The header, when the
    file has one, is row 1. A record whose quoted cell spans several lines is one row (so
    row numbers are not line numbers). Blank records (no line content, or only delimiters
    and whitespace) are counted but not yielded, so the numbers of later rows do not move.

    ``encoding`` and ``delimiter`` are detected when the source is created, which raises
    :class:`IntakeFileError` for files that are missing, unreadable or not text.
    Iterating again re-reads the file from the start.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        head = _read_head(self.path)
        _reject_known_binary(self.path, head)
        self.encoding = detect_encoding(head)
        sample = codecs.getincrementaldecoder(self.encoding)(errors=FALLBACK_ERRORS).decode(
            head, final=len(head) < HEAD_BYTES
        )
        _reject_control_characters(self.path, sample)
        self.delimiter = sniff_delimiter(sample)

    def __iter__(self) -> Iterator[SourceRow]:
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_SIZE_LIMIT))
        by_line = self.encoding in EIGHT_BIT  # read bytes 1:1, decode each line
        try:
            with open(
                self.path,
                encoding="latin-1" if by_line else self.encoding,
                errors=FALLBACK_ERRORS,
                newline="",
            ) as handle:
                if not by_line:
                    yield from _records(_bounded_lines(handle), self.delimiter, self.path, {})
                    return
                lines = LineDecoder(_bounded_lines(handle), self.encoding)
                yield from _records(lines, self.delimiter, self.path, lines.odd)
        except OSError as exc:
            raise _file_error(self.path, exc) from exc


def _records(
    lines: Iterable[str], delimiter: str, path: Path, odd: dict[int, str]
) -> Iterator[SourceRow]:
    """The file's rows; ``odd`` (filled while reading) names lines read in another encoding."""
    reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
    number = last_line = 0
    try:
        for record in reader:
            number += 1
            cells, notes = _cleaned(record)
            if any(cells):
                lines_read = range(last_line + 1, reader.line_num + 1)
                other = next((odd[n] for n in lines_read if n in odd), "") if odd else ""
                notes.extend(_text_notes(cells, other))
                yield SourceRow(number, cells, tuple(notes))
            last_line = reader.line_num
    except csv.Error as exc:
        problem = f"row {number + 1} (line {reader.line_num}) cannot be read: {exc}"
        raise IntakeFileError(path, problem) from exc
    except _LineTooLong as exc:
        problem = (
            f"row {number + 1} (line {exc.line}) is longer than {LINE_LIMIT // (1024 * 1024)} MB"
            f" ({LINE_LIMIT:,} characters), the most one line may hold"
        )
        raise IntakeFileError(path, problem) from None


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _bounded_lines(handle: IO[str]) -> Iterator[str]:
    """The lines of ``handle``, never reading more than ``LINE_LIMIT`` + 1 characters of one."""
    line_number = 0
    while line := handle.readline(LINE_LIMIT + 1):
        line_number += 1
        if len(line) > LINE_LIMIT:
            raise _LineTooLong(line_number)
        yield line


def _cleaned(record: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The cells stripped of whitespace and NUL bytes, with a note per cell that had NULs."""
    if "\x00" not in "".join(record):
        return [cell.strip() for cell in record], []
    cells: list[str] = []
    notes: list[tuple[int, str]] = []
    for column, cell in enumerate(record):
        if "\x00" in cell:
            notes.append((column, f"{cell.count(chr(0))} NUL byte(s) removed"))
        cells.append(cell.replace("\x00", "").strip())
    return cells, notes


def _text_notes(cells: list[str], other_encoding: str) -> list[tuple[int, str]]:
    """Notes for non-ASCII cells: read in ``other_encoding`` (if set), or garbled UTF-8."""
    notes: list[tuple[int, str]] = []
    if "".join(cells).isascii():
        return notes
    for column, cell in enumerate(cells):
        if cell.isascii():
            continue
        if other_encoding:
            notes.append((column, other_encoding))
        elif (fixed := repair_garbled(cell)) is not None:
            notes.append(
                (column, f'looks garbled (UTF-8 read as Windows-1252), probably "{fixed}"')
            )
    return notes


def _read_head(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode  # before opening: opening a pipe waits for a writer
        if stat.S_ISDIR(mode):
            raise IntakeFileError(path, "it is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise IntakeFileError(
                path, "it is not a regular file (a device, pipe or socket), save it as a CSV file"
            )
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as exc:
        raise _file_error(path, exc) from exc


def _file_error(path: Path, exc: OSError) -> IntakeFileError:
    if isinstance(exc, FileNotFoundError):
        return IntakeFileError(path, "the file does not exist")
    if isinstance(exc, IsADirectoryError):
        return IntakeFileError(path, "it is a folder, not a file")
    if isinstance(exc, PermissionError):
        return IntakeFileError(path, "permission denied, the file cannot be read")
    return IntakeFileError(path, f"the file cannot be read ({exc.strerror or exc})")


def _reject_known_binary(path: Path, head: bytes) -> None:
    for signature, problem in _SIGNATURES:
        if head.startswith(signature):
            raise IntakeFileError(path, problem)


def _reject_control_characters(path: Path, sample: str) -> None:
    controls = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > max(8, len(sample) * _MAX_CONTROL_SHARE):
        raise IntakeFileError(path, "it is not a text file, save it as CSV")
