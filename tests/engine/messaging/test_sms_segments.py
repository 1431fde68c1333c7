"""SMS cost: GSM-7 vs UCS-2, septets and code units, segments at every boundary."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.messaging.sms_segments import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    SmsCost,
    sms_cost,
)

CYRILLIC = "й"  # one UTF-16 code unit, not in GSM-7
EMOJI = "\N{GRINNING FACE}"  # a surrogate pair: two code units


def test_empty_text_is_no_segment() -> None:
    assert sms_cost("") == SmsCost("GSM-7", 0, 0, 160, 160)


def test_the_gsm_basic_alphabet_is_exact() -> None:
    assert len(GSM7_BASIC) == 127  # 128 positions minus the escape
    assert "\x1b" not in GSM7_BASIC
    for ch in "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ ÄÖÑÜ§¿äöñüà¤¡\n\r":
        assert ch in GSM7_BASIC, ch
    for ch in "çÀÁÂÃÈÊËÌÍÎÏÒÓÔÕÙÚÛ`\t":
        assert ch not in GSM7_BASIC, ch
    assert "\N{OHM SIGN}" not in GSM7_BASIC  # only the Greek capital omega is
    assert GSM7_EXTENSION == set("\f^{}\\[~]|€")
    text = "".join(sorted(GSM7_BASIC))
    assert sms_cost(text).encoding == "GSM-7"
    assert sms_cost(text).units == 127


@pytest.mark.parametrize(
    ("length", "segments", "per_segment", "remaining"),
    [
        (1, 1, 160, 159),
        (160, 1, 160, 0),
        (161, 2, 153, 145),
        (153 * 2, 2, 153, 0),
        (153 * 2 + 1, 3, 153, 152),
        (153 * 3, 3, 153, 0),
    ],
)
def test_gsm_boundaries(length: int, segments: int, per_segment: int, remaining: int) -> None:
    cost = sms_cost("a" * length)
    assert (cost.encoding, cost.units) == ("GSM-7", length)
    assert (cost.segments, cost.per_segment, cost.remaining) == (segments, per_segment, remaining)
    assert cost.non_gsm == ()


def test_extension_characters_count_two_septets() -> None:
    cost = sms_cost("{x}^\\[~]|€\f")
    assert (cost.encoding, cost.units, cost.segments) == ("GSM-7", 21, 1)
    assert sms_cost("a" * 158 + "€").units == 160
    assert sms_cost("a" * 158 + "€").segments == 1
    assert sms_cost("a" * 159 + "€").segments == 2  # 161 septets


def test_an_extension_character_is_never_split_across_segments() -> None:
    # 152 + [esc €] + 152 = 306 septets = 2 x 153, but the € cannot straddle the boundary.
    cost = sms_cost("a" * 152 + "€" + "a" * 152)
    assert cost.units == 306
    assert (cost.segments, cost.remaining) == (3, 152)
    # The € moves to segment 2, leaving a one-septet hole in segment 1.
    cost = sms_cost("a" * 152 + "€" + "a" * 10)
    assert (cost.units, cost.segments, cost.remaining) == (164, 2, 153 - 12)
    # At the very end of a segment it fits exactly.
    cost = sms_cost("a" * 151 + "€" + "a" * 8)
    assert (cost.units, cost.segments, cost.remaining) == (161, 2, 145)
    cost = sms_cost("a" * 151 + "€" + "a" * 153)
    assert (cost.units, cost.segments, cost.remaining) == (306, 2, 0)


@pytest.mark.parametrize(
    ("length", "segments", "per_segment", "remaining"),
    [(70, 1, 70, 0), (71, 2, 67, 63), (67 * 2, 2, 67, 0), (67 * 2 + 1, 3, 67, 66)],
)
def test_ucs2_boundaries(length: int, segments: int, per_segment: int, remaining: int) -> None:
    cost = sms_cost(CYRILLIC * length)
    assert (cost.encoding, cost.units) == ("UCS-2", length)
    assert (cost.segments, cost.per_segment, cost.remaining) == (segments, per_segment, remaining)
    assert cost.non_gsm == (CYRILLIC,)


def test_an_emoji_counts_two_units_and_is_never_split() -> None:
    assert sms_cost(EMOJI).units == 2
    assert sms_cost("a" * 68 + EMOJI).segments == 1  # 70 units
    assert sms_cost("a" * 69 + EMOJI).segments == 2  # 71 units
    # 66 + [pair] + 66 = 134 = 2 x 67, but the pair cannot straddle the boundary.
    cost = sms_cost("a" * 66 + EMOJI + "a" * 66)
    assert (cost.units, cost.segments, cost.remaining) == (134, 3, 66)
    cost = sms_cost("a" * 65 + EMOJI + "a" * 67)
    assert (cost.units, cost.segments, cost.remaining) == (134, 2, 0)


@pytest.mark.parametrize(
    "culprit",
    ["\N{EM DASH}", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}", "ç"],
)
def test_one_typographic_character_forces_unicode(culprit: str) -> None:
    plain = "Hi Maria, see you at 10 - bring your ID"
    assert sms_cost(plain).encoding == "GSM-7"
    cost = sms_cost(plain + culprit)
    assert cost.encoding == "UCS-2"
    assert cost.non_gsm == (culprit,)
    assert (cost.per_segment, cost.units) == (70, len(plain) + 1)


def test_non_gsm_characters_are_distinct_and_in_order() -> None:
    text = "It’s “great” — ’see’ " + EMOJI + " €"
    cost = sms_cost(text)
    assert cost.non_gsm == ("’", "“", "”", "—", EMOJI)
    assert cost.units == len(text) + 1  # the emoji's second code unit; € is one unit in UCS-2
