"""Reading the outbound tables into the engine's plain data (rows never leave the engine)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo, LeadInfo
from talkpush_desktop.engine.outbound.errors import not_found
from talkpush_desktop.engine.outbound.schedule import retries_from_json
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign


def campaign_info(c: CompanyCampaign) -> CompanyCampaignInfo:
    return CompanyCampaignInfo(
        id=c.id,
        title=c.title,
        status=c.status,
        purpose_type=c.purpose_type,
        timezone=c.timezone,
        company_site_id=c.company_site_id,
        phone_number=c.phone_number,
        call_type=c.call_type,
        ai_call_script=c.ai_call_script,
        opening_message=c.opening_message,
        closing_message=c.closing_message,
        questions=tuple(c.questions or ()),
        job_details=dict(c.job_details or {}),
        time_basis=c.time_basis,
        call_start_time_utc=c.call_start_time_utc,
        call_time_local=c.call_time_local,
        retries=retries_from_json(list(c.retries or [])),
        window_start=c.window_start,
        window_end=c.window_end,
        calls_per_second=c.calls_per_second,
        calling_started_at=c.calling_started_at if c.calling_started else None,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def lead_info(x: CampaignLead) -> LeadInfo:
    return LeadInfo(
        id=x.id,
        campaign_id=x.campaign_id,
        first_name=x.first_name,
        last_name=x.last_name,
        email=x.email,
        phone=x.phone,
        linkedin=x.linkedin,
        status=x.status,
        flow_status=x.flow_status,
        assessment_submitted=x.assessment_submitted,
        added_at=x.added_at,
        next_attempt_no=x.next_attempt_no,
    )


def campaign_row(s: Session, company_id: int, campaign_id: object) -> CompanyCampaign:
    """The company's live campaign ``campaign_id`` (an int or its digits), else NOT_FOUND
    (the same answer for an id of another company, a deleted one or a malformed one)."""
    key = as_id(campaign_id)
    row = None if key is None else s.get(CompanyCampaign, key)
    if row is None or row.company_id != company_id or row.deleted_at is not None:
        raise not_found()
    return row


def lead_row(s: Session, campaign: CompanyCampaign, lead_id: object) -> CampaignLead:
    key = as_id(lead_id)
    row = None if key is None else s.get(CampaignLead, key)
    if row is None or row.campaign_id != campaign.id:
        raise not_found("Lead")
    return row


def as_id(value: object) -> int | None:
    """An id sent as an int or its ASCII digits (None: not one)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value < 2**63 else None
    text = value.strip() if isinstance(value, str) else ""
    if text.isascii() and text.isdigit() and len(text) < 19:
        return int(text) or None
    return None
