"""Message tokens: placeholders like ``<%= @candidate_name %>`` filled in per candidate.

The seed's token list, plus the candidate's first name and the campaign title. A token may
carry a fallback, ``<%= @candidate_name || "there" %>`` (double or single quotes), written
when the candidate has no value. A token with no value and no fallback (no referee, a link
not configured yet) is left as written and reported in :attr:`Rendered.missing`; a name
that is not a token at all (``@candidat_name``) is left as written and reported in
:attr:`Rendered.unknown`. So a sender can refuse either, and a preview can show them.

A body is parsed once into literal and token parts (:func:`compile_body`), so filling in
one body for thousands of candidates (:func:`render_many`) costs a join per candidate.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import BindParameter, Row, Select, bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.messaging import links
from talkpush_desktop.storage.models import Campaign, Candidate, Company
from talkpush_desktop.storage.prepared import Prepared

TOKENS = (
    MessageToken("candidate_first_name", "First name", "The candidate's first name"),
    MessageToken("candidate_name", "Full name", "The candidate's first and last name"),
    MessageToken("company", "Company", "Your company's name"),
    MessageToken("campaign", "Campaign", "The title of the candidate's campaign"),
    MessageToken("access_code", "PIN code", "The PIN that starts the phone interview"),
    MessageToken("referee", "Referee", "Who referred the candidate (referral programs)"),
    MessageToken("messenger_interview_link", "Messenger interview link", "The link to the chatbot"),
    MessageToken("webdialout", "Web interview link", "The phone interview, in the browser"),
    MessageToken(
        "webdialout_skip_confirmation",
        "Web interview link (straight to questions)",
        "The web interview, skipping ahead to the first question",
    ),
)
TOKEN_NAMES = frozenset(t.name for t in TOKENS)

PATTERN = re.compile(r"""<%=\s*@(\w+)\s*(?:\|\|\s*(?:"([^"]*)"|'([^']*)')\s*)?%>""")
"""A token: group 1 is its name, group 2 or 3 its fallback (double or single quotes)."""
MARK = "<%="
"""Every token starts so: a cheap test before the regular expression."""
_LOOSE = re.compile(r"<%=.*?%>", re.DOTALL)
"""Anything written like a token; what :data:`PATTERN` does not match is malformed."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A body with its tokens filled in, the tokens that had no value, and unknown names."""

    text: str
    missing: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Every token was filled in (by a value or a fallback): safe to send."""
        return not self.missing and not self.unknown


@dataclass(frozen=True, slots=True)
class Slot:
    """A token in a compiled body: its name, fallback (``None`` if none) and source text."""

    name: str
    fallback: str | None
    written: str


@dataclass(frozen=True, slots=True)
class Template:
    """A body split once into literal text and token slots, to fill in many times."""

    parts: tuple[str | Slot, ...]

    def render(self, values: Mapping[str, str], *, escape_html: bool = False) -> Rendered:
        """The body filled in with ``values`` (HTML-escaped for an email if asked)."""
        out: list[str] = []
        missing: dict[str, None] = {}
        unknown: dict[str, None] = {}
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = values.get(part.name) or part.fallback
            if part.name not in TOKEN_NAMES and part.name not in values:
                unknown[part.name] = None
            elif value is None:
                missing[part.name] = None
            if value is None:
                out.append(part.written)
            else:
                out.append(html.escape(value) if escape_html else value)
        return Rendered("".join(out), tuple(missing), tuple(unknown))

    def literals(self) -> tuple[str, ...]:
        """The literal parts (where a malformed token would be)."""
        return tuple(p for p in self.parts if isinstance(p, str))


@lru_cache(maxsize=128)
def compile_body(body: str) -> Template:
    """Split ``body`` into literal text and token slots (remembered: a template is
    compiled once for all the candidates and batches it goes to)."""
    if MARK not in body:
        return Template((body,) if body else ())
    parts: list[str | Slot] = []
    start = 0
    for match in PATTERN.finditer(body):
        if match.start() > start:
            parts.append(body[start : match.start()])
        fallback = match.group(2) if match.group(2) is not None else match.group(3)
        parts.append(Slot(match.group(1), fallback, match.group(0)))
        start = match.end()
    if start < len(body):
        parts.append(body[start:])
    return Template(tuple(parts))


def render(body: str, values: Mapping[str, str], *, escape_html: bool = False) -> Rendered:
    """Replace every token of ``body`` by its value in ``values``, or by its fallback.

    With ``escape_html`` values and fallbacks are HTML-escaped (for an email body).
    """
    if MARK not in body:
        return Rendered(body)
    return compile_body(body).render(values, escape_html=escape_html)


def render_many(
    body: str,
    values_by_candidate: Mapping[int, Mapping[str, str]],
    *,
    escape_html: bool = False,
) -> dict[int, Rendered]:
    """``body`` rendered for each candidate, parsing it only once."""
    template = compile_body(body)
    return {
        cid: template.render(values, escape_html=escape_html)
        for cid, values in values_by_candidate.items()
    }


# -- problems, for a recruiter -----------------------------------------------------------


def problems(rendered: Rendered) -> tuple[str, ...]:
    """One recruiter-readable sentence per unknown or empty token of ``rendered`` (a link
    token with no value names the setting it needs)."""
    return tuple(_unknown_problem(n) for n in rendered.unknown) + tuple(
        _missing_problem(n) for n in rendered.missing
    )


def _missing_problem(name: str) -> str:
    if name in links.NEEDS:
        return f"@{name} has no value: {links.NEEDS[name]}"
    return f'@{name} is empty for this candidate (add a fallback: <%= @{name} || "..." %>)'


def unset_links(body: str, link_settings: links.Settings) -> tuple[str, ...]:
    """The problems of link tokens in ``body`` that can never get a value: their setting is
    missing and they have no fallback (so a template that could never be sent is refused)."""
    unconfigured = link_settings.unconfigured()
    return tuple(
        dict.fromkeys(
            _missing_problem(part.name)
            for part in compile_body(body).parts
            if isinstance(part, Slot) and part.name in unconfigured and part.fallback is None
        )
    )


def check(body: str, values: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The problems of ``body``: malformed and unknown tokens, and with a candidate's
    ``values``, tokens that are empty for them and have no fallback."""
    template = compile_body(body)
    rendered = template.render(values or {})
    if values is None:
        rendered = replace(rendered, missing=())
    return _malformed_problems(template) + problems(rendered)


def _unknown_problem(name: str) -> str:
    guess = difflib.get_close_matches(name, sorted(TOKEN_NAMES), n=1)
    hint = f" (did you mean @{guess[0]}?)" if guess else ""
    return f"@{name} is not a token{hint}"


def _malformed_problems(template: Template) -> tuple[str, ...]:
    found = dict.fromkeys(
        m.group(0) for text in template.literals() if MARK in text for m in _LOOSE.finditer(text)
    )
    return tuple(
        f'{w} is not a valid token (write <%= @name %> or <%= @name || "fallback" %>)'
        for w in found
    )


# -- values ------------------------------------------------------------------------------

_ValueRow = Row[int, str, str, str, str, str, str, str, int] | tuple[Any, ...]


def _values_query(
    company_id: int | BindParameter[int],
) -> Select[int, str, str, str, str, str, str, str, int]:
    """What the token values are made of, for the candidates of a company."""
    return (
        select(
            Candidate.id,
            Candidate.first_name,
            Candidate.last_name,
            Candidate.access_code,
            Candidate.referee_first_name,
            Candidate.referee_last_name,
            Campaign.title,
            Company.name,
            Candidate.campaign_id,
        )
        .join(Campaign, Campaign.id == Candidate.campaign_id)
        .join(Company, Company.id == Candidate.company_id)
        .where(Candidate.company_id == company_id)
    )


def _values(row: _ValueRow, company_id: int, link_settings: links.Settings) -> dict[str, str]:
    """The token values of one row of :func:`_values_query`."""
    cid, first, last, code, ref_first, ref_last, campaign, company, campaign_id = row
    return links.values(link_settings, company_id, cid, campaign_id) | {
        "candidate_first_name": first,
        "candidate_name": f"{first} {last}".strip(),
        "company": company,
        "campaign": campaign,
        "access_code": code,
        "referee": f"{ref_first} {ref_last}".strip(),
    }


_VALUES_OF_MANY = Prepared(
    _values_query(bindparam("company_id")).where(Candidate.id.in_(bindparam("ids", expanding=True)))
)
"""Prepared once: a batch of invitations runs it every time."""


def values_for(session: Session, company_id: int, candidate_id: int) -> dict[str, str]:
    """The token values of one candidate (a link only once its setting is made)."""
    query = _values_query(company_id).where(Candidate.id == candidate_id)
    row = session.execute(query).one_or_none()
    if row is None:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    return _values(row, company_id, links.settings(session, company_id))


def values_for_many(
    session: Session, company_id: int, candidate_ids: Iterable[int]
) -> dict[int, dict[str, str]]:
    """The token values of many candidates, one query per 500 ids, in the order given.

    Ids that are not candidates of the company are left out.
    """
    ids = list(dict.fromkeys(candidate_ids))
    found: dict[int, dict[str, str]] = {}
    if not ids:
        return found
    link_settings = links.settings(session, company_id)
    for part in chunks(ids):
        for row in _VALUES_OF_MANY.rows(session, {"company_id": company_id, "ids": part}):
            found[row[0]] = _values(row, company_id, link_settings)
    return {cid: found[cid] for cid in ids if cid in found}
