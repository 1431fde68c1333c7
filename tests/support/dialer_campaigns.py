"""Company campaigns and leads for the dialer's tests and benchmark, written as rows (the
dialer reads what the engine's campaign service stores)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign, DoNotCall

CALLER_ID = "+15005550006"


def iso_z(when: datetime) -> str:
    return when.isoformat(timespec="seconds") + "Z"


def make_campaign(
    ws: Workspace,
    start: datetime,
    retries: Sequence[datetime] = (),
    *,
    purpose: str = "INTEREST_CHECK",
    call_type: str = "IVR",
    questions: Sequence[Any] = (),
    window: tuple[str, str] = ("08:00", "21:00"),
    calls_per_second: float = 1000.0,
    timezone: str = "Asia/Manila",
    ai_call_script: str = "",
    title: str = "Warehouse interest check",
) -> int:
    with ws.transaction() as s:
        row = CompanyCampaign(
            company_id=ws.company_id,
            title=title,
            timezone=timezone,
            phone_number=CALLER_ID,
            purpose_type=purpose,
            call_type=call_type,
            ai_call_script=ai_call_script,
            opening_message="Hi, this is Acme recruiting about the forklift job in Pasig.",
            closing_message="Thank you. Goodbye.",
            questions=list(questions),
            status="RUNNING",
            job_details={},
            time_basis="UTC",
            call_start_time_utc=start,
            retries=[{"timeUtc": iso_z(r), "delayDays": 0, "timeLocal": ""} for r in retries],
            window_start=window[0],
            window_end=window[1],
            calls_per_second=calls_per_second,
            created_at=start,
            updated_at=start,
        )
        s.add(row)
        s.flush()
        return row.id


def add_leads(
    ws: Workspace,
    campaign_id: int,
    phones: Sequence[str],
    at: datetime,
    names: Sequence[str] = (),
) -> list[int]:
    """The leads at ``phones`` (first names ``names``, else "Lead0", "Lead1"...)."""
    rows = [
        {
            "company_id": ws.company_id,
            "campaign_id": campaign_id,
            "email": f"lead{i}@example.com",
            "email_key": f"lead{i}@example.com",
            "first_name": names[i] if i < len(names) else f"Lead{i}",
            "phone": phone,
            "search_key": f"lead{i}@example.com",
            "added_at": at,
            "updated_at": at,
        }
        for i, phone in enumerate(phones)
    ]
    with ws.transaction() as s:
        s.execute(insert(CampaignLead), rows)
    with ws.transaction() as s:
        found = s.query(CampaignLead.id).filter(CampaignLead.campaign_id == campaign_id)
        return [i for (i,) in found.order_by(CampaignLead.id)]


def block(ws: Workspace, phone: str, at: datetime) -> None:
    with ws.transaction() as s:
        s.add(DoNotCall(company_id=ws.company_id, phone=phone, source="manual", created_at=at))


def lead_state(ws: Workspace, lead_id: int) -> tuple[str, str]:
    with ws.transaction() as s:
        lead = s.get(CampaignLead, lead_id)
        assert lead is not None
        return lead.status, lead.flow_status


def assessment_reminders_due(
    ws: Workspace, start: datetime, phones: Sequence[str], at: datetime
) -> int:
    """An ``ASSESSMENT_REMINDER`` campaign calling at ``start`` whose leads (``phones``)
    have their reminders ("Hi {first_name}, reminder.") due since ``at``."""
    from talkpush_desktop.engine.outbound.dialer import assessment_sms

    campaign = make_campaign(ws, start, purpose="ASSESSMENT_REMINDER")
    add_leads(ws, campaign, phones, at)
    with ws.transaction() as s:
        row = s.get(CompanyCampaign, campaign)
        assert row is not None
        row.job_details = {"assessmentReminderSmsTemplate": "Hi {first_name}, reminder."}
        ids = s.scalars(select(CampaignLead.id).where(CampaignLead.campaign_id == campaign))
        assessment_sms.plan_reminders(s, row, list(ids), at)
    return campaign
