"""Leads from a file or stdin (the CLI's ``leads add``): JSON, CSV with a header, emails."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.outbound.bodies.lead_files import parse
from talkpush_desktop.engine.outbound.errors import OutboundError


def test_json_body_or_list() -> None:
    body = '{"leads": [{"email": "a@x.io"}]}'
    assert parse(body) == {"leads": [{"email": "a@x.io"}]}
    assert parse('[{"email": "a@x.io"}]') == {"leads": [{"email": "a@x.io"}]}
    with pytest.raises(OutboundError) as err:
        parse('{"leads": [}')
    assert list(err.value.details) == ["body"]


def test_csv_with_a_header_in_any_spelling() -> None:
    text = (
        "\ufeffE-mail Address;First Name;last_name;Mobile;Notes\nada@x.io;Ada;Lovelace;+1555;hi\n"
    )
    assert parse(text) == {
        "leads": [
            {
                "email": "ada@x.io",
                "firstName": "Ada",
                "lastName": "Lovelace",
                "phoneNumber": "+1555",
            }
        ]
    }
    tabbed = "email\tfirstName\nb@x.io\tBo\n\n"
    assert parse(tabbed) == {"leads": [{"email": "b@x.io", "firstName": "Bo"}]}
    with pytest.raises(OutboundError, match="no email column"):
        parse("name,phone\nAda,+1555\n")


def test_one_email_a_line() -> None:
    assert parse("a@x.io\n\n b@x.io,\n") == {"leads": [{"email": "a@x.io"}, {"email": "b@x.io"}]}
    assert parse("   ") == {"leads": []}
