"""A lead's assessment texts as the window and the CLI show them (``ws.outbound.texts``):
each ``lead_sms`` row's kind, when it is due, its state, when it was sent, its body and the
reason it was skipped or failed. Never the provider's message id.

States as shown: ``queued`` (due, not yet sent; its body is what the campaign's template
says now, filled for the lead), ``sending`` (handed to the provider, the answer not yet
stored), ``sent``, ``skipped`` and ``failed`` (with the reason).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound.dialer import assessment_sms
from talkpush_desktop.engine.outbound.vocab import iso_z
from talkpush_desktop.storage.models import CampaignLead, Company, CompanyCampaign, LeadSms

QUEUED = "queued"
SHOWN_STATES = {assessment_sms.DUE: QUEUED}
"""Stored state -> shown state (the others are shown as stored)."""
KIND_ORDER = {assessment_sms.REMINDER: 0, assessment_sms.POST_CALL: 1}


@dataclass(frozen=True, slots=True)
class LeadTextInfo:
    """One text to a lead."""

    kind: str
    due_at: datetime
    state: str
    sent_at: datetime | None
    body: str
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "dueAt": iso_z(self.due_at),
            "state": self.state,
            "sentAt": iso_z(self.sent_at),
            "body": self.body,
            "reason": self.reason,
        }


def listed(s: Session, campaign: CompanyCampaign, lead: CampaignLead) -> list[LeadTextInfo]:
    """The lead's texts: the reminder, then the post-call text (those it has)."""
    rows = sorted(
        s.scalars(select(LeadSms).where(LeadSms.lead_id == lead.id)),
        key=lambda r: (KIND_ORDER.get(r.kind, 9), r.id),
    )
    company = ""
    if any(r.state == assessment_sms.DUE for r in rows):
        company = s.scalar(select(Company.name).where(Company.id == campaign.company_id)) or ""
    values = assessment_sms.values_of(lead, campaign, company)
    details = campaign.job_details or {}
    shown: list[LeadTextInfo] = []
    for r in rows:
        body = r.body
        if r.state == assessment_sms.DUE:  # not rendered yet: what it would say now
            template = str(details.get(assessment_sms.TEMPLATE_KEYS.get(r.kind, ""), "") or "")
            body = assessment_sms.render(template, values)
        reason = r.error if r.state in (assessment_sms.SKIPPED, assessment_sms.FAILED) else ""
        state = SHOWN_STATES.get(r.state, r.state)
        shown.append(LeadTextInfo(r.kind, r.due_at, state, r.sent_at, body, reason))
    return shown
