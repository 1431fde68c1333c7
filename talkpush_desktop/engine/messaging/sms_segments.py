"""What an SMS costs: its encoding, length in units and number of segments (GSM 03.38).

A text of GSM-7 characters only is sent in 7-bit septets: 160 in a single message, 153 per
segment once it needs several (the rest of each segment holds the concatenation header).
Characters of the extension table (``^{}\\[~]|€`` and form feed) take two septets, an
escape and the character, and the two are never split across segments. Any other
character sends the whole text as UCS-2 (UTF-16 in practice): 70 code units in one
message, 67 per segment, an emoji (a surrogate pair) taking two that are never split.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

Encoding = Literal["GSM-7", "UCS-2"]

GSM7_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The 127 characters of the GSM 03.38 default alphabet (all but the escape, 0x1B)."""

GSM7_EXTENSION: Final = frozenset("\f^{}\\[~]|€")
"""Characters of the extension table: each is sent as escape + character, two septets."""

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67


@dataclass(frozen=True, slots=True)
class SmsCost:
    """How a text is sent as SMS.

    ``units`` are septets (GSM-7) or UTF-16 code units (UCS-2); ``remaining`` is how many
    are left in the last segment; ``non_gsm`` lists the characters that forced UCS-2.
    """

    encoding: Encoding
    units: int
    segments: int
    per_segment: int
    remaining: int
    non_gsm: tuple[str, ...] = ()


def sms_cost(text: str) -> SmsCost:
    """The encoding, length and segment count of ``text`` as an SMS."""
    non_gsm = _non_gsm(text)
    if non_gsm:
        widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
        return _cost("UCS-2", widths, UCS2_SINGLE, UCS2_MULTI, non_gsm)
    widths = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return _cost("GSM-7", widths, GSM7_SINGLE, GSM7_MULTI, ())


def _non_gsm(text: str) -> tuple[str, ...]:
    """The distinct characters of ``text`` outside GSM-7, in order of first appearance."""
    found = dict.fromkeys(ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION)
    return tuple(found)


def _cost(
    encoding: Encoding, widths: list[int], single: int, multi: int, non_gsm: tuple[str, ...]
) -> SmsCost:
    units = sum(widths)
    if units <= single:
        segments = 1 if units else 0
        return SmsCost(encoding, units, segments, single, single - units, non_gsm)
    segments, last = _pack(widths, multi)
    return SmsCost(encoding, units, segments, multi, multi - last, non_gsm)


def sms_parts(text: str) -> list[str]:
    """``text`` cut into the segments a phone receives (one preview bubble each): never
    splitting an extension character's escape pair or an emoji's surrogate pair."""
    if not text:
        return []
    cost = sms_cost(text)
    if cost.segments == 1:
        return [text]
    ucs2 = cost.encoding == "UCS-2"
    parts: list[str] = []
    start = used = 0
    for i, ch in enumerate(text):
        width = (2 if ord(ch) > 0xFFFF else 1) if ucs2 else (2 if ch in GSM7_EXTENSION else 1)
        if used + width > cost.per_segment:
            parts.append(text[start:i])
            start, used = i, 0
        used += width
    parts.append(text[start:])
    return parts


def _pack(widths: Iterable[int], capacity: int) -> tuple[int, int]:
    """Segments needed and units used in the last one, never splitting a character."""
    segments, used = 1, 0
    for width in widths:
        if used + width > capacity:
            segments, used = segments + 1, 0
        used += width
    return segments, used
