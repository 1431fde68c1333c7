"""Message tokens: placeholders like ``<%= @candidate_name %>`` filled in per candidate.

The seed's token list, plus the candidate's first name and the campaign title. A token with
no value for a candidate (no referee, a link not configured yet) is left as written and
reported in :attr:`Rendered.missing`, so a sender can refuse it and a preview can show it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.storage.models import Campaign, Candidate, Company

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

PATTERN = re.compile(r"<%=\s*@(\w+)\s*%>")
MARK = "<%="
"""Every token starts so: a cheap test before the regular expression."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A body with its tokens filled in, and the tokens that had no value."""

    text: str
    missing: tuple[str, ...] = ()


def render(body: str, values: Mapping[str, str]) -> Rendered:
    """Replace every known token of ``body`` that has a value in ``values``."""
    missing: dict[str, None] = {}

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        if not value:
            missing[match.group(1)] = None
            return match.group(0)
        return value

    return Rendered(PATTERN.sub(fill, body), tuple(missing))


def values_for(session: Session, company_id: int, candidate_id: int) -> dict[str, str]:
    """The token values of one candidate (links stay empty until messaging configures them)."""
    row = session.execute(
        select(
            Candidate.first_name,
            Candidate.last_name,
            Candidate.access_code,
            Candidate.referee_first_name,
            Candidate.referee_last_name,
            Campaign.title,
            Company.name,
        )
        .join(Campaign, Campaign.id == Candidate.campaign_id)
        .join(Company, Company.id == Candidate.company_id)
        .where(Candidate.id == candidate_id, Candidate.company_id == company_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    first, last, code, ref_first, ref_last, campaign, company = row
    return {
        "candidate_first_name": first,
        "candidate_name": f"{first} {last}".strip(),
        "company": company,
        "campaign": campaign,
        "access_code": code,
        "referee": f"{ref_first} {ref_last}".strip(),
    }
