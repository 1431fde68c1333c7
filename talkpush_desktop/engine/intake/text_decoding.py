"""Decoding a CSV file's text row by row, and noticing text that is probably wrong.

Spreadsheets pasted together from several sources mix encodings: most rows UTF-8, some in
Windows-1252. Decoding the whole file in one encoding garbles one kind ("JosÃ©"), so 8-bit
files are decoded line by line: UTF-8 when the line is valid UTF-8, else the file's 8-bit
encoding. Lines that differ from the file's main encoding are remembered, so the rows they
belong to can be reported. :func:`repair_garbled` spots cells that already hold garbled
UTF-8 (read as Windows-1252 by whatever wrote the file).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

__all__ = ["FALLBACK_ERRORS", "EIGHT_BIT", "LineDecoder", "encoding_label", "repair_garbled"]

# Undecodable bytes never stop an import: they are read as Windows-1252 (Latin-1 for the
# five bytes Windows-1252 leaves undefined), which is what such stray bytes nearly always are.
FALLBACK_ERRORS = "talkpush-intake-cp1252"
_BYTE_CHARS = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


def _decode_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_BYTE_CHARS[b] for b in chunk), error.end


codecs.register_error(FALLBACK_ERRORS, _decode_as_cp1252)

EIGHT_BIT = ("utf-8", "utf-8-sig", "cp1252", "latin-1")
"""Encodings whose lines can be decoded one by one (newlines are single bytes)."""

_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "latin-1": "Latin-1"}

# A UTF-8 lead byte (0xC2-0xF4) then a continuation byte (0x80-0xBF), as Windows-1252 shows them.
_GARBLED = re.compile(f"[{re.escape(_BYTE_CHARS[0xC2:0xF5])}][{re.escape(_BYTE_CHARS[0x80:0xC0])}]")


def encoding_label(encoding: str) -> str:
    """ "UTF-8", "Windows-1252" ... for a codec name."""
    return _LABELS.get(encoding, encoding)


class LineDecoder:
    """Text lines of a file read as Latin-1 (bytes kept 1:1), each decoded on its own.

    ``main`` is the file's encoding (one of :data:`EIGHT_BIT`). ``odd`` maps the number of
    each line decoded otherwise to the reason, e.g. "not UTF-8 like the rest of the file:
    read as Windows-1252".
    """

    def __init__(self, lines: Iterable[str], main: str) -> None:
        self._lines = lines
        self._utf8 = main in ("utf-8", "utf-8-sig")
        self._eight_bit = "cp1252" if self._utf8 else main
        self.odd: dict[int, str] = {}

    def __iter__(self) -> Iterator[str]:
        for number, line in enumerate(self._lines, start=1):
            if line.isascii():
                yield line
                continue
            text = self._decode(number, line.encode("latin-1"))
            yield text.removeprefix("\ufeff") if number == 1 else text

    def _decode(self, number: int, raw: bytes) -> str:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            if self._utf8:
                label = encoding_label(self._eight_bit)
                self.odd[number] = f"not UTF-8 like the rest of the file: read as {label}"
            return raw.decode(self._eight_bit, errors=FALLBACK_ERRORS)
        if not self._utf8:
            label = encoding_label(self._eight_bit)
            self.odd[number] = f"UTF-8, unlike the rest of the file ({label}): read as UTF-8"
        return text


def repair_garbled(cell: str) -> str | None:
    """What ``cell`` probably said when it looks like UTF-8 read as Windows-1252 ("JosÃ©"
    for "José"), else None."""
    if cell.isascii() or not _GARBLED.search(cell):
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = cell.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != cell:
            return fixed
    return None
