"""The segment edge cases of issue 18 (acceptance 2): each text's encoding and segment
count, and the bubbles :func:`sms_parts` cuts it into (one per segment, none split
inside an escape pair or a surrogate pair, joined back to the text)."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.messaging.sms_segments import sms_cost, sms_parts

EMOJI = "\N{GRINNING FACE}"
UCS2 = "й"

EDGES = [
    # text, encoding, units, segments, bubble lengths (characters)
    ("a" * 160, "GSM-7", 160, 1, [160]),
    ("a" * 161, "GSM-7", 161, 2, [153, 8]),
    ("a" * 159 + "€", "GSM-7", 161, 2, [153, 7]),
    ("a" * 158 + "[", "GSM-7", 160, 1, [159]),
    ("a" * 152 + "€" + "a" * 10, "GSM-7", 164, 2, [152, 11]),
    ("Hi " + EMOJI, "UCS-2", 5, 1, [4]),
    ("a" * 68 + EMOJI, "UCS-2", 70, 1, [69]),
    ("a" * 66 + EMOJI + "a" * 3, "UCS-2", 71, 2, [66, 4]),
    (UCS2 * 70, "UCS-2", 70, 1, [70]),
    (UCS2 * 71, "UCS-2", 71, 2, [67, 4]),
    ("a" * 160 + UCS2, "UCS-2", 161, 3, [67, 67, 27]),
]


@pytest.mark.parametrize(("text", "encoding", "units", "segments", "bubbles"), EDGES)
def test_edge_cases(
    text: str, encoding: str, units: int, segments: int, bubbles: list[int]
) -> None:
    cost = sms_cost(text)
    assert (cost.encoding, cost.units, cost.segments) == (encoding, units, segments)
    parts = sms_parts(text)
    assert [len(p) for p in parts] == bubbles
    assert "".join(parts) == text
    limit = 160 if segments == 1 and encoding == "GSM-7" else 70 if segments == 1 else None
    for part in parts:
        assert sms_cost(part).units <= (limit or (153 if encoding == "GSM-7" else 67))


def test_no_text_no_bubble() -> None:
    assert sms_parts("") == []
