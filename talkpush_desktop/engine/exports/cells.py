"""Spreadsheet cells: typed values, number formats and formula neutralisation (no Qt).

Every cell an export writes goes through :func:`cell_xml`, which turns one Python value
into one SpreadsheetML ``<c>`` element:

* ``str``: an inline string (``t="inlineStr"``), never a formula. Text a spreadsheet would
  run as a formula or treat specially (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return) also gets the ``quotePrefix`` style: Excel and LibreOffice then show
  the original characters, and keep them as text when the cell is edited, exactly like a
  typed leading apostrophe, but the value itself is unchanged (no ``'`` is added, so
  ``+639171234567`` stays the phone number). Characters XML 1.0 cannot carry are dropped
  and a cell holds at most :data:`MAX_TEXT` characters (Excel's limit).
* ``int`` / ``float``: a number, formatted by the column's :class:`Kind` (hours ``0.0``,
  percentages ``0.0%``, decimals ``0.00``). NaN and infinities are left empty.
* ``datetime`` / ``date``: a serial date with ``yyyy-mm-dd hh:mm`` / ``yyyy-mm-dd``.
* ``bool``: a spreadsheet boolean. ``None`` and ``""``: no cell at all (an empty cell).

Styles are indexes into the ``cellXfs`` of :data:`STYLES_XML`, the one styles part every
workbook of :mod:`.streaming_xlsx` carries.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

MAX_TEXT: Final = 32_767
"""Characters a cell may hold (Excel refuses longer strings)."""

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read text as a formula (or mangle it)."""


class Kind(enum.Enum):
    """What a column holds: decides the number format of its numbers."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # 0.00
    HOURS = "hours"  # 0.0
    PERCENT = "percent"  # 0.0%
    DATE = "date"  # yyyy-mm-dd
    DATETIME = "datetime"  # yyyy-mm-dd hh:mm


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header, what it holds and its width in characters (None: from header)."""

    title: str
    kind: Kind = Kind.TEXT
    width: float | None = None

    @property
    def display_width(self) -> float:
        if self.width is not None:
            return self.width
        return float(min(max(len(self.title) + 2, 10), 60))


# -- styles (indexes into cellXfs below) --------------------------------------------------

PLAIN, BOLD, DATE, DATETIME, PERCENT, HOURS, NUMBER, QUOTED, BOLD_QUOTED = range(9)

NUMBER_STYLES: Final = {
    Kind.NUMBER: NUMBER,
    Kind.HOURS: HOURS,
    Kind.PERCENT: PERCENT,
    Kind.DATE: NUMBER,
    Kind.DATETIME: NUMBER,
}
"""The style of an int or float in a column of that kind (others: General)."""

STYLES_XML: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="4">'
    '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/>'
    '<numFmt numFmtId="166" formatCode="0.0%"/>'
    '<numFmt numFmtId="167" formatCode="0.0"/>'
    "</numFmts>"
    '<fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="9">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"'
    ' quotePrefix="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


# -- text ---------------------------------------------------------------------------------

# Anything that needs more than copying: XML specials, CR (a parser would turn it into LF),
# characters XML 1.0 forbids, and "_x" (Excel reads _xHHHH_ as an escaped character).
_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would not show ``text`` as typed (see :data:`FORMULA_TRIGGERS`)."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """``text`` as a cell can hold it: no XML-illegal characters, at most :data:`MAX_TEXT`."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text[:MAX_TEXT]


def _escape(text: str) -> str:
    """Escaped for an XML text node (the rare slow path)."""
    text = _ILLEGAL.sub("", text)
    text = _EXCEL_ESCAPE.sub(r"_x005F_\1", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def text_xml(text: str, ref: str, bold: bool = False) -> str:
    """One inline-string cell; formula-looking text gets the quote-prefix style."""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    if text.startswith(FORMULA_TRIGGERS):
        style = f' s="{BOLD_QUOTED if bold else QUOTED}"'
    else:
        style = ' s="1"' if bold else ""
    body = _escape(text) if _SPECIAL.search(text) else text
    if text[:1].isspace() or text[-1:].isspace():
        return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{body}</t></is></c>'
    return f'<c r="{ref}"{style} t="inlineStr"><is><t>{body}</t></is></c>'


# -- numbers and dates --------------------------------------------------------------------

_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_EPOCH_DATE = _EXCEL_EPOCH.date()


def excel_serial(value: date | datetime) -> float:
    """Days since 1899-12-30 (Excel's 1900 date system, right for dates after 1900-02-28)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - _EXCEL_EPOCH
        return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
    return float((value - _EXCEL_EPOCH_DATE).days)


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else repr(float(value))


def cell_xml(value: object, ref: str, kind: Kind = Kind.TEXT, bold: bool = False) -> str:
    """The ``<c>`` element of ``value`` at ``ref`` (``""`` for None or "": no cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return text_xml(value, ref, bold) if value else ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        style = BOLD if bold else NUMBER_STYLES.get(kind, PLAIN)
        attr = f' s="{style}"' if style else ""
        return f'<c r="{ref}"{attr}><v>{_number(value)}</v></c>'
    if isinstance(value, datetime):
        style = DATE if kind is Kind.DATE else DATETIME
        return f'<c r="{ref}" s="{style}"><v>{excel_serial(value)!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{DATE}"><v>{excel_serial(value)!r}</v></c>'
    return text_xml(str(value), ref, bold)


def column_letter(index: int) -> str:
    """``A`` for 0, ``Z`` for 25, ``AA`` for 26 ..."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
