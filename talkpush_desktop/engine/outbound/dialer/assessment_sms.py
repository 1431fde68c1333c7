"""The texts of ``ASSESSMENT_REMINDER`` campaigns: the reminder and the post-call SMS.

Each is a ``lead_sms`` row, unique per (lead, kind) (:class:`~storage.models.LeadSms`):

- the **reminder** row is written when the lead is added (:func:`plan_reminders`), due
  ``assessmentFirstReminderDelayHours`` later (24 when the campaign gives none);
- the **post-call** row is written by the dialer's pass for a lead whose call was
  answered (:func:`plan_post_call`), due at once.

Each pass of the dialer (:meth:`.runner.Dialer.run_once`) then sends the due rows through
the company's SMS provider (:func:`send_due`). Leads are no candidates, so the outbox
(whose rows belong to a candidate) cannot carry them; the row itself is the outbox entry:

1. **claim** in one write transaction: a due row of a running campaign is rendered and
   judged right then: a lead on the do-not-call list (by phone or email: it opted out),
   with no phone, a template left empty, a reminder to a lead who already submitted the
   assessment, or a deleted campaign: ``skipped`` with the reason. On the sandbox the text
   is delivered to the simulated phone in that same transaction (never in doubt);
   elsewhere the row becomes ``sending`` with its intent time and a lease, committed
   *before* the request;
2. **send**: a row claimed again after its lease ran out (the worker died mid-request) is
   in doubt: the provider is asked whether it has the text (:meth:`Provider.find_sent`)
   before it is sent again; a retryable error puts the row back to ``due`` a little later,
   a permanent one fails it, an ambiguous one leaves it ``sending`` (in doubt next time).

So a lead gets each text at most once, whatever kills the worker.

Template tokens (unknown ones are left as written): ``{first_name}``, ``{last_name}``,
``{job_title}``, ``{assessment_name}``, ``{company}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import dnc
from talkpush_desktop.engine.outbound.shapes import DEFAULT_DELAY_HOURS
from talkpush_desktop.engine.outbound.vocab import ANSWERED, ASSESSMENT_REMINDER, RUNNING
from talkpush_desktop.engine.providers.base import (
    Outgoing,
    PermanentError,
    Provider,
    ProviderError,
    RetryableError,
    Sent,
)
from talkpush_desktop.engine.providers.sandbox import TO_CANDIDATE, provider_id
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.models import (
    CallAttempt,
    CampaignLead,
    Channel,
    Company,
    CompanyCampaign,
    LeadSms,
    SandboxMessage,
    table_of,
)

REMINDER = "reminder"
POST_CALL = "post_call"
TEMPLATE_KEYS = {
    REMINDER: "assessmentReminderSmsTemplate",
    POST_CALL: "assessmentPostCallSmsTemplate",
}
DELAY_KEY = "assessmentFirstReminderDelayHours"
TOKENS = ("first_name", "last_name", "job_title", "assessment_name", "company")
DUE, SENDING, SENT, SKIPPED, FAILED = "due", "sending", "sent", "skipped", "failed"
LEASE = timedelta(minutes=2)
RETRY_DELAY = timedelta(seconds=60)
SANDBOX = "sandbox"
SMS = Channel.SMS.value
BATCH = 500
UNKNOWN = "delivery unknown: the SMS provider changed while the text was being sent"


@dataclass
class SmsReport:
    """What a pass did with the texts."""

    planned: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    retrying: int = 0


@dataclass(frozen=True, slots=True)
class Claimed:
    """A text this worker now owns (not on the sandbox)."""

    row_id: int
    outgoing: Outgoing
    in_doubt: bool


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each known ``{token}`` replaced by its value."""
    text = template
    for token in TOKENS:
        text = text.replace("{" + token + "}", values.get(token, ""))
    return text.strip()


def values_of(lead: CampaignLead, campaign: CompanyCampaign, company_name: str) -> dict[str, str]:
    details = campaign.job_details or {}
    return {
        "first_name": lead.first_name or "",
        "last_name": lead.last_name or "",
        "job_title": str(details.get("jobTitle", "") or ""),
        "assessment_name": str(details.get("assessmentName", "") or ""),
        "company": company_name,
    }


def reminder_delay(campaign: CompanyCampaign) -> timedelta:
    """``assessmentFirstReminderDelayHours`` (24 when the campaign gives none)."""
    hours = (campaign.job_details or {}).get(DELAY_KEY)
    return timedelta(hours=float(DEFAULT_DELAY_HOURS if hours is None else hours))


def _row(
    lead_id: int, campaign_id: int, company_id: int, kind: str, *, due: datetime, now: datetime
) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "campaign_id": campaign_id,
        "lead_id": lead_id,
        "kind": kind,
        "due_at": due,
        "state": DUE,
        "created_at": now,
        "updated_at": now,
    }


def plan_reminders(
    s: Session, campaign: CompanyCampaign, lead_ids: Sequence[int], now: datetime
) -> int:
    """The reminder rows of leads just added to ``campaign`` (none for another purpose)."""
    if campaign.purpose_type != ASSESSMENT_REMINDER or not lead_ids:
        return 0
    due = now + reminder_delay(campaign)
    rows = [_row(i, campaign.id, campaign.company_id, REMINDER, due=due, now=now) for i in lead_ids]
    bulk.insert_ignoring(s, table_of(LeadSms), rows)
    return len(rows)


def plan_post_call(s: Session, company_id: int, now: datetime) -> int:
    """Post-call rows for the leads of the company's assessment campaigns whose call was
    answered and who have none yet (a row another worker wrote meanwhile is passed over)."""
    has_one = exists().where(LeadSms.lead_id == CallAttempt.lead_id, LeadSms.kind == POST_CALL)
    found = s.execute(
        select(CallAttempt.lead_id, CallAttempt.campaign_id, CallAttempt.ended_at)
        .join(CompanyCampaign, CompanyCampaign.id == CallAttempt.campaign_id)
        .where(
            CallAttempt.company_id == company_id,
            CallAttempt.outcome == ANSWERED,
            CompanyCampaign.purpose_type == ASSESSMENT_REMINDER,
            ~has_one,
        )
        .order_by(CallAttempt.id)
        .limit(BATCH)
    ).all()
    rows = {
        lead_id: _row(lead_id, campaign_id, company_id, POST_CALL, due=ended_at or now, now=now)
        for lead_id, campaign_id, ended_at in reversed(found)
    }
    bulk.insert_ignoring(s, table_of(LeadSms), list(rows.values()))
    return len(rows)


def _why_not(
    s: Session, row: LeadSms, lead: CampaignLead, campaign: CompanyCampaign, body: str
) -> str:
    """Why the text is not sent ("" when it goes)."""
    if campaign.deleted_at is not None:
        return "the campaign was deleted"
    if not body:
        return "the campaign has no template for this text"
    if not lead.phone:
        return "the lead has no phone number"
    if dnc.blocked(s, row.company_id, lead.phone, lead.email_key):
        return "on the do-not-call list"
    if row.kind == REMINDER and lead.assessment_submitted:
        return "the lead already submitted the assessment"
    return ""


def _due(s: Session, company_id: int, now: datetime) -> list[tuple[LeadSms, Any, Any]]:
    """Due rows (and ``sending`` ones whose lease ran out) of running campaigns."""
    rows = s.execute(
        select(LeadSms, CampaignLead, CompanyCampaign)
        .join(CampaignLead, CampaignLead.id == LeadSms.lead_id)
        .join(CompanyCampaign, CompanyCampaign.id == LeadSms.campaign_id)
        .where(
            LeadSms.company_id == company_id,
            or_(
                (LeadSms.state == DUE) & (LeadSms.due_at <= now),
                (LeadSms.state == SENDING) & (LeadSms.lease_until <= now),
            ),
            or_(CompanyCampaign.status == RUNNING, CompanyCampaign.deleted_at.is_not(None)),
        )
        .order_by(LeadSms.due_at, LeadSms.id)
        .limit(BATCH)
        .with_for_update(of=LeadSms, skip_locked=True)  # PostgreSQL: one worker per row
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def claim(
    s: Session, company_id: int, now: datetime, *, provider: str, report: SmsReport
) -> list[Claimed]:
    """Judge the due texts: skip, deliver on the sandbox, or claim them for ``provider``."""
    company_name = s.scalar(select(Company.name).where(Company.id == company_id)) or ""
    claimed: list[Claimed] = []
    for row, lead, campaign in _due(s, company_id, now):
        in_doubt = row.state == SENDING
        if not in_doubt:
            template = str((campaign.job_details or {}).get(TEMPLATE_KEYS[row.kind], "") or "")
            row.body = render(template, values_of(lead, campaign, company_name))
            row.recipient = lead.phone
            reason = _why_not(s, row, lead, campaign, row.body)
            if reason:
                row.state, row.error, row.updated_at = SKIPPED, reason, now
                report.skipped += 1
                continue
            row.intent_at, row.provider = now, provider
        elif row.provider != provider:  # claimed through another provider: cannot ask it
            row.state, row.lease_until, row.updated_at = FAILED, None, now
            row.error = UNKNOWN
            report.failed += 1
            continue
        row.updated_at = now
        if provider == SANDBOX and not in_doubt:
            delivered = SandboxMessage(
                channel=SMS,
                address=row.recipient,
                direction=TO_CANDIDATE,
                body=row.body,
                created_at=now,
                company_id=row.company_id,  # no outbox message names it: the row does
            )
            s.add(delivered)
            s.flush()
            _sent(row, Sent(provider_id(delivered.id), delivered=True), now)
            report.sent += 1
            continue
        row.state, row.lease_until = SENDING, now + LEASE
        outgoing = Outgoing(0, SMS, row.recipient, row.body, intent_at=row.intent_at)
        claimed.append(Claimed(row.id, outgoing, in_doubt))
    s.flush()
    return claimed


def _sent(row: LeadSms, sent: Sent, now: datetime) -> None:
    row.state, row.provider_id, row.sent_at = SENT, sent.provider_id, now
    row.lease_until, row.error, row.updated_at = None, "", now


def send(provider: Provider, claimed: Claimed) -> Sent | ProviderError:
    """Hand one claimed text to the provider (asking first when in doubt)."""
    try:
        if claimed.in_doubt:
            found = provider.find_sent(claimed.outgoing)
            if found is not None:
                return found
        return provider.send(claimed.outgoing)
    except ProviderError as exc:
        return exc


def record(
    s: Session,
    results: Iterable[tuple[Claimed, Sent | ProviderError]],
    now: datetime,
    report: SmsReport,
) -> None:
    """Store what the provider said of each claimed text."""
    for claimed, result in results:
        row = s.get(LeadSms, claimed.row_id)
        if row is None or row.state != SENDING:
            continue
        row.updated_at = now
        if isinstance(result, Sent):
            _sent(row, result, now)
            report.sent += 1
        elif isinstance(result, PermanentError):
            row.state, row.error, row.lease_until = FAILED, result.reason[:1000], None
            report.failed += 1
        elif isinstance(result, RetryableError):
            row.state, row.error, row.lease_until = DUE, result.reason[:1000], None
            delay = result.retry_after or RETRY_DELAY.total_seconds()
            row.due_at = now + timedelta(seconds=delay)
            report.retrying += 1
        else:  # ambiguous: in doubt once the lease runs out
            row.error = result.reason[:1000]
            row.lease_until = now + LEASE
            report.retrying += 1


def send_due(
    transaction: Callable[[], Any],
    company_id: int,
    now: datetime,
    *,
    provider_kind: str,
    provider_for: Callable[[], Provider],
) -> SmsReport:
    """One pass over the texts: plan the post-call ones, claim the due, send, record.
    ``transaction`` opens a write transaction (``ctx.transaction``)."""
    report = SmsReport()
    with transaction() as s:
        report.planned = plan_post_call(s, company_id, now)
        claimed = claim(s, company_id, now, provider=provider_kind, report=report)
    if not claimed:
        return report
    provider = provider_for()
    try:
        results = [(c, send(provider, c)) for c in claimed]
    finally:
        provider.close()
    with transaction() as s:
        record(s, results, now, report)
    return report
