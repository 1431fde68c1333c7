"""Reading messy CSV files: encodings, delimiters, quoting, row numbers, unreadable files."""

from __future__ import annotations

import codecs
import csv
import os
import pickle
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from talkpush_desktop.engine.intake.csv_source import (
    FIELD_SIZE_LIMIT,
    CsvSource,
    IntakeFileError,
    SourceRow,
    detect_encoding,
    looks_like_header,
    sniff_delimiter,
)

HEADER = ["first name", "last name", "email", "country code", "phone number", "referee"]
ROWS = [
    HEADER,
    ["José", "Peña", "jose.pena@example.com", "63", "0917 123 4567", "Maria Santos"],
    ["Zoë", "D’Souza", "zoe@example.com", "+63", "(0918) 765-4321", ""],
    ["Ana", "Reyes", "ana@example.com", "PH", "0919 000 1111", "Renée Côté"],
]


def _text(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    return "".join(delimiter.join(row) + newline for row in rows)


def _write(tmp_path: Path, data: bytes | str, name: str = "candidates.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _cells(path: Path) -> list[list[str]]:
    return [row.cells for row in CsvSource(path)]


@pytest.mark.parametrize(
    ("encode", "detected"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16"),
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
        (lambda text: text.encode("utf-16-le"), "utf-16-le"),
        (lambda text: text.encode("utf-16-be"), "utf-16-be"),
        (lambda text: text.encode("cp1252"), "cp1252"),
        (lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), "utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252", "utf32"],
)
def test_every_encoding_reads_the_same_cells(
    tmp_path: Path, encode: Callable[[str], bytes], detected: str
) -> None:
    path = _write(tmp_path, encode(_text(ROWS)))
    source = CsvSource(path)
    assert source.encoding == detected
    assert _cells(path) == ROWS


def test_latin1_when_windows_1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252; Latin-1 decodes every byte.
    path = _write(tmp_path, b"name,email\r\nCaf\xe9 \x81,x@example.com\r\n")
    source = CsvSource(path)
    assert source.encoding == "latin-1"
    assert _cells(path)[1] == ["Café \x81", "x@example.com"]


def test_stray_windows_1252_bytes_after_a_utf8_start_do_not_stop_the_read(
    tmp_path: Path,
) -> None:
    ascii_head = "name,email\n" + "Juan,juan@example.com\n" * 5000  # longer than the sample
    path = _write(tmp_path, ascii_head.encode() + b"Ren\xe9e,renee@example.com\n")
    source = CsvSource(path)
    assert source.encoding == "utf-8"
    assert _cells(path)[-1] == ["Renée", "renee@example.com"]


def test_detect_encoding_directly() -> None:
    assert detect_encoding(b"") == "utf-8"
    assert detect_encoding(b"a,b\n") == "utf-8"
    assert detect_encoding("é,ü\n".encode()) == "utf-8"
    assert detect_encoding("a,b\n".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding("a,b\n".encode("utf-16-be")) == "utf-16-be"
    assert detect_encoding("Peña,’\n".encode("cp1252")) == "cp1252"
    # A multi-byte character cut at the end of the sample is not a decoding failure.
    assert detect_encoding("abc é".encode()[:-1]) == "utf-8"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter(tmp_path: Path, delimiter: str) -> None:
    path = _write(tmp_path, _text(ROWS, delimiter))
    source = CsvSource(path)
    assert source.delimiter == delimiter
    assert _cells(path) == ROWS


def test_delimiters_inside_quotes_are_ignored_when_sniffing(tmp_path: Path) -> None:
    text = (
        "name;email;notes\n"
        '"Dela Cruz, Juan";juan@example.com;"likes a, b, c, d"\n'
        '"Santos, Ana";ana@example.com;"x, y"\n'
    )
    assert sniff_delimiter(text) == ";"
    path = _write(tmp_path, text)
    assert _cells(path)[1] == ["Dela Cruz, Juan", "juan@example.com", "likes a, b, c, d"]


def test_sniff_prefers_the_consistent_delimiter() -> None:
    comma_file = "a,b,c\n1,2;3,4\n5,6,7\n8,9,10\n"
    assert sniff_delimiter(comma_file) == ","
    tab_file = "a\tb\tc,d\n1\t2\t3\n4\t5\t6\n"
    assert sniff_delimiter(tab_file) == "\t"
    assert sniff_delimiter("justonecolumn\nx@example.com\n") == ","
    assert sniff_delimiter("") == ","


def test_quoted_newlines_blank_lines_and_row_numbers(tmp_path: Path) -> None:
    text = (
        "first,last,email\r\n"  # row 1
        "Juan,Cruz,juan@example.com\r\n"  # row 2
        "\r\n"  # row 3: blank
        'Ana,"Reyes\r\nSantos",ana@example.com\r\n'  # row 4, two lines
        ",,\r\n"  # row 5: only delimiters
        "   \r\n"  # row 6: only spaces
        "Mark,Lim,mark@example.com\r\n"  # row 7
    )
    rows = list(CsvSource(_write(tmp_path, text)))
    assert [row.number for row in rows] == [1, 2, 4, 7]
    assert rows[2] == SourceRow(4, ["Ana", "Reyes\r\nSantos", "ana@example.com"])


def test_lf_and_cr_line_endings(tmp_path: Path) -> None:
    for newline in ("\n", "\r"):
        path = _write(tmp_path, _text(ROWS, newline=newline))
        assert _cells(path) == ROWS


def test_extra_and_missing_columns_are_yielded_as_read(tmp_path: Path) -> None:
    text = "a,b,c\n1,2\n1,2,3,4,5\n1\n"
    assert _cells(_write(tmp_path, text)) == [
        ["a", "b", "c"],
        ["1", "2"],
        ["1", "2", "3", "4", "5"],
        ["1"],
    ]


def test_cells_are_stripped_but_inner_spacing_kept(tmp_path: Path) -> None:
    text = 'a , b\n  Juan  Dela ,  "  quoted, with spaces  " \n'
    assert _cells(_write(tmp_path, text))[1] == ["Juan  Dela", "quoted, with spaces"]


def test_long_field(tmp_path: Path) -> None:
    note = "x" * 150_000
    path = _write(tmp_path, f'name,notes\nJuan,"{note}"\nAna,short\n')
    assert _cells(path)[1:] == [["Juan", note], ["Ana", "short"]]


def test_a_field_over_the_size_limit_names_its_row(tmp_path: Path) -> None:
    path = _write(tmp_path, "name,notes\nJuan,ok\n\nAna," + "x" * (FIELD_SIZE_LIMIT + 1) + "\n")
    previous = csv.field_size_limit(FIELD_SIZE_LIMIT)  # the limit is process-wide
    try:
        message = _error_while_reading(CsvSource(path))
    finally:
        csv.field_size_limit(previous)
    assert "row 4 (line 4)" in message


def test_nul_bytes_are_stripped(tmp_path: Path) -> None:
    path = _write(tmp_path, b"name,email\nJu\x00an,juan@exam\x00ple.com\n\x00\x00\n")
    rows = list(CsvSource(path))
    assert [row.cells for row in rows] == [["name", "email"], ["Juan", "juan@example.com"]]
    assert rows[1].number == 2


def test_a_large_file_is_streamed(tmp_path: Path) -> None:
    line = "Juan,Dela Cruz,juan.delacruz@example.com,63,0917 123 4567,Maria Santos\n"
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(20):
            handle.write(line * 5_000)  # 100,000 rows, about 7 MB
    tracemalloc.start()
    try:
        count = sum(1 for _ in CsvSource(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 2_000_000


def test_iterating_twice_reads_the_file_again(tmp_path: Path) -> None:
    source = CsvSource(_write(tmp_path, _text(ROWS)))
    assert list(source) == list(source)


def test_empty_file_has_no_rows(tmp_path: Path) -> None:
    assert _cells(_write(tmp_path, b"")) == []


def _error(path: Path) -> str:
    with pytest.raises(IntakeFileError) as caught:
        CsvSource(path)
    message = str(caught.value)
    assert path.name in message
    assert "\n" not in message
    return message


def _error_while_reading(source: CsvSource) -> str:
    with pytest.raises(IntakeFileError) as caught:
        list(source)
    assert source.path.name in str(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).args == caught.value.args
    return str(caught.value)


def test_file_removed_after_opening(tmp_path: Path) -> None:
    path = _write(tmp_path, _text(ROWS))
    source = CsvSource(path)
    path.unlink()
    assert "does not exist" in _error_while_reading(source)


def test_xlsx_workbook_is_rejected(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    path = tmp_path / "candidates.xlsx"
    workbook.save(path)
    assert "looks like an Excel/zip file, save it as CSV" in _error(path)


def test_zip_renamed_to_csv_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("candidates.csv", _text(ROWS))
    assert "Excel/zip" in _error(path)


@pytest.mark.parametrize(
    ("head", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "Excel (.xls)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"%PDF-1.7\n", "PDF"),
        (bytes(range(256)) * 40, "not a text file"),
    ],
)
def test_binary_files_are_rejected(tmp_path: Path, head: bytes, words: str) -> None:
    assert words in _error(_write(tmp_path, head, "upload.csv"))


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in _error(tmp_path / "nowhere.csv")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "exports.csv"
    folder.mkdir()
    assert "folder" in _error(folder)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path, _text(ROWS))
    path.chmod(0)
    try:
        assert "permission denied" in _error(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (HEADER, True),
        (["Timestamp", "Full Name", "Email Address", "Phone Number", "Location"], True),
        (["", "Name", "E-mail"], True),
        (ROWS[1], False),  # has an email
        (["Juan", "Cruz", "", "63", "0917 123 4567"], False),  # has a phone
        (["11/22/2026 14:03:05", "Juan Cruz", "", ""], False),  # a timestamp's digits
        (["", "", ""], False),
        (["1", "2", "3"], False),
        (["name", "user@", "a.b"], True),  # "@" without a dot after it
    ],
)
def test_looks_like_header(cells: list[str], expected: bool) -> None:
    assert looks_like_header(cells) is expected
