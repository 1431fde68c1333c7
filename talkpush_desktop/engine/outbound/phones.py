"""Phone numbers of caller IDs and leads: E.164, or local in the company's region.

``phonenumbers`` is imported when a number is first read (opening a workspace stays quick).
"""

from __future__ import annotations

from talkpush_desktop.engine.outbound.errors import OutboundError, invalid


def normalize(text: str, region: str = "US") -> str | None:
    """``text`` as E.164 (``+15551234567``) read in ``region`` when it has no ``+``; None
    when it is not a possible number."""
    cleaned = text.strip() if isinstance(text, str) else ""
    if not cleaned:
        return None
    import phonenumbers

    try:
        parsed = phonenumbers.parse(cleaned, region or "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def invalid_number(path: str, text: object) -> OutboundError:
    name = path.rsplit(".", 1)[-1]
    return invalid({path: f'"{name}" must be a valid phone number (E.164 or local), not {text!r}'})
