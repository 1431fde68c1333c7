"""What a dial outcome means for a lead: its status bucket and flow status (the dialer
calls :func:`after_attempt` when an attempt ends).

- answered, keypad ``1`` → ``Interested``; ``2`` → ``NotInterested``; ``9`` →
  ``NotInterested`` and opted out (the dialer adds the do-not-call entry);
- answered without a choice → the flow is ``Completed``, the status stays ``Pending`` (the
  seed: a row can complete while its last dial outcome was pending);
- not reached (no-answer, busy, failed, a machine, canceled): ``Pending`` while a retry is
  left (flow ``InProgress``), else ``NoAnswer`` and ``Completed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import dnc
from talkpush_desktop.engine.outbound.errors import not_found
from talkpush_desktop.engine.outbound.vocab import (
    ANSWERED,
    FLOW_COMPLETED,
    FLOW_IN_PROGRESS,
    INTERESTED,
    NO_ANSWER,
    NOT_ANSWERED_OUTCOMES,
    NOT_INTERESTED,
    PENDING,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign

OPT_OUT_DIGIT = "9"
CHOICES = {"1": INTERESTED, "2": NOT_INTERESTED, OPT_OUT_DIGIT: NOT_INTERESTED}


@dataclass(frozen=True, slots=True)
class LeadOutcome:
    status: str
    flow_status: str
    opted_out: bool = False
    call_again: bool = False
    """Whether the next attempt (a retry) is still to be made."""


def after_attempt(outcome: str, digits: str, *, retries_left: int) -> LeadOutcome:
    """The lead's state after an attempt ended with ``outcome`` (a Twilio-like word:
    ``answered``, ``no-answer``, ``busy``, ``failed``, ``machine``, ``canceled``) and the
    keys pressed; ``retries_left``: follow-up calls still scheduled after this one."""
    if outcome == ANSWERED:
        choice = next((CHOICES[d] for d in digits if d in CHOICES), None)
        return LeadOutcome(choice or PENDING, FLOW_COMPLETED, opted_out=OPT_OUT_DIGIT in digits[:1])
    if outcome not in NOT_ANSWERED_OUTCOMES:
        raise ValueError(f"unknown dial outcome {outcome!r}")
    if retries_left > 0:
        return LeadOutcome(PENDING, FLOW_IN_PROGRESS, call_again=True)
    return LeadOutcome(NO_ANSWER, FLOW_COMPLETED)


def apply(
    s: Session, company_id: int, lead_id: int, *, attempt_no: int, outcome: str, digits: str = ""
) -> LeadOutcome:
    """Set the lead's status after its attempt ``attempt_no`` ended (the dialer's call):
    the next attempt to make, and a keypad opt-out onto the do-not-call list."""
    lead = s.get(CampaignLead, lead_id)
    if lead is None or lead.company_id != company_id:
        raise not_found("Lead")
    campaign = s.get(CompanyCampaign, lead.campaign_id)
    assert campaign is not None
    executions = 1 + len(campaign.retries or [])
    result = after_attempt(outcome, digits, retries_left=executions - attempt_no)
    lead.status, lead.flow_status = result.status, result.flow_status
    lead.next_attempt_no = attempt_no + 1 if result.call_again else executions + 1
    lead.updated_at = utcnow()
    if result.opted_out:
        dnc.add(
            s,
            company_id,
            phone=lead.phone,
            email=lead.email,
            source="keypad",
            campaign_id=campaign.id,
        )
    s.flush()
    return result
