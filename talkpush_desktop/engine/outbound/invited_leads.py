"""Assessment campaigns and the recruitment side's assessment events.

- **Invited** (:func:`take_invited`): a candidate invited to assessment ``test_id``
  becomes a lead of every ``RUNNING`` ``ASSESSMENT_REMINDER`` campaign of the company whose
  ``jobDetails`` have ``autoAddInvitedCandidates: true`` and that ``assessmentTestId``,
  through the leads rules of :func:`leads.add_rows` (email the dedupe key; already on the
  campaign or on the do-not-call list: skipped). A candidate without an email (or with one
  the leads rules refuse) is skipped with the reason. A paused, completed or deleted
  campaign takes no one.
- **Submitted** (:func:`mark_submitted`): the leads with the candidates' emails on every
  live assessment campaign of the company with that ``assessmentTestId`` (whatever its
  status or ``autoAddInvitedCandidates``: the lead did submit) become ``Submitted``.

Both run inside the caller's transaction (the invitation's own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import leads
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_REMINDER, RUNNING
from talkpush_desktop.storage.models import CampaignLead, Candidate, CompanyCampaign

AUTO_ADD = "autoAddInvitedCandidates"
TEST_ID = "assessmentTestId"
NO_EMAIL = "the candidate has no email address"


@dataclass(frozen=True, slots=True)
class LeadTaken:
    """A candidate added as a lead of a campaign."""

    campaign_id: int
    candidate_id: int
    lead_id: int


@dataclass(frozen=True, slots=True)
class LeadSkipped:
    """A candidate a matching campaign did not take, and why."""

    campaign_id: int
    candidate_id: int
    reason: str


def _live_assessment_campaigns(company_id: int) -> list[ColumnElement[bool]]:
    return [
        CompanyCampaign.company_id == company_id,
        CompanyCampaign.purpose_type == ASSESSMENT_REMINDER,
        CompanyCampaign.deleted_at.is_(None),
    ]


def campaigns_for(
    s: Session, company_id: int, test_id: str, *, auto_add: bool
) -> list[CompanyCampaign]:
    """The company's live assessment campaigns for ``test_id``; ``auto_add``: only the
    running ones that take invited candidates."""
    where = _live_assessment_campaigns(company_id)
    if auto_add:
        where.append(CompanyCampaign.status == RUNNING)
    found = s.scalars(select(CompanyCampaign).where(*where).order_by(CompanyCampaign.id))
    return [
        c
        for c in found
        if str((c.job_details or {}).get(TEST_ID, "")) == test_id
        and (not auto_add or (c.job_details or {}).get(AUTO_ADD) is True)
    ]


def known_tests(s: Session, company_id: int) -> dict[str, str]:
    """The tests the company's live assessment campaigns name: test id -> assessment name
    (the first campaign's that gives one)."""
    found: dict[str, str] = {}
    for details in s.scalars(
        select(CompanyCampaign.job_details)
        .where(*_live_assessment_campaigns(company_id))
        .order_by(CompanyCampaign.id)
    ):
        test = str((details or {}).get(TEST_ID, "") or "")
        if test and not found.get(test):
            found[test] = str((details or {}).get("assessmentName", "") or "")
    return found


def _as_lead(c: Candidate) -> dict[str, str]:
    return {
        "email": c.email.strip(),
        "firstName": c.first_name,
        "lastName": c.last_name,
        "phoneNumber": c.phone,
    }


def _checked(c: Candidate, region: str) -> tuple[dict[str, Any] | None, str]:
    """The candidate as a lead row, or None and why the leads rules refuse it."""
    if not c.email.strip():
        return None, NO_EMAIL
    try:
        [row] = leads.check_body({"leads": [_as_lead(c)]}, region)
    except OutboundError as exc:
        return None, "; ".join(exc.details.values()) or exc.message
    return row, ""


def take_invited(
    s: Session, company_id: int, test_id: str, candidates: Sequence[Candidate]
) -> tuple[list[LeadTaken], list[LeadSkipped]]:
    """Add the invited ``candidates`` to the campaigns that take them."""
    taken: list[LeadTaken] = []
    skipped: list[LeadSkipped] = []
    for campaign in campaigns_for(s, company_id, test_id, auto_add=True):
        region = leads.region_of(s, campaign)
        rows: list[dict[str, Any]] = []
        who: list[int] = []
        keys: set[str] = set()
        for c in candidates:
            row, why = _checked(c, region)
            if row is not None and row["email"].lower() in keys:
                row, why = None, "already on the campaign"  # two candidates, one email
            if row is None:
                skipped.append(LeadSkipped(campaign.id, c.id, why))
            else:
                keys.add(row["email"].lower())
                rows.append(row)
                who.append(c.id)
        done = leads.add_rows(s, campaign, rows)
        found = s.execute(
            select(CampaignLead.email_key, CampaignLead.id).where(
                CampaignLead.campaign_id == campaign.id, CampaignLead.id.in_(done.lead_ids)
            )
        )
        ids = {key: lead_id for key, lead_id in found}
        for row, candidate_id in zip(rows, who, strict=True):
            lead_id = ids.get(row["email"].lower())
            if lead_id is not None:
                taken.append(LeadTaken(campaign.id, candidate_id, lead_id))
            else:
                reason = done.reasons.get(row["email"], "not added")
                skipped.append(LeadSkipped(campaign.id, candidate_id, reason))
    return taken, skipped


def mark_submitted(
    s: Session, company_id: int, test_id: str, candidates: Sequence[Candidate]
) -> list[LeadTaken]:
    """Mark ``Submitted`` the leads with the candidates' emails on the test's campaigns
    (with the rule of ``leads submitted``)."""
    by_key: dict[str, int] = {}
    for c in candidates:
        by_key.setdefault(c.email_key or c.email.strip().lower(), c.id)
    by_key.pop("", None)
    marked: list[LeadTaken] = []
    if not by_key:
        return marked
    for campaign in campaigns_for(s, company_id, test_id, auto_add=False):
        found = s.execute(
            select(CampaignLead.id, CampaignLead.email_key)
            .where(CampaignLead.campaign_id == campaign.id, CampaignLead.email_key.in_(by_key))
            .order_by(CampaignLead.id)
        ).all()
        if found:
            leads.set_assessment_submitted(s, company_id, campaign.id, [i for i, _ in found], True)
        marked += [LeadTaken(campaign.id, by_key[key], lead_id) for lead_id, key in found]
    return marked
