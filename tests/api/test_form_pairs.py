"""The intake route's form reading gives exactly what ``urllib.parse.parse_qsl`` gives."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl

from talkpush_desktop.api.intake_params import form_pairs


def test_form_pairs_read_as_parse_qsl_does() -> None:
    cases = ["", "&", "a", "a=", "=b", "a=1&&b=2", "a+b=c+d", "%zz=%41%", "x=%E2%82%AC%ff"]
    cases += ["a=1=2", "é=ü&%5B=%5D", "&&=&", "campaign_invitation%5Bemail%5D=a%40b.co"]
    pick = random.Random(16)
    for _ in range(5_000):
        cases.append("".join(pick.choice("ab=&+%5BE2F9c") for _ in range(pick.randint(0, 24))))
    for text in cases:
        assert form_pairs(text) == parse_qsl(text, keep_blank_values=True), text
        assert form_pairs(text) == parse_qsl(text, keep_blank_values=True), text  # remembered
