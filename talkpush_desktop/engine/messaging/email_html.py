"""Email bodies: sanitizing a template's HTML, and its plain-text alternative.

:func:`sanitize` keeps what an email template needs (text formatting, lists, headings,
tables, images, links) and drops everything that runs code or loads from elsewhere: script
and style elements, event handlers, ``javascript:`` and relative URLs, and CSS beyond a
short list of layout and typography properties. :func:`to_plain_text` turns (sanitized)
HTML into the text part of the email.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

import nh3

TAGS: Final = frozenset(
    {"p", "br", "a", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h1", "h2", "h3", "h4"}
    | {"table", "thead", "tbody", "tr", "td", "th", "img", "span", "div", "blockquote", "hr"}
)
_CELL = {"colspan", "rowspan", "align", "style"}
ATTRIBUTES: Final = {
    "*": {"style"},
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "table": {"align"},
    "tr": {"align"},
    "td": _CELL,
    "th": _CELL,
}
URL_SCHEMES: Final = frozenset({"http", "https", "mailto"})
STYLE_PROPERTIES: Final = frozenset(
    {"color", "background-color", "font", "font-family", "font-size", "font-style"}
    | {"font-weight", "line-height", "letter-spacing", "text-align", "text-decoration"}
    | {"text-transform", "vertical-align", "white-space", "width", "height", "max-width"}
    | {"min-width", "margin", "margin-top", "margin-right", "margin-bottom", "margin-left"}
    | {"padding", "padding-top", "padding-right", "padding-bottom", "padding-left"}
    | {"border", "border-top", "border-right", "border-bottom", "border-left"}
    | {"border-color", "border-style", "border-width", "border-radius", "border-collapse"}
    | {"border-spacing", "display"}
)
"""CSS properties kept in ``style`` attributes: none of them can load a URL."""

_UNSAFE_CSS = re.compile(
    r"expression|url\s*\(|image-set|javascript:|vbscript:|behavior|binding|@import|[\\<>]|/\*",
    re.IGNORECASE,
)
"""A declaration holding any of these is dropped whatever its property (escapes included,
since ``\\65 xpression`` is ``expression``; comments, since they can split a keyword)."""


def _filter_attribute(_tag: str, attribute: str, value: str) -> str | None:
    """Drop the unsafe declarations of ``style`` (nh3 then filters the property names)."""
    if attribute != "style":
        return value
    kept = [d for d in value.split(";") if d.strip() and not _UNSAFE_CSS.search(d)]
    return "; ".join(d.strip() for d in kept) or None


_CLEANER: Final = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
    attributes=ATTRIBUTES,
    attribute_filter=_filter_attribute,
    link_rel="noopener noreferrer",
    url_schemes=set(URL_SCHEMES),
    url_relative="deny",  # an email has no base URL: a relative link goes nowhere
    filter_style_properties=set(STYLE_PROPERTIES),
)


def sanitize(html: str) -> str:
    """``html`` reduced to the safe subset an email template may use."""
    return _CLEANER.clean(html)


# -- plain text ----------------------------------------------------------------------------

BLOCKS: Final = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "table", "ul", "ol"}
    | {"pre", "address", "section", "article", "header", "footer", "dl"}
)
LINES: Final = frozenset({"tr", "li", "dt", "dd", "thead", "tbody"})
SKIPPED: Final = frozenset({"script", "style", "head", "title", "template", "noscript"})
_SPACE = re.compile(r"\s+")


def to_plain_text(html: str) -> str:
    """The text of ``html``: blocks separated by blank lines, ``- `` list items, link URLs."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return parser.text()


def _link_suffix(text: str, href: str) -> str:
    """`` (url)`` after a link's text, unless the text already says it (or the URL is unsafe)."""
    scheme = href.partition(":")[0].lower() if ":" in href else ""
    if scheme not in URL_SCHEMES:
        return ""
    if not text:
        return href
    if text in (href, href.removeprefix(scheme + ":"), href.rstrip("/")):
        return ""
    return f" ({href})"


class _TextParser(HTMLParser):
    """Collects text and line breaks; a break is 1 (new line) or 2 (blank line)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._line: list[str] = []
        self._prefix = ""
        self._breaks = 0
        self._skip = 0
        self._lists = 0
        self._links: list[tuple[str, list[str]]] = []  # open links: href, text so far

    # -- events ----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skip += 1
        elif tag == "br":
            self._break(1, add=True)
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "", []))
        elif tag == "img":
            self.handle_data(f" {dict(attrs).get('alt') or ''} ")
        else:
            self._block_start(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self._skip = max(self._skip - 1, 0)
        elif tag == "a":
            self._end_link()
        elif tag in ("ul", "ol"):
            self._lists = max(self._lists - 1, 0)
            self._break(1 if self._lists else 2)
        elif tag in BLOCKS or tag in LINES:
            self._break(self._block_strength(tag))
            self._prefix = "" if tag == "li" else self._prefix
        elif tag in ("td", "th"):
            self._line.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._line.append(data)
            for _href, text in self._links:
                text.append(data)

    def close(self) -> None:
        super().close()
        while self._links:
            self._end_link()
        self._break(0)

    # -- building --------------------------------------------------------------------------

    def text(self) -> str:
        """The collected text, lines stripped, at most one blank line in a row."""
        return "".join(self._out)

    def _block_start(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self._break(1 if self._lists else 2)
            self._lists += 1
        elif tag == "li":
            self._break(1)
            self._prefix = "  " * max(self._lists - 1, 0) + "- "
        elif tag in BLOCKS or tag in LINES:
            self._break(self._block_strength(tag))

    def _block_strength(self, tag: str) -> int:
        """Blank line between blocks, but a new line only for rows and inside lists."""
        return 1 if tag in LINES or self._lists else 2

    def _end_link(self) -> None:
        href, parts = self._links.pop()
        text = _SPACE.sub(" ", "".join(parts)).strip()
        self._line.append(_link_suffix(text, href.strip()))

    def _break(self, strength: int, *, add: bool = False) -> None:
        """End the current line; ``add`` stacks breaks (``<br><br>`` is a blank line)."""
        line = _SPACE.sub(" ", "".join(self._line)).strip()
        self._line.clear()
        if line:
            if self._out:
                self._out.append("\n" * max(self._breaks, 1))
            self._out.append(self._prefix + line)
            self._prefix, self._breaks = "", 0
        if self._out:
            self._breaks = min(self._breaks + strength, 2) if add else max(self._breaks, strength)


_TOKEN_STAND_IN = "https://tp-token.invalid/{}"
"""What a token stands as while a template is sanitised: an absolute URL, so a token in
an ``href`` survives the URL rules and one in text is plain text."""


def sanitize_template(html: str) -> str:
    """:func:`sanitize` for an email template, keeping its ``<%= @token %>`` markers."""
    from talkpush_desktop.engine.messaging.tokens import PATTERN

    found: list[str] = []

    def stand_in(match: re.Match[str]) -> str:
        found.append(match.group(0))
        return _TOKEN_STAND_IN.format(len(found) - 1)

    clean = sanitize(PATTERN.sub(stand_in, html))
    for i, token in enumerate(found):
        clean = clean.replace(_TOKEN_STAND_IN.format(i), token)
    return clean
