"""Guessing which column feeds which field, and rearranging rows by a mapping."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import column_mapping as cm

TALKPUSH_HEADER = ["First Name", "Last Name", "Email", "Country Code", "Phone Number", "Referee"]


def test_the_documented_header_maps_in_place() -> None:
    mapping = cm.suggest("talkpush", TALKPUSH_HEADER, 6)
    assert mapping == {f: i for i, f in enumerate(cm.FIELDS["talkpush"])}
    assert cm.column_order("talkpush", mapping, 6) is None  # nothing to rearrange


def test_shuffled_titled_columns_are_found_by_their_words() -> None:
    header = ["E-mail address", "Given name", "Surname", "Mobile no.", "Dial code", "Notes"]
    mapping = cm.suggest("talkpush", header, 6)
    assert mapping == {
        "first_name": 1,
        "last_name": 2,
        "email": 0,
        "country_code": 4,
        "phone": 3,
        "referee": None,  # "Notes" names nothing and column 6 is no referee
    }
    order = cm.column_order("talkpush", mapping, 6)
    assert order is not None
    row = ["a@x.com", "Ana", "Cruz", "0917", "63", "vip"]
    assert cm.rearrange(row, order, 6) == ["Ana", "Cruz", "a@x.com", "63", "0917", "", "vip"]


def test_without_a_header_columns_keep_their_documented_places() -> None:
    assert cm.suggest("talkpush", None, 4) == {
        "first_name": 0,
        "last_name": 1,
        "email": 2,
        "country_code": 3,
        "phone": None,
        "referee": None,
    }
    assert cm.column_order("talkpush", cm.suggest("talkpush", None, 4), 4) is None


def test_google_form_questions_stay_in_order_even_when_extra_ones_mention_a_phone() -> None:
    header = [
        "Timestamp",
        "What is your full name?",
        "Email address",
        "Mobile number",
        "Current location",
        "Highest level of education",
        "Years of experience",
        "Referring employee's name",
        "Referring employee's email",
        "Referring employee's phone number",
        "Referring employee's employee ID",
        "Referring employee's account",
        "Do you have a phone with internet?",
    ]
    mapping = cm.suggest("google-form", header, len(header))
    assert mapping == {f: i for i, f in enumerate(cm.FIELDS["google-form"])}


def test_a_chosen_column_leaves_the_field_that_had_it() -> None:
    columns = ["Name", "Correo", "Tel"]
    suggested = cm.suggest("talkpush", columns, 3)
    assert suggested["email"] == 1 and suggested["phone"] == 2
    mapping = cm.resolve("talkpush", {"first_name": "name", "phone": "#2"}, suggested, columns)
    assert mapping["first_name"] == 0
    assert mapping["phone"] == 1 and mapping["email"] is None
    assert cm.resolve("talkpush", {"phone": ""}, suggested, columns)["phone"] is None


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ({"nickname": "Name"}, "unknown field 'nickname'"),
        ({"email": "Fax"}, "no column 'Fax'"),
        ({"email": "9"}, "the file has 3 columns"),
        ({"email": 3}, "the file has 3 columns"),
    ],
)
def test_bad_choices_are_refused_with_a_reason(chosen: dict[str, str], message: str) -> None:
    columns = ["Name", "Correo", "Tel"]
    with pytest.raises(ValidationError, match=message):
        cm.resolve("talkpush", chosen, cm.suggest("talkpush", columns, 3), columns)


def test_long_rows_keep_their_surplus_cells_at_the_end() -> None:
    order = (1, 0)
    assert cm.rearrange(["a", "b", "c", "d"], order, 2) == ["b", "a", "c", "d"]
    assert cm.rearrange(["a"], order, 2) == ["", "a"]
