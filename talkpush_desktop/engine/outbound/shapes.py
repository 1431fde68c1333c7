"""A company campaign as the Partner API shows it (the seed's response shapes).

Sanitized: only the mapped fields below; never call SIDs, transcripts, recordings or
provider secrets. Purpose blocks: ``assessment`` for ``ASSESSMENT_REMINDER`` (the seed's
keys), ``job`` for the other purposes (see docs/company-campaigns.md); ``dialing`` holds
the calling window and pace (our addition).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from talkpush_desktop.engine.outbound import schedule
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_REMINDER, iso_z

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dto import CampaignPage, CompanyCampaignInfo

ACCESS_LEVEL = "COMPANY"
DEFAULT_DELAY_HOURS = 24
SUMMARY_ASSESSMENT_KEYS = (
    "assessmentTestId",
    "assessmentName",
    "jobTitle",
    "autoAddInvitedCandidates",
    "assessmentFirstReminderDelayHours",
)
DETAIL_ASSESSMENT_KEYS = (
    "assessmentTestId",
    "assessmentName",
    "jobTitle",
    "autoAddInvitedCandidates",
    "assessmentReminderSmsTemplate",
    "assessmentPostCallSmsTemplate",
    "assessmentFirstReminderDelayHours",
)
JOB_KEYS = ("jobTitle", "jobDescription", "jobLocation", "meetingUrl", "interviewSlots")
_DEFAULTS: dict[str, Any] = {
    "assessmentTestId": "",
    "assessmentName": "",
    "jobTitle": "",
    "autoAddInvitedCandidates": False,
    "assessmentReminderSmsTemplate": "",
    "assessmentPostCallSmsTemplate": "",
    "assessmentFirstReminderDelayHours": DEFAULT_DELAY_HOURS,
    "jobDescription": "",
    "jobLocation": "",
    "meetingUrl": "",
    "interviewSlots": [],
}


def _block(details: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: details.get(key, _DEFAULTS[key]) for key in keys}


def _purpose_block(c: CompanyCampaignInfo, *, detail: bool) -> dict[str, Any]:
    if c.purpose_type == ASSESSMENT_REMINDER:
        keys = DETAIL_ASSESSMENT_KEYS if detail else SUMMARY_ASSESSMENT_KEYS
        return {"assessment": _block(c.job_details, keys)}
    if detail:
        return {"job": _block(c.job_details, JOB_KEYS)}
    return {}


def _core(c: CompanyCampaignInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "status": c.status,
        "purposeType": c.purpose_type,
        "timezone": c.timezone,
        "companySiteId": c.company_site_id,
    }


def _times(c: CompanyCampaignInfo) -> dict[str, Any]:
    return {"createdAt": iso_z(c.created_at), "updatedAt": iso_z(c.updated_at)}


def summary(c: CompanyCampaignInfo) -> dict[str, Any]:
    """An item of ``GET /campaigns``."""
    return {
        **_core(c),
        "accessLevel": ACCESS_LEVEL,
        **_times(c),
        "callSettings": {"callType": c.call_type},
        **_purpose_block(c, detail=False),
    }


def schedule_json(c: CompanyCampaignInfo) -> dict[str, Any]:
    """The ``schedule`` block: display time, basis and start, follow-up retries."""
    call_schedule = None
    if c.call_start_time_utc is not None:
        call_schedule = {
            "timeBasis": c.time_basis,
            "startTimeLocal": c.call_time_local or None,
            "startTimeUtc": iso_z(c.call_start_time_utc),
        }
    return {
        "callTimeDisplay": schedule.display(c.call_start_time_utc, c.timezone),
        "callSchedule": call_schedule,
        "followUpRetries": [
            {"time": iso_z(r.time_utc), "delayDays": r.delay_days} for r in c.retries
        ],
    }


def detail(c: CompanyCampaignInfo) -> dict[str, Any]:
    """The ``campaign`` object of get, create and update."""
    return {
        **_core(c),
        **_times(c),
        "callSettings": {"callType": c.call_type, "aiCallScript": c.ai_call_script},
        "schedule": schedule_json(c),
        "messages": {
            "openingMessage": c.opening_message,
            "closingMessage": c.closing_message,
        },
        **_purpose_block(c, detail=True),
        "dialing": {
            "callingWindow": {"start": c.window_start, "end": c.window_end},
            "callsPerSecond": c.calls_per_second,
            "callingStarted": c.calling_started,
        },
    }


def campaigns_page(page: CampaignPage) -> dict[str, Any]:
    """The body of ``GET /campaigns``."""
    return {
        "campaigns": [summary(c) for c in page.campaigns],
        "pagination": page.pagination(),
    }
