"""Phone and email normalisation for candidate contacts (no Qt, no database).

Phones become E.164 (``+639171234567``) through ``phonenumbers``; emails are checked and
normalised by ``email_validator`` without DNS look-ups. Every rejection raises
:class:`ContactError` whose message is a short reason fit for a recruiter's report.
These functions run once per imported row, so lookups are cached and nothing is rebuilt
per call. Both libraries are imported on first use (opening a workspace does not need them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = [
    "ContactError",
    "email_key",
    "normalize_email",
    "normalize_phone",
    "phone_search_terms",
    "resolve_region",
]

_UNKNOWN_REGION = "ZZ"
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")
_FLOAT_SUFFIX = re.compile(r"^(\+?\d+)\.0$")


@lru_cache(maxsize=1)
def _parse_reasons() -> dict[int, str]:
    from phonenumbers import NumberParseException

    return {
        NumberParseException.INVALID_COUNTRY_CODE: "unknown or missing country code",
        NumberParseException.NOT_A_NUMBER: "not a phone number",
        NumberParseException.TOO_SHORT_AFTER_IDD: "too short to be a phone number",
        NumberParseException.TOO_SHORT_NSN: "too short to be a phone number",
        NumberParseException.TOO_LONG: "too long to be a phone number",
    }


@lru_cache(maxsize=1)
def _length_reasons() -> dict[int, str]:
    from phonenumbers import ValidationResult

    return {
        ValidationResult.TOO_SHORT: "too short for a {region} phone number",
        ValidationResult.TOO_LONG: "too long for a {region} phone number",
        ValidationResult.INVALID_LENGTH: "wrong number of digits for a {region} phone number",
        ValidationResult.INVALID_COUNTRY_CODE: "unknown country code",
    }


class ContactError(ValueError):
    """A phone number or email that cannot be used; ``str(error)`` is the reason."""


@lru_cache(maxsize=1024)
def resolve_region(country_code: str, default_region: str = "") -> str:
    """The ISO region for a country code cell ("63", "+63", "0063", "PH", "ph").

    An empty ``country_code`` gives ``default_region`` upper-cased ("" when it is not a
    region ``phonenumbers`` knows). Calling
    codes shared by several regions give the main one ("1" -> "US"). Raises
    :class:`ContactError` for a code that matches no region.
    """
    import phonenumbers

    code = country_code.strip()
    if not code:
        region = default_region.strip().upper()
        return region if region in phonenumbers.SUPPORTED_REGIONS else ""
    if code.isalpha():
        region = code.upper()
        if region in phonenumbers.SUPPORTED_REGIONS:
            return region
        raise ContactError(f"unknown country code '{country_code.strip()}'")
    digits = _FLOAT_SUFFIX.sub(r"\1", code).lstrip("+").replace(" ", "")
    if digits.startswith("00"):
        digits = digits[2:]
    region = _UNKNOWN_REGION
    if digits.isdigit() and len(digits) <= 3:
        region = phonenumbers.region_code_for_country_code(int(digits))
    if region == _UNKNOWN_REGION:
        raise ContactError(f"unknown country code '{country_code.strip()}'")
    return region


def normalize_phone(raw: str, default_region: str, country_code: str = "") -> str:
    """``raw`` as E.164 ("+639171234567"), or "" when ``raw`` is blank.

    National numbers are read in the region given by ``country_code`` (calling code digits
    or ISO region), else ``default_region``; numbers starting with "+" keep their own
    country. Raises :class:`ContactError` for an invalid number or unknown country code.
    """
    text = raw.strip()
    if not text:
        return ""
    if _SCIENTIFIC.match(text):
        raise ContactError(
            "phone number was turned into scientific notation by a spreadsheet; "
            "format the column as text and export again"
        )
    if text.endswith(".0"):  # a phone column exported as numbers: "9171234567.0"
        text = _FLOAT_SUFFIX.sub(r"\1", text)
    region = resolve_region(country_code, default_region)
    try:
        return _to_e164(text, region)
    except ContactError as error:
        # "00" is the international prefix almost everywhere, even where the region's is not.
        if not text.startswith("00") or text.startswith("000"):
            raise
        try:
            return _to_e164("+" + text[2:], region)
        except ContactError:
            raise error from None


def _to_e164(text: str, region: str) -> str:
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(text, region or None)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            raise ContactError(_country_code_reason(text, region)) from None
        raise ContactError(_parse_reasons().get(exc.error_type, "not a phone number")) from None
    _check_number(number, region)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _country_code_reason(text: str, region: str) -> str:
    if text.startswith("+"):
        return "unknown country code"
    if not region:
        return "no country code: add one or start the number with +"
    from phonenumbers import NumberParseException

    return _parse_reasons()[NumberParseException.INVALID_COUNTRY_CODE]


def _check_number(number: PhoneNumber, region: str) -> None:
    """Raise :class:`ContactError` unless ``number`` is valid (checked first: the common case)."""
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        return
    code = number.country_code
    shown = phonenumbers.region_code_for_country_code(code) if code else region
    shown = f"+{code}" if shown == _UNKNOWN_REGION else shown
    result = phonenumbers.is_possible_number_with_reason(number)
    if result in _length_reasons():
        raise ContactError(_length_reasons()[result].format(region=shown))
    raise ContactError(f"not a valid phone number for {shown}")


@lru_cache(maxsize=1)
def _calling_codes() -> frozenset[str]:
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def phone_search_terms(e164: str) -> str:
    """Digit forms of an E.164 number for the search index, space separated.

    "+639171234567" -> "639171234567 9171234567" (international digits, then the national
    significant number). "" for "".
    """
    digits = e164.lstrip("+")
    if not digits:
        return ""
    codes = _calling_codes()
    for size in (1, 2, 3):
        if digits[:size] in codes:
            return f"{digits} {digits[size:]}"
    return digits


# A plain ASCII dot-atom local part (RFC 5322 atext): what nearly every real address uses.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LOCAL_MAX = 64
_ADDRESS_MAX = 254


def normalize_email(raw: str) -> str:
    """The normalised form of ``raw`` (domain lower-cased, Unicode NFC), or "" when blank.

    Raises :class:`ContactError` carrying ``email_validator``'s reason. No DNS look-up.
    Plain ASCII addresses reuse the validation of their domain (imports repeat the same
    few domains thousands of times); anything else goes through ``email_validator`` whole.
    """
    text = raw.strip()
    if not text:
        return ""
    local, at, domain = text.rpartition("@")
    if at and len(local) <= _LOCAL_MAX and _PLAIN_LOCAL.fullmatch(local):
        checked = _checked_domain(domain)
        if checked is not None and len(local) + 1 + len(checked) <= _ADDRESS_MAX:
            return f"{local}@{checked}"
    return _validate(text)


def _validate(text: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ContactError(str(exc)) from None


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str | None:
    """The normalised domain if ``email_validator`` accepts it, else None (full check)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(f"a@{domain}", check_deliverability=False).domain
    except EmailNotValidError:
        return None


def email_key(email: str) -> str:
    """The duplicate-detection key of an (already normalised) email: lower-cased."""
    return email.strip().lower()
