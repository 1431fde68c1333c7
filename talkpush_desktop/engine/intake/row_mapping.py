"""Turning source rows into candidate drafts, or into every reason a row cannot be imported.

Two layouts are understood (see the product docs, "Google Sheet Integration" and the CSV
parsing tab):

``talkpush``
    first name, last name, email, country code, phone number, referee (full name).
``google-form``
    timestamp (may be empty), full name, email, phone, then optionally location, highest
    education, years of experience, referee name, referee email, referee phone, referee
    employee ID, referee account; further columns are extra data.

Columns are taken by position (missing ones read as empty). Extra columns land in
``others`` keyed by their header text, or ``column_N`` (1-based) without one. Cell text is
kept verbatim: a cell such as ``=HYPERLINK(...)`` is data, never evaluated (exports
neutralise it). A candidate needs a valid email or a valid phone; a referee email must be
valid when given; a referee phone is normalised when valid and otherwise kept as typed.

:func:`check_fields` is the one set of field rules: the file mappers here and the manual
Add Candidate path (window and command line) all go through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeAlias

from talkpush_desktop.engine.candidates.contacts import (
    ContactError,
    email_key,
    normalize_email,
    normalize_phone,
    phone_search_terms,
    resolve_region,
)
from talkpush_desktop.engine.intake.csv_source import SourceRow

__all__ = [
    "FORMATS",
    "CandidateDraft",
    "CandidateFields",
    "RowMapper",
    "RowProblem",
    "RowWarning",
    "check_fields",
    "is_blank",
    "make_mapper",
    "parse_timestamp",
    "split_full_name",
]

FORMATS = ("talkpush", "google-form")
NAME_MAX = 100
EMAIL_MAX = 254
REFEREE_MAX = 200
REFEREE_ID_MAX = 100  # the width of candidates.referee_id
REFEREE_MOBILE_MAX = 32  # the width of candidates.referee_mobile
OTHERS_MAX = 5_000
REPORT_VALUE_MAX = 200

_TALKPUSH_COLUMNS = 6
_GOOGLE_FORM_COLUMNS = 12
_GOOGLE_FORM_OTHERS = ((4, "location"), (5, "education"), (6, "years_of_experience"))


@dataclass(slots=True)
class CandidateDraft:
    """A row that passed every check, ready to be stored."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    email_key: str = ""
    phone: str = ""  # E.164
    search_phone: str = ""  # digit forms for the search index
    source: str = ""
    referee_first_name: str = ""
    referee_last_name: str = ""
    referee_id: str = ""
    referee_email: str = ""
    referee_mobile: str = ""
    referee_account: str = ""
    others: dict[str, str] = field(default_factory=dict)
    added_at: datetime | None = None
    row: int = 0


@dataclass(frozen=True)
class RowProblem:
    """Why ``row`` was not imported: the ``field``, the ``reason`` and the offending value.

    ``value`` is cut to 200 characters so reports stay readable.
    """

    row: int
    field: str
    reason: str
    value: str

    def __post_init__(self) -> None:
        if len(self.value) > REPORT_VALUE_MAX:
            object.__setattr__(self, "value", self.value[:REPORT_VALUE_MAX])


@dataclass(frozen=True)
class RowWarning(RowProblem):
    """A row that is imported, but whose ``field`` the recruiter should check, and why."""


RowMapper: TypeAlias = Callable[[SourceRow], CandidateDraft | list[RowProblem]]


@dataclass(frozen=True, slots=True)
class CandidateFields:
    """A candidate's fields as typed or read from a file, before any check."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    referee_first_name: str = ""
    referee_last_name: str = ""
    referee_email: str = ""
    referee_mobile: str = ""
    referee_id: str = ""
    referee_account: str = ""


def check_fields(
    fields: CandidateFields, region: str, *, source: str = "", row: int = 0
) -> CandidateDraft | list[RowProblem]:
    """``fields`` checked by the intake rules into a draft, or every problem found.

    ``region`` reads national phone numbers. The same rules as a file row's, for the
    paths that have no row (manual add).
    """
    checked = _Row(SourceRow(row, []))
    draft = CandidateDraft(source=source, row=row)
    _check(checked, draft, fields, region)
    return checked.problems or draft


def _check(row: _Row, draft: CandidateDraft, fields: CandidateFields, region: str | None) -> None:
    """Every field rule; ``region`` None: the phone's country code was already refused."""
    _set_names(row, draft, fields.first_name, fields.last_name)
    _set_contacts(row, draft, fields.email, fields.phone, region)
    draft.referee_first_name = row.limited(
        "referee_first_name", fields.referee_first_name, REFEREE_MAX
    )
    draft.referee_last_name = row.limited(
        "referee_last_name", fields.referee_last_name, REFEREE_MAX
    )
    _set_referee_contacts(row, draft, fields.referee_email, fields.referee_mobile, region or "")
    draft.referee_id = row.limited("referee_id", fields.referee_id, REFEREE_ID_MAX)
    draft.referee_account = row.limited("referee_account", fields.referee_account, REFEREE_MAX)


def make_mapper(fmt: str, default_region: str, header: list[str] | None, source: str) -> RowMapper:
    """A function mapping one :class:`SourceRow` to a draft or to its list of problems.

    ``fmt`` is "talkpush" or "google-form" (ValueError otherwise); ``default_region`` is
    the ISO region for national phone numbers; ``header`` holds the header row's cells when
    the file has one (it names the extra columns; the header row itself must not be passed
    to the mapper); ``source`` goes into every draft's ``source``. Skip rows for which
    :func:`is_blank` is true before mapping them.
    """
    if fmt == "talkpush":
        return _TalkpushMapper(default_region, _ExtraColumns(header, _TALKPUSH_COLUMNS), source)
    if fmt == "google-form":
        extras = _ExtraColumns(header, _GOOGLE_FORM_COLUMNS, reserved=_GOOGLE_FORM_OTHERS)
        return _GoogleFormMapper(default_region, extras, source)
    raise ValueError(f"unknown import format {fmt!r}; expected one of {', '.join(FORMATS)}")


def is_blank(row: SourceRow) -> bool:
    """True when every cell of ``row`` is empty or whitespace."""
    return not any(cell.strip() for cell in row.cells)


def split_full_name(full_name: str) -> tuple[str, str]:
    """("Juan Dela", "Cruz") for "Juan Dela Cruz": the last word is the last name."""
    words = full_name.split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


_NUMERIC_DATE = re.compile(
    r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
)


def parse_timestamp(text: str) -> datetime | None:
    """A naive datetime for a Google Sheets timestamp, or None when blank or unreadable.

    Accepts ISO 8601 ("2026-11-22T14:03:05", with or without offset: offsets are converted
    to UTC), "2026-11-22 14:03:05", "11/22/2026 14:03:05" (month first, as Google writes
    it; day first when the first number cannot be a month), "22.11.2026 14:03", and
    12-hour times with AM/PM. Times without offset are kept as written.
    """
    text = text.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        match = _NUMERIC_DATE.fullmatch(text)
        return _from_numeric_match(match) if match else None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _from_numeric_match(match: re.Match[str]) -> datetime | None:
    first, separator, second, third, hour, minute, sec, meridiem = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif separator == "." or int(first) > 12:
        day, month, year = int(first), int(second), int(third)
    else:
        month, day, year = int(first), int(second), int(third)
    if len(third) == 2 and len(first) != 4:
        year += 2000
    hours = int(hour or 0)
    if meridiem:
        hours = hours % 12 + (12 if meridiem.lower() == "pm" else 0)
    try:
        return datetime(year, month, day, hours, int(minute or 0), int(sec or 0))
    except ValueError:
        return None


class _Row:
    """One row being mapped: positional cell access and the problems found so far."""

    __slots__ = ("cells", "number", "problems")

    def __init__(self, row: SourceRow) -> None:
        self.cells = row.cells
        self.number = row.number
        self.problems: list[RowProblem] = []

    def cell(self, index: int) -> str:
        return self.cells[index].strip() if index < len(self.cells) else ""

    def problem(self, field_name: str, reason: str, value: str) -> None:
        self.problems.append(RowProblem(self.number, field_name, reason, value))

    def limited(self, field_name: str, value: str, limit: int) -> str:
        """``value``, after recording a problem when it is longer than ``limit``."""
        if len(value) > limit:
            reason = f"too long ({len(value)} characters, max {limit})"
            self.problem(field_name, reason, value)
        return value


class _ExtraColumns:
    """Names the ``others`` keys of the columns after the known ones."""

    def __init__(
        self,
        header: list[str] | None,
        first_extra: int,
        reserved: tuple[tuple[int, str], ...] = (),
    ) -> None:
        self.first_extra = first_extra
        self.reserved = reserved
        self._keys: list[str] = []
        taken = {key for _, key in reserved}
        for index in range(first_extra, len(header or [])):
            key = (header or [])[index].strip() or _column_key(index)
            if key in taken:
                key = f"{key} ({_column_key(index)})"
            taken.add(key)
            self._keys.append(key)

    def key(self, index: int) -> str:
        position = index - self.first_extra
        return self._keys[position] if position < len(self._keys) else _column_key(index)

    def collect(self, row: _Row) -> dict[str, str]:
        """The non-empty reserved and extra cells of ``row``, by key."""
        others: dict[str, str] = {}
        indexed = [*self.reserved, *((i, "") for i in range(self.first_extra, len(row.cells)))]
        for index, reserved_key in indexed:
            value = row.cell(index)
            if value:
                key = reserved_key or self.key(index)
                others[key] = row.limited(key, value, OTHERS_MAX)
        return others


def _column_key(index: int) -> str:
    return f"column_{index + 1}"


def _set_contacts(
    row: _Row, draft: CandidateDraft, email: str, phone: str, region: str | None
) -> None:
    """Validate the candidate's own email and phone into ``draft``; both may not be empty.

    ``region`` None means the phone cannot be read (its country code was already reported).
    """
    if not email and not phone:
        row.problem("email/phone", "needs an email or a phone number", "")
        return
    if len(email) > EMAIL_MAX:
        row.limited("email", email, EMAIL_MAX)
    elif email:
        try:
            draft.email = normalize_email(email)
            draft.email_key = email_key(draft.email)
        except ContactError as exc:
            row.problem("email", str(exc), email)
    if phone and region is not None:
        try:
            draft.phone = normalize_phone(phone, region)
            draft.search_phone = phone_search_terms(draft.phone)
        except ContactError as exc:
            row.problem("phone", str(exc), phone)


def _set_referee_contacts(
    row: _Row, draft: CandidateDraft, email: str, phone: str, region: str
) -> None:
    """Referee email: valid when given. Referee phone: normalised when valid, else kept."""
    if len(email) > EMAIL_MAX:
        row.limited("referee_email", email, EMAIL_MAX)
    elif email:
        try:
            draft.referee_email = normalize_email(email)
        except ContactError as exc:
            row.problem("referee_email", str(exc), email)
    draft.referee_mobile = row.limited(
        "referee_mobile", _phone_or_raw(phone, region), REFEREE_MOBILE_MAX
    )


def _phone_or_raw(raw: str, region: str) -> str:
    if not raw or not region:
        return raw
    try:
        return normalize_phone(raw, region)
    except ContactError:
        return raw


def _set_names(row: _Row, draft: CandidateDraft, first: str, last: str) -> None:
    draft.first_name = row.limited("first_name", first, NAME_MAX)
    draft.last_name = row.limited("last_name", last, NAME_MAX)


class _TalkpushMapper:
    """first name, last name, email, country code, phone number, referee, [extras]."""

    def __init__(self, default_region: str, extras: _ExtraColumns, source: str) -> None:
        self._default_region = default_region
        self._extras = extras
        self._source = source

    def __call__(self, source_row: SourceRow) -> CandidateDraft | list[RowProblem]:
        row = _Row(source_row)
        draft = CandidateDraft(source=self._source, row=row.number)
        phone = row.cell(4)
        region = self._phone_region(row, row.cell(3), phone)
        referee_first, referee_last = split_full_name(row.cell(5))
        fields = CandidateFields(
            row.cell(0), row.cell(1), row.cell(2), phone, referee_first, referee_last
        )
        _check(row, draft, fields, region)
        draft.others = self._extras.collect(row)
        return row.problems or draft

    def _phone_region(self, row: _Row, country_code: str, phone: str) -> str | None:
        """The region for ``phone``, or None (problem recorded) for a bad country code.

        A bad country code does not matter when the phone is blank or starts with "+".
        """
        try:
            return resolve_region(country_code, self._default_region)
        except ContactError as exc:
            if phone and not phone.startswith("+"):
                row.problem("country_code", str(exc), country_code)
                return None
            return resolve_region("", self._default_region)


class _GoogleFormMapper:
    """timestamp, full name, email, phone, location ... referee account, [extras]."""

    def __init__(self, default_region: str, extras: _ExtraColumns, source: str) -> None:
        self._region = resolve_region("", default_region)
        self._extras = extras
        self._source = source

    def __call__(self, source_row: SourceRow) -> CandidateDraft | list[RowProblem]:
        row = _Row(source_row)
        draft = CandidateDraft(source=self._source, row=row.number)
        draft.added_at = parse_timestamp(row.cell(0))
        first, last = split_full_name(row.cell(1))
        referee_first, referee_last = split_full_name(row.cell(7))
        fields = CandidateFields(
            first,
            last,
            row.cell(2),
            row.cell(3),
            referee_first,
            referee_last,
            referee_email=row.cell(8),
            referee_mobile=row.cell(9),
            referee_id=row.cell(10),
            referee_account=row.cell(11),
        )
        _check(row, draft, fields, self._region)
        draft.others = self._extras.collect(row)
        return row.problems or draft
