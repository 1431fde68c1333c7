"""Which file column feeds which candidate field: guessed from the header, or chosen.

Each format has its fields in the order :mod:`row_mapping` reads them by position. A mapping
(field -> 0-based file column, or None) is applied by rearranging a row's cells into that
order, with the columns no field uses appended as extra data, so validation stays the row
mapper's. A mapping equal to the file's own order rearranges nothing (imports stay fast).

Guessing: a column whose header names a field feeds it. A field nobody's header names keeps
its documented position when that column's header names no other field, unless the header
moved columns around (then positions mean nothing; Google sheets keep them, since the seed
says their order is strict and their titles free). So a file in the documented order imports
as before, and a file whose columns are shuffled but titled ("Email, Given name, Surname,
Mobile") imports right without any choice being made.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from talkpush_desktop.engine.errors import ValidationError

FIELDS: dict[str, tuple[str, ...]] = {
    "talkpush": ("first_name", "last_name", "email", "country_code", "phone", "referee"),
    "google-form": (
        "timestamp",
        "full_name",
        "email",
        "phone",
        "location",
        "education",
        "years_of_experience",
        "referee",
        "referee_email",
        "referee_phone",
        "referee_id",
        "referee_account",
    ),
}

FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "email": "Email",
    "country_code": "Country code",
    "phone": "Phone",
    "referee": "Referee",
    "timestamp": "Timestamp",
    "location": "Location",
    "education": "Education",
    "years_of_experience": "Years of experience",
    "referee_email": "Referee email",
    "referee_phone": "Referee phone",
    "referee_id": "Referee employee ID",
    "referee_account": "Referee account",
}

ColumnMap = dict[str, int | None]
"""field -> 0-based file column (None: the field is left empty)."""

ColumnRef = int | str | None
"""How a caller names a column: a 0-based index, a header title, or "#N" / "N" (1-based)."""

_REFEREE = re.compile(r"\b(referee|referrer|referral|referred|referring|employee|erp)\b")
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("timestamp", re.compile(r"\b(timestamp|submitted|submission|date)\b")),
    ("country_code", re.compile(r"\b(country code|dial code|calling code|cc|country)\b")),
    ("email", re.compile(r"\b(e ?mail|correo)\b")),
    ("phone", re.compile(r"\b(phone|mobile|movil|cell|celular|tel|telefono|whatsapp|contact)\b")),
    ("first_name", re.compile(r"\b(first|given|fname|firstname|nombre)\b")),
    ("last_name", re.compile(r"\b(last|surname|family|lname|lastname|apellido)\b")),
    ("full_name", re.compile(r"\b(full name|name|pangalan)\b")),
    ("location", re.compile(r"\b(location|city|address|province)\b")),
    ("education", re.compile(r"\b(education|degree|school)\b")),
    ("years_of_experience", re.compile(r"\b(experience|years)\b")),
)
_REFEREE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("referee_email", re.compile(r"\b(e ?mail)\b")),
    ("referee_phone", re.compile(r"\b(phone|mobile|cell|number|contact)\b")),
    ("referee_id", re.compile(r"\b(id|employeeid)\b")),
    ("referee_account", re.compile(r"\b(account)\b")),
    ("referee", re.compile(r".")),
)


def fields_of(fmt: str) -> tuple[str, ...]:
    try:
        return FIELDS[fmt]
    except KeyError:
        raise ValidationError(f"unknown format {fmt!r} (formats: {', '.join(FIELDS)})") from None


def _words(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower().replace("e-mail", "email")))


def field_named_by(title: str, fmt: str) -> str | None:
    """The field of ``fmt`` that a header cell names, or None."""
    words = _words(title)
    if not words:
        return None
    known = fields_of(fmt)
    if _REFEREE.search(words):
        for name, pattern in _REFEREE_RULES:
            if pattern.search(words):
                field = name if name in known else "referee"
                return field if field in known else None
    for name, pattern in _RULES:
        if name in known and pattern.search(words):
            if name == "full_name" and re.search(r"\b(first|last)\b", words):
                continue
            return name
    if fmt == "talkpush" and re.search(r"\b(name|pangalan)\b", words):
        return "first_name"  # a lone "Name" beside a "Surname" is the first name
    return None


def suggest(fmt: str, header: Sequence[str] | None, width: int) -> ColumnMap:
    """The guessed mapping for a file of ``width`` columns (see the module docstring)."""
    fields = fields_of(fmt)
    named = [field_named_by(t, fmt) for t in header] if header else []
    named += [None] * (width - len(named))
    mapping: ColumnMap = dict.fromkeys(fields)
    taken: set[int] = set()
    for position, field in enumerate(fields):  # the header confirms the documented place
        if position < width and named[position] == field:
            mapping[field] = position
            taken.add(position)
    shuffled = False
    for field in fields:  # the header names another place
        if mapping[field] is None:
            column = next((c for c in range(width) if named[c] == field and c not in taken), None)
            if column is not None:
                mapping[field] = column
                taken.add(column)
                shuffled = True
    if shuffled and fmt != "google-form":
        return mapping  # the file is not in the documented order: positions mean nothing
    for position, field in enumerate(fields):  # documented place, unclaimed
        if mapping[field] is None and position < width and position not in taken:
            if named[position] is None:
                mapping[field] = position
                taken.add(position)
    return mapping


def resolve(
    fmt: str, chosen: Mapping[str, ColumnRef], suggested: ColumnMap, columns: Sequence[str]
) -> ColumnMap:
    """``suggested`` overridden by ``chosen``; a column chosen for a field leaves the others.

    Raises ValidationError for an unknown field or a column the file does not have.
    """
    fields = fields_of(fmt)
    mapping = dict(suggested)
    for field, ref in chosen.items():
        if field not in fields:
            raise ValidationError(
                f"unknown field {field!r} for {fmt} (fields: {', '.join(fields)})"
            )
        column = column_index(ref, columns)
        if column is not None:
            for other, used in mapping.items():
                if used == column:
                    mapping[other] = None
        mapping[field] = column
    return mapping


def column_index(ref: ColumnRef, columns: Sequence[str]) -> int | None:
    """A column reference as a 0-based index into ``columns`` (see :data:`ColumnRef`)."""
    if ref is None:
        return None
    if isinstance(ref, int):
        index = ref
    else:
        text = ref.strip()
        if not text:
            return None
        titles = [c.strip().lower() for c in columns]
        if text.lower() in titles:
            index = titles.index(text.lower())
        elif text.lstrip("#").isdigit():
            index = int(text.lstrip("#")) - 1
        else:
            raise ValidationError(f"no column {text!r} (columns: {', '.join(columns)})")
    if not 0 <= index < len(columns):
        raise ValidationError(f"no column {ref!r}: the file has {len(columns)} columns")
    return index


def column_order(fmt: str, mapping: ColumnMap, width: int) -> tuple[int, ...] | None:
    """Source column per position of the rearranged row (-1 for empty), then the unused
    columns; None when the mapping is the file's own order (nothing to rearrange)."""
    fields = fields_of(fmt)
    placed = [-1 if mapping.get(f) is None else int(mapping[f] or 0) for f in fields]
    used = {c for c in placed if c >= 0}
    rest = [c for c in range(width) if c not in used]
    in_place = all(c == i or (c < 0 and i >= width) for i, c in enumerate(placed))
    if in_place and rest == list(range(len(fields), width)):
        return None
    return (*placed, *rest)


def rearrange(cells: Sequence[str], order: tuple[int, ...], width: int) -> list[str]:
    """``cells`` in mapped order; cells past ``width`` (a long row) stay at the end."""
    n = len(cells)
    out = [cells[i] if 0 <= i < n else "" for i in order]
    if n > width:
        out.extend(cells[width:])
    return out
