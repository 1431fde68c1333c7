"""An email template's HTML sanitised and turned into plain text once, with the candidates'
values put into both afterwards, instead of sanitising and converting every candidate's
copy (the per-candidate cost of an invitation burst).

The template is rendered with a mark in place of each token, sanitised and converted
(:func:`skeleton`, remembered per template); a candidate's message is the two results with
the values in place of the marks. That gives what sanitising and converting the
candidate's own copy gives only when neither step could treat a value otherwise than its
mark, so the short cut is taken only then, and otherwise :func:`fill` answers None (the
caller renders the copy):

- in the template, every mark survives sanitising once, in plain text outside any link
  (a token in an attribute, a link's text or stripped content is never short-cut), and a
  self-check with sample values gives the full path's result;
- for the candidate, every token has a value (or a fallback) made of *inert* characters:
  no HTML-special character, no control or surrogate, and spaces only single ones between
  other characters (so escaping, serialising and collapsing white space leave it as is).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from talkpush_desktop.engine.messaging import email_html
from talkpush_desktop.engine.messaging.tokens import TOKEN_NAMES, Slot, compile_body

_CHAR = r"[^\s\x00-\x1f\x7f-\x9f&<>\"'\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]"
_INERT = re.compile(f"{_CHAR}+(?: {_CHAR}+)*")
"""A value that escaping, sanitising and plain-text conversion all leave unchanged."""
_MARK = "\ue000{}\ue001"
_MARKS = re.compile("\ue000(\\d+)\ue001")


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A template's slots and its sanitised HTML and plain text, split at the marks
    (even items literal text, odd items the index of the slot that goes there)."""

    slots: tuple[Slot, ...]
    html: tuple[str | int, ...]
    text: tuple[str | int, ...]


def _split(done: str) -> tuple[str | int, ...]:
    parts = _MARKS.split(done)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def _join(parts: tuple[str | int, ...], values: list[str]) -> str:
    return "".join(values[p] if isinstance(p, int) else p for p in parts)


class _Marks(HTMLParser):
    """The text of an HTML document outside links (where a mark may stand for a value)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self._links = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        self._links += tag == "a"

    def handle_endtag(self, tag: str) -> None:
        self._links -= tag == "a" and self._links > 0

    def handle_data(self, data: str) -> None:
        if not self._links:
            self.text.append(data)


def _parts(source: str, values: list[str]) -> tuple[str, str]:
    """(plain text, sanitised HTML) of the template with ``values`` in its slots, the full
    way (values HTML-escaped, the whole copy sanitised and converted)."""
    template = compile_body(source)
    out: list[str] = []
    i = 0
    for part in template.parts:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(html.escape(values[i]))
            i += 1
    safe = email_html.sanitize("".join(out))
    return email_html.to_plain_text(safe), safe


@lru_cache(maxsize=64)
def skeleton(source: str) -> Skeleton | None:
    """The template's skeleton, or None when a short cut could differ from the full way."""
    slots = tuple(p for p in compile_body(source).parts if isinstance(p, Slot))
    marks = [_MARK.format(i) for i in range(len(slots))]
    text, safe = _parts(source, marks)
    reader = _Marks()
    reader.feed(safe)
    reader.close()
    outside_links = "".join(reader.text)
    for mark in marks:
        if not (safe.count(mark) == text.count(mark) == outside_links.count(mark) == 1):
            return None
    found = Skeleton(slots, _split(safe), _split(text))
    samples = [f"Sample{i} x.y@z-{i}" for i in range(len(slots))]
    if _fill_slots(found, samples) != _parts(source, samples):
        return None
    return found


def fill(found: Skeleton, values: Mapping[str, str]) -> tuple[str, str] | None:
    """(plain text, sanitised HTML) with the candidate's token values in place, or None
    when a value is missing, unknown or not inert (the caller renders the full way)."""
    filled: list[str] = []
    for slot in found.slots:
        value = values.get(slot.name) or slot.fallback
        if value is None or (slot.name not in TOKEN_NAMES and slot.name not in values):
            return None
        filled.append(value)
    return _fill_slots(found, filled)


def _fill_slots(found: Skeleton, filled: list[str]) -> tuple[str, str] | None:
    if not all(_INERT.fullmatch(v) for v in filled):
        return None
    return _join(found.text, filled), _join(found.html, filled)
