"""Phone and email normalisation: E.164 phones, validated emails, recruiter-readable reasons."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.candidates.contacts import (
    ContactError,
    email_key,
    normalize_email,
    normalize_phone,
    phone_search_terms,
    resolve_region,
)

PH_MOBILE = "+639171234567"


@pytest.mark.parametrize(
    "raw",
    [
        "09171234567",
        "0917 123 4567",
        "0917-123-4567",
        "(0917) 123-4567",
        "9171234567",
        "  0917 123 4567  ",
        "+63 917 123 4567",
        "+639171234567",
        "639171234567",
        "0063 917 123 4567",
        "9171234567.0",
    ],
)
def test_national_and_international_forms_become_e164(raw: str) -> None:
    assert normalize_phone(raw, "PH") == PH_MOBILE


@pytest.mark.parametrize("code", ["63", "+63", "0063", " 63 ", "PH", "ph", "63.0"])
def test_country_code_overrides_default_region(code: str) -> None:
    assert normalize_phone("0917 123 4567", "US", code) == PH_MOBILE


def test_number_with_plus_keeps_its_own_country() -> None:
    assert normalize_phone("+1 415 555 2671", "PH") == "+14155552671"
    assert normalize_phone("+44 20 7946 0958", "PH", "63") == "+442079460958"


def test_double_zero_prefix_works_where_the_region_dials_out_differently() -> None:
    # The US international prefix is 011, yet "00" + country code is what people type.
    assert normalize_phone("0063 917 123 4567", "US") == PH_MOBILE


def test_blank_phone_is_empty() -> None:
    assert normalize_phone("", "PH") == ""
    assert normalize_phone("   ", "PH", "63") == ""


@pytest.mark.parametrize(
    ("raw", "region", "code", "reason"),
    [
        ("12345", "PH", "", "not a valid phone number for PH"),
        ("0212345678", "PH", "", "not a valid phone number for PH"),
        ("N/A", "PH", "", "not a phone number"),
        ('=HYPERLINK("http://x","y")', "PH", "", "not a phone number"),
        ("0917 123 4567", "PH", "999", "unknown country code '999'"),
        ("0917 123 4567", "PH", "XX", "unknown country code 'XX'"),
        ("9171234567", "", "", "no country code"),
        ("+999 1234567", "PH", "", "unknown country code"),
        ("+1234", "PH", "", "too short"),
        ("6.39171E+11", "PH", "", "scientific notation"),
    ],
)
def test_invalid_phones_raise_with_a_reason(raw: str, region: str, code: str, reason: str) -> None:
    with pytest.raises(ContactError) as caught:
        normalize_phone(raw, region, code)
    assert reason in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_same_digits_valid_in_one_region_invalid_in_another() -> None:
    assert normalize_phone("415 555 2671", "US") == "+14155552671"
    with pytest.raises(ContactError, match="for PH"):
        normalize_phone("415 555 2671", "PH")


def test_resolve_region() -> None:
    assert resolve_region("1", "PH") == "US"
    assert resolve_region("44", "PH") == "GB"
    assert resolve_region("", "ph") == "PH"
    assert resolve_region("", "not a region") == ""
    with pytest.raises(ContactError):
        resolve_region("12345", "PH")


@pytest.mark.parametrize(
    ("e164", "terms"),
    [
        (PH_MOBILE, "639171234567 9171234567"),
        ("+14155552671", "14155552671 4155552671"),
        ("+442079460958", "442079460958 2079460958"),
        ("+390612345678", "390612345678 0612345678"),  # Italy keeps its leading zero
        ("", ""),
    ],
)
def test_phone_search_terms(e164: str, terms: str) -> None:
    assert phone_search_terms(e164) == terms


def test_email_is_normalised() -> None:
    assert normalize_email("  Juan.DelaCruz@Example.COM ") == "Juan.DelaCruz@example.com"
    assert email_key("Juan.DelaCruz@example.com") == "juan.delacruz@example.com"
    assert normalize_email("") == ""
    assert email_key("") == ""


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("juan.example.com", "@-sign"),
        ("juan@example", "period"),
        ("juan dela@example.com", "SPACE"),
        ("juan@@example.com", "invalid characters"),
    ],
)
def test_invalid_email_raises_with_library_reason(raw: str, reason: str) -> None:
    with pytest.raises(ContactError) as caught:
        normalize_email(raw)
    assert reason in str(caught.value)


EMAIL_CORPUS = [
    "Bench.Person@Example.ORG",
    "a@gmail.com",
    "x@localhost",
    "a@b.c",
    "a@example.invalid",
    "user+tag@sub.domain.co.uk",
    "a..b@x.com",
    ".a@x.com",
    "a.@x.com",
    "o'brien@acme.example",
    "josé@correo.es",
    "user@bücher.de",
    '"quoted local"@x.com',
    "a@-bad-.com",
    "a@x..com",
    "a" * 64 + "@x.com",
    "a" * 65 + "@x.com",
    "a@" + "b" * 63 + ".com",
    "a@" + "b" * 64 + ".com",
    "x" * 60 + "@" + ".".join(["d" * 60] * 3) + ".com",
    "UPPER@GMAIL.COM",
    "a@[127.0.0.1]",
    "first.last@sub-domain.example.co",
    "weird{}~@x.org",
    "a@b@c.com",
    "@nolocal.com",
    "a@",
]


@pytest.mark.parametrize("address", EMAIL_CORPUS)
def test_email_fast_path_agrees_with_email_validator(address: str) -> None:
    """The cached-domain path gives exactly the library's verdict and normal form."""
    from email_validator import EmailNotValidError, validate_email

    try:
        expected: str | None = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got: str | None = normalize_email(address)
    except ContactError:
        got = None
    assert got == expected
