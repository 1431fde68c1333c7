"""Mapping talkpush / google-form rows to candidate drafts or to every reason they fail."""

from __future__ import annotations

import pickle
from datetime import datetime
from pathlib import Path

import pytest

from talkpush_desktop.engine.intake.csv_source import CsvSource, SourceRow, looks_like_header
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    RowMapper,
    RowProblem,
    is_blank,
    make_mapper,
    parse_timestamp,
    split_full_name,
)

PH_MOBILE = "+639171234567"
FORM_HEADER = [
    "Timestamp",
    "Full Name",
    "Email",
    "Phone Number",
    "Location",
    "Highest Level of Education",
    "Years of experience",
    "Employee's Name",
    "Employee's Email",
    "Employee's Phone Number",
    "Employee's EmployeeID",
    "Employee's Account",
    "Shift preference",
    "",
    "Notes",
]


def _talkpush(default_region: str = "PH", header: list[str] | None = None) -> RowMapper:
    return make_mapper("talkpush", default_region, header, "CSV import")


def _form(header: list[str] | None = FORM_HEADER) -> RowMapper:
    return make_mapper("google-form", "PH", header, "Google Form")


def _draft(mapper: RowMapper, cells: list[str], number: int = 2) -> CandidateDraft:
    result = mapper(SourceRow(number, cells))
    assert isinstance(result, CandidateDraft), result
    return result


def _problems(mapper: RowMapper, cells: list[str], number: int = 2) -> list[RowProblem]:
    result = mapper(SourceRow(number, cells))
    assert isinstance(result, list), result
    return result


# -- talkpush ------------------------------------------------------------------------------


def test_talkpush_row_becomes_a_draft() -> None:
    draft = _draft(
        _talkpush(),
        ["Juan", "Dela Cruz", "Juan.DC@Example.COM", "63", "0917 123 4567", "Maria Clara Santos"],
        number=7,
    )
    assert draft == CandidateDraft(
        first_name="Juan",
        last_name="Dela Cruz",
        email="Juan.DC@example.com",
        email_key="juan.dc@example.com",
        phone=PH_MOBILE,
        search_phone="639171234567 9171234567",
        source="CSV import",
        referee_first_name="Maria Clara",
        referee_last_name="Santos",
        row=7,
    )


@pytest.mark.parametrize(
    ("code", "phone"),
    [
        ("63", "0917 123 4567"),
        ("+63", "917-123-4567"),
        ("0063", "(0917) 123 4567"),
        ("PH", "09171234567"),
        ("ph", "9171234567"),
        ("", "+63 917 123 4567"),
        ("1", "+63 917 123 4567"),  # the number's own "+63" wins
        ("999", "+639171234567"),  # a bad code does not matter with "+"
    ],
)
def test_talkpush_country_code_variants(code: str, phone: str) -> None:
    draft = _draft(_talkpush(default_region="US"), ["Ana", "Reyes", "", code, phone])
    assert draft.phone == PH_MOBILE


def test_talkpush_empty_country_code_uses_default_region() -> None:
    assert _draft(_talkpush("US"), ["A", "B", "", "", "415 555 2671"]).phone == "+14155552671"


def test_talkpush_unknown_country_code_is_reported_once() -> None:
    problems = _problems(_talkpush(), ["Ana", "Reyes", "ana@example.com", "999", "0917 123 4567"])
    assert problems == [RowProblem(2, "country_code", "unknown country code '999'", "999")]


def test_talkpush_missing_and_extra_columns() -> None:
    assert _draft(_talkpush(), ["Ana", "Reyes", "ana@example.com"]).phone == ""
    header = [*"first last email cc phone referee".split(), "Shift", ""]
    draft = _draft(
        _talkpush(header=header),
        ["Ana", "Reyes", "ana@example.com", "", "", "", "night", "x", "", "y"],
    )
    assert draft.others == {"Shift": "night", "column_8": "x", "column_10": "y"}


def test_talkpush_single_word_referee() -> None:
    draft = _draft(_talkpush(), ["Ana", "Reyes", "ana@example.com", "", "", "Madonna"])
    assert (draft.referee_first_name, draft.referee_last_name) == ("Madonna", "")


# -- google form ---------------------------------------------------------------------------


def _form_row(**overrides: str) -> list[str]:
    values = {
        "timestamp": "11/22/2026 14:03:05",
        "name": "Ana Maria  Reyes",
        "email": "ana@example.com",
        "phone": "0917 123 4567",
        "location": "Makati, Metro Manila, PH",
        "education": "Bachelor",
        "years": "3",
        "referee": "Pedro Penduko",
        "referee_email": "Pedro@Example.com",
        "referee_phone": "0918 765 4321",
        "referee_id": "E-1024",
        "referee_account": "Globe",
    }
    values.update(overrides)
    return list(values.values())


def test_google_form_row_becomes_a_draft() -> None:
    draft = _draft(_form(), [*_form_row(), "nights", "no header", "", "  "], number=3)
    assert draft == CandidateDraft(
        first_name="Ana Maria",
        last_name="Reyes",
        email="ana@example.com",
        email_key="ana@example.com",
        phone=PH_MOBILE,
        search_phone="639171234567 9171234567",
        source="Google Form",
        referee_first_name="Pedro",
        referee_last_name="Penduko",
        referee_id="E-1024",
        referee_email="Pedro@example.com",
        referee_mobile="+639187654321",
        referee_account="Globe",
        others={
            "location": "Makati, Metro Manila, PH",
            "education": "Bachelor",
            "years_of_experience": "3",
            "Shift preference": "nights",
            "column_14": "no header",
        },
        added_at=datetime(2026, 11, 22, 14, 3, 5),
        row=3,
    )


def test_google_form_only_required_columns() -> None:
    draft = _draft(_form(header=None), ["", "Cher", "", "+63 917 123 4567"])
    assert (draft.first_name, draft.last_name, draft.phone) == ("Cher", "", PH_MOBILE)
    assert draft.added_at is None
    assert draft.others == {}


def test_google_form_extras_without_header_and_clashing_names() -> None:
    draft = _draft(_form(header=None), [*_form_row(), "a", "b"])
    assert draft.others["column_13"] == "a"
    assert draft.others["column_14"] == "b"
    header = [*FORM_HEADER[:12], "location", "Notes", "Notes"]
    draft = _draft(_form(header), [*_form_row(), "Taguig", "n1", "n2"])
    assert draft.others["location"] == "Makati, Metro Manila, PH"
    assert draft.others["location (column_13)"] == "Taguig"
    assert draft.others["Notes"] == "n1"
    assert draft.others["Notes (column_15)"] == "n2"


def test_an_invalid_referee_phone_is_kept_as_typed() -> None:
    draft = _draft(_form(), _form_row(referee_phone="local 204"))
    assert draft.referee_mobile == "local 204"


def test_an_invalid_referee_email_is_refused_as_in_manual_add() -> None:
    problems = _problems(_form(), _form_row(referee_email="pedro at globe"))
    assert [(p.field, p.value) for p in problems] == [("referee_email", "pedro at globe")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/22/2026 14:03:05", datetime(2026, 11, 22, 14, 3, 5)),
        ("11/22/2026 2:03:05 PM", datetime(2026, 11, 22, 14, 3, 5)),
        ("1/2/2026 12:00:00 AM", datetime(2026, 1, 2, 0, 0, 0)),
        ("2026-11-22 14:03:05", datetime(2026, 11, 22, 14, 3, 5)),
        ("2026-11-22T14:03:05", datetime(2026, 11, 22, 14, 3, 5)),
        ("2026-11-22T14:03:05+08:00", datetime(2026, 11, 22, 6, 3, 5)),
        ("2026-11-22T14:03:05Z", datetime(2026, 11, 22, 14, 3, 5)),
        ("22/11/2026 14:03", datetime(2026, 11, 22, 14, 3)),
        ("22.11.2026 14:03:05", datetime(2026, 11, 22, 14, 3, 5)),
        ("05.11.2026 08:00", datetime(2026, 11, 5, 8, 0)),  # dotted dates are day first
        ("05/11/2026 08:00", datetime(2026, 5, 11, 8, 0)),  # slashed ones month first
        ("2026/11/22", datetime(2026, 11, 22)),
        ("", None),
        ("yesterday", None),
        ("13/13/2026 10:00:00", None),
        ("2/30/2026", None),
    ],
)
def test_timestamps(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected
    assert _draft(_form(), _form_row(timestamp=text)).added_at == expected


def test_split_full_name() -> None:
    assert split_full_name("  Juan   Dela  Cruz ") == ("Juan Dela", "Cruz")
    assert split_full_name("Juan") == ("Juan", "")
    assert split_full_name("") == ("", "")


# -- problems ------------------------------------------------------------------------------


def test_invalid_email_and_phone_are_both_reported() -> None:
    problems = _problems(_form(), _form_row(email="ana.example.com", phone="12345"), number=9)
    assert [(p.row, p.field, p.value) for p in problems] == [
        (9, "email", "ana.example.com"),
        (9, "phone", "12345"),
    ]
    assert "@-sign" in problems[0].reason
    assert problems[1].reason == "not a valid phone number for PH"


def test_a_valid_phone_does_not_excuse_an_invalid_email() -> None:
    problems = _problems(_talkpush(), ["A", "B", "not-an-email", "63", "0917 123 4567"])
    assert [p.field for p in problems] == ["email"]


def test_neither_email_nor_phone() -> None:
    for mapper, cells in [
        (_talkpush(), ["Ana", "Reyes", "", "63", ""]),
        (_form(), _form_row(email="", phone="")),
    ]:
        problems = _problems(mapper, cells, number=4)
        assert problems == [RowProblem(4, "email/phone", "needs an email or a phone number", "")]


def test_email_alone_or_phone_alone_is_enough() -> None:
    assert _draft(_form(), _form_row(phone="")).email == "ana@example.com"
    assert _draft(_form(), _form_row(email="")).phone == PH_MOBILE


LONG_EMAIL = "a" * 250 + "@example.com"


@pytest.mark.parametrize(
    ("cells", "field", "value", "reason"),
    [
        (["x" * 101, "B", "a@example.com"], "first_name", "x" * 101, "101 characters, max 100"),
        (["A", "y" * 150, "a@example.com"], "last_name", "y" * 150, "150 characters, max 100"),
        (["A", "B", LONG_EMAIL], "email", LONG_EMAIL, "262 characters, max 254"),
        (
            ["A", "B", "a@example.com", "", "", "R " + "z" * 201],
            "referee_last_name",
            "z" * 201,
            "201 characters, max 200",
        ),
        (
            ["A", "B", "a@example.com", "", "", "", "n" * 5001],
            "column_7",
            "n" * 5001,
            "5001 characters, max 5000",
        ),
    ],
)
def test_too_long_values(cells: list[str], field: str, value: str, reason: str) -> None:
    problems = _problems(_talkpush(), cells)
    assert problems == [RowProblem(2, field, f"too long ({reason})", value[:200])]


def test_google_form_referee_field_limits() -> None:
    problems = _problems(_form(), _form_row(referee_id="9" * 101, referee_account="a" * 201))
    assert [(p.field, p.reason) for p in problems] == [
        ("referee_id", "too long (101 characters, max 100)"),
        ("referee_account", "too long (201 characters, max 200)"),
    ]


def test_problem_values_are_cut_for_reports() -> None:
    assert len(RowProblem(1, "email", "bad", "e" * 10_000).value) == 200
    assert RowProblem(1, "email", "bad", "short").value == "short"


def test_formula_cells_are_kept_as_text() -> None:
    formula = '=HYPERLINK("http://x","y")'
    draft = _draft(
        _form(),
        [
            *_form_row(
                name=f"Juan {formula}",
                location="@SUM(A1:A3)",
                referee_phone="+1234",
                referee_account="-2+3",
            ),
            "=1+1",
        ],
    )
    assert (draft.first_name, draft.last_name) == ("Juan", formula)
    assert draft.others["location"] == "@SUM(A1:A3)"
    assert draft.others["Shift preference"] == "=1+1"
    assert draft.referee_mobile == "+1234"
    assert draft.referee_account == "-2+3"
    problems = _problems(_talkpush(), ["A", "B", "", "", formula])
    assert [(p.field, p.value) for p in problems] == [("phone", formula)]


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="xlsx"):
        make_mapper("xlsx", "PH", None, "CSV import")


def test_is_blank() -> None:
    assert is_blank(SourceRow(1, []))
    assert is_blank(SourceRow(1, ["", "  ", "\t"]))
    assert not is_blank(SourceRow(1, ["", "x"]))


def test_results_survive_pickling_for_worker_processes() -> None:
    draft = _draft(_form(), _form_row())
    assert pickle.loads(pickle.dumps(draft)) == draft
    problems = _problems(_talkpush(), ["A", "B"])
    assert pickle.loads(pickle.dumps(problems)) == problems


# -- from file to drafts -------------------------------------------------------------------


def _map_file(path: Path, fmt: str) -> list[CandidateDraft | list[RowProblem]]:
    rows = list(CsvSource(path))
    header = rows[0].cells if looks_like_header(rows[0].cells) else None
    mapper = make_mapper(fmt, "PH", header, "CSV import")
    return [mapper(row) for row in rows[1 if header else 0 :] if not is_blank(row)]


def test_problems_carry_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "talkpush.csv"
    path.write_text(
        "first name;last name;email;country code;phone number;referee\n"  # row 1
        'Juan;"Dela\nCruz";juan@example.com;63;0917 123 4567;\n'  # row 2 (two lines)
        "\n"  # row 3
        "Ana;Reyes;ana@;63;0917;\n"  # row 4
        "Mark;Lim;;;;\n",  # row 5
        encoding="utf-8",
    )
    first, second, third = _map_file(path, "talkpush")
    assert isinstance(first, CandidateDraft)
    assert (first.row, first.last_name) == (2, "Dela\nCruz")
    assert isinstance(second, list) and isinstance(third, list)
    assert [(p.row, p.field) for p in second] == [(4, "email"), (4, "phone")]
    assert [(p.row, p.field) for p in third] == [(5, "email/phone")]


def test_google_sheet_export_without_header(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        "11/22/2026 14:03:05,Ana Reyes,ana@example.com,09171234567,Makati\r\n"
        ",Juan,,+63 918 765 4321\r\n",
        encoding="utf-16",
    )
    first, second = _map_file(path, "google-form")
    assert isinstance(first, CandidateDraft) and isinstance(second, CandidateDraft)
    assert (first.row, first.others, first.added_at) == (
        1,
        {"location": "Makati"},
        datetime(2026, 11, 22, 14, 3, 5),
    )
    assert (second.row, second.first_name, second.phone) == (2, "Juan", "+639187654321")
