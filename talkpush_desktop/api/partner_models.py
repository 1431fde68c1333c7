"""The Partner API's shapes for ``/openapi.json`` (seed 004's examples).

Responses: the handlers answer the engine's shapes (:mod:`engine.outbound.shapes`, the
``to_json`` of :mod:`engine.outbound.dto`) as they are; these models only describe them.
Request bodies: the engine checks them (strict keys, Joi-style messages by path), so the
routes read the raw JSON and these models give the schema (:func:`body_schema`).
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PurposeType = Literal["SCHEDULE", "ONLINE_INTERVIEW", "INTEREST_CHECK", "ASSESSMENT_REMINDER"]
CampaignStatus = Literal["RUNNING", "PAUSED", "COMPLETED", "DRAFT"]
LeadBucket = Literal["Pending", "Interested", "NotInterested", "NoAnswer"]

# -- responses ----------------------------------------------------------------------------


class Site(BaseModel):
    id: int
    name: str
    address: str
    city: str
    state: str
    country: str = Field(description="ISO 3166 alpha-2, e.g. US")


class CompanySite(BaseModel):
    companySiteId: int
    isPrimary: bool
    site: Site


class CompanySites(BaseModel):
    """``GET /company-sites``: the sites of the key's user."""

    companySites: list[CompanySite]


class Pagination(BaseModel):
    page: int
    limit: int
    total: int
    totalPages: int


class CallTypeOnly(BaseModel):
    callType: Literal["IVR", "AICall"]


class CallSettings(CallTypeOnly):
    aiCallScript: str


class AssessmentSummary(BaseModel):
    assessmentTestId: str
    assessmentName: str
    jobTitle: str
    autoAddInvitedCandidates: bool
    assessmentFirstReminderDelayHours: float


class AssessmentDetail(AssessmentSummary):
    assessmentReminderSmsTemplate: str
    assessmentPostCallSmsTemplate: str


class JobBlock(BaseModel):
    """The job copy of a SCHEDULE, ONLINE_INTERVIEW or INTEREST_CHECK campaign."""

    jobTitle: str
    jobDescription: str
    jobLocation: str
    meetingUrl: str
    interviewSlots: list[str]


class CallSchedule(BaseModel):
    timeBasis: Literal["UTC", "LOCAL"]
    startTimeLocal: str | None = Field(description="the first call's wall time (LOCAL basis)")
    startTimeUtc: str | None


class RetryTime(BaseModel):
    time: str | None
    delayDays: int


class Schedule(BaseModel):
    callTimeDisplay: str = Field(description="the first call in the campaign's time zone")
    callSchedule: CallSchedule | None
    followUpRetries: list[RetryTime]


class Messages(BaseModel):
    openingMessage: str
    closingMessage: str


class CallingWindow(BaseModel):
    start: str = Field(description="HH:MM in the lead's local time")
    end: str


class Dialing(BaseModel):
    """Beyond the seed: the dialer's calling window, pace, and whether calling started
    (then the schedule can no longer change)."""

    callingWindow: CallingWindow
    callsPerSecond: float
    callingStarted: bool


class _CampaignCore(BaseModel):
    id: int
    title: str
    status: str
    purposeType: PurposeType
    timezone: str
    companySiteId: int | None
    createdAt: str
    updatedAt: str


class CampaignSummary(_CampaignCore):
    """An item of ``GET /campaigns``."""

    accessLevel: Literal["COMPANY"]
    callSettings: CallTypeOnly
    assessment: AssessmentSummary | None = Field(
        None, description="ASSESSMENT_REMINDER campaigns only"
    )


class CampaignDetail(_CampaignCore):
    """A campaign's sanitized detail (no call SIDs, recordings, transcripts or secrets)."""

    callSettings: CallSettings
    schedule: Schedule
    messages: Messages
    assessment: AssessmentDetail | None = Field(
        None, description="ASSESSMENT_REMINDER campaigns only"
    )
    job: JobBlock | None = Field(None, description="the other purposes")
    dialing: Dialing


class CampaignList(BaseModel):
    campaigns: list[CampaignSummary]
    pagination: Pagination


class CampaignEnvelope(BaseModel):
    campaign: CampaignDetail


class CampaignUpdated(BaseModel):
    status: Literal["success"]
    flowId: int
    campaign: CampaignDetail


class Lead(BaseModel):
    leadId: int
    firstName: str
    lastName: str
    email: str
    phone: str
    status: LeadBucket
    flowStatus: str
    assessmentSubmitted: Literal["Submitted", "Not submitted"]
    addedAt: str


class LeadList(BaseModel):
    leads: list[Lead]
    pagination: Pagination


class LeadsAdded(BaseModel):
    added: int
    skipped: int = Field(description="already on the campaign, twice in the body, or do-not-call")


class LeadRemoved(BaseModel):
    status: Literal["success"]
    leadId: int


# -- request bodies (documentation; the engine validates) --------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RetryIn(_Strict):
    time: str = Field(description="a time of day (14:00, 2:00 PM) or a whole date and time")
    delayDays: int = Field(0, ge=0)


class QuestionIn(_Strict):
    text: str = Field(min_length=1, max_length=1000)
    type: Literal["keypad", "speech"] = "keypad"
    maxDigits: int = Field(1, ge=1, le=10)


class CallingWindowIn(_Strict):
    start: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    end: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


_SMS = Field(None, max_length=300)
_HOURS = Field(None, ge=0, le=168)


class JobDetailsIn(_Strict):
    """ASSESSMENT_REMINDER: ``assessmentTestId`` and ``jobTitle`` required, the assessment
    keys. Other purposes: ``jobTitle`` required, ``jobDescription``, ``jobLocation``,
    ``interviewSlots`` (required for SCHEDULE), ``meetingUrl`` (required for
    ONLINE_INTERVIEW)."""

    assessmentTestId: str | int | None = None
    jobTitle: str | None = Field(None, max_length=200)
    assessmentName: str | None = Field(None, max_length=200)
    assessmentReminderSmsTemplate: str | None = _SMS
    assessmentPostCallSmsTemplate: str | None = _SMS
    autoAddInvitedCandidates: bool | None = None
    assessmentFirstReminderDelayHours: float | None = _HOURS
    jobDescription: str | None = Field(None, max_length=5000)
    jobLocation: str | None = Field(None, max_length=200)
    meetingUrl: str | None = Field(None, max_length=2000)
    interviewSlots: list[str] | None = Field(None, min_length=1, max_length=8)


class _CampaignFields(_Strict):
    phoneNumber: str | None = Field(None, description="a VERIFIED caller ID of the company")
    jobDetails: JobDetailsIn | None = None
    callTime: str | None = Field(None, description="the first call's wall time (LOCAL basis)")
    followUpRetries: list[RetryIn] | None = Field(None, max_length=10)
    callStartTimeUtc: str | None = Field(None, description="ISO 8601 instant (UTC basis)")
    retryScheduleUtc: list[str | RetryIn] | None = Field(None, max_length=10)
    callType: str | None = Field(None, description="IVR or AICall (any case)")
    aiCallScript: str | None = Field(None, max_length=20000)
    questions: list[str | QuestionIn] | None = Field(None, max_length=20)
    assessmentTestId: str | int | None = None
    assessmentReminderSmsTemplate: str | None = _SMS
    assessmentPostCallSmsTemplate: str | None = _SMS
    autoAddInvitedCandidates: bool | None = None
    assessmentFirstReminderDelayHours: float | None = _HOURS
    callingWindow: CallingWindowIn | None = None
    callsPerSecond: float | None = Field(None, gt=0, le=100)


class CreateCampaignBody(_CampaignFields):
    """``POST /campaigns``: strict keys (another property is 400 INVALID_REQUEST)."""

    title: str = Field(min_length=1, max_length=500)
    timezone: str = Field(description="IANA, e.g. America/Chicago")
    companySiteId: int | str = Field(description="from GET /company-sites")
    phoneNumber: str = Field(max_length=32, description="a VERIFIED caller ID of the company")
    openingMessage: str = Field(min_length=1, max_length=5000)
    closingMessage: str = Field(min_length=1, max_length=5000)
    purposeType: PurposeType
    status: CampaignStatus | None = None


class HeaderIn(_Strict):
    title: str = Field(min_length=1, max_length=500)


class UpdateCampaignBody(_CampaignFields):
    """``PATCH /campaigns/{campaignId}``: only what changes; aliases ``campaignName`` and
    ``header.title`` (title), ``jobName`` (jobTitle), ``startMessage`` and ``endMessage``."""

    title: str | None = Field(None, max_length=500)
    campaignName: str | None = Field(None, max_length=500)
    header: HeaderIn | None = None
    jobName: str | None = Field(None, max_length=200)
    jobTitle: str | None = Field(None, max_length=200)
    assessmentName: str | None = Field(None, max_length=200)
    openingMessage: str | None = Field(None, max_length=5000)
    closingMessage: str | None = Field(None, max_length=5000)
    startMessage: str | None = Field(None, max_length=5000)
    endMessage: str | None = Field(None, max_length=5000)


class LeadIn(_Strict):
    email: str = Field(json_schema_extra={"format": "email"}, max_length=254)
    firstName: str | None = Field(None, max_length=200)
    lastName: str | None = Field(None, max_length=200)
    phoneNumber: str | None = Field(None, max_length=32, description="E.164 or local")
    linkedin: str | None = Field(None, max_length=500)


class AddLeadsBody(_Strict):
    leads: list[LeadIn] = Field(min_length=1)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(copy.deepcopy(defs[ref.removeprefix("#/$defs/")]), defs)
        return {key: _inline(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


def body_schema(model: type[BaseModel], description: str) -> dict[str, Any]:
    """``openapi_extra`` documenting a JSON request body as ``model`` (inlined)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {"application/json": {"schema": _inline(schema, defs)}},
        }
    }
