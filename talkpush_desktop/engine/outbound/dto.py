"""Plain data the outbound engine hands to the window, the CLI and the Partner API (never ORM
objects). ``to_json`` gives the seed's response shapes (sanitized: no call SIDs,
transcripts, recordings or provider secrets); a campaign's are in
:mod:`engine.outbound.shapes` (``shapes.detail(info)``, ``shapes.summary(info)``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from talkpush_desktop.engine.outbound.vocab import NOT_SUBMITTED, SUBMITTED, iso_z


def _pagination(page: int, limit: int, total: int) -> dict[str, int]:
    return {"page": page, "limit": limit, "total": total, "totalPages": -(-total // limit)}


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """A company site and the users (emails) it is assigned to."""

    id: int
    name: str
    address: str
    city: str
    state: str
    country: str
    is_primary: bool
    user_emails: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """An entry of ``GET /company-sites``."""
        return {
            "companySiteId": self.id,
            "isPrimary": self.is_primary,
            "site": {
                "id": self.id,
                "name": self.name,
                "address": self.address,
                "city": self.city,
                "state": self.state,
                "country": self.country,
            },
        }


@dataclass(frozen=True, slots=True)
class CallerIdInfo:
    id: int
    phone_number: str
    status: str
    provider: str
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"phoneNumber": self.phone_number, "status": self.status}


@dataclass(frozen=True, slots=True)
class RetrySlot:
    """One follow-up execution: when (UTC), its delay in days after the first call, and its
    wall time in the campaign's zone (``YYYY-MM-DDTHH:MM``)."""

    time_utc: datetime
    delay_days: int
    time_local: str


@dataclass(frozen=True, slots=True)
class CompanyCampaignInfo:
    """A company campaign as stored (see ``storage.models.outbound.CompanyCampaign``)."""

    id: int
    title: str
    status: str
    purpose_type: str
    timezone: str
    company_site_id: int | None
    phone_number: str
    call_type: str
    ai_call_script: str
    opening_message: str
    closing_message: str
    questions: tuple[Any, ...]
    job_details: Mapping[str, Any]
    time_basis: str
    call_start_time_utc: datetime | None
    call_time_local: str
    retries: tuple[RetrySlot, ...]
    window_start: str
    window_end: str
    calls_per_second: float
    calling_started_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def calling_started(self) -> bool:
        return self.calling_started_at is not None

    def execution_times(self) -> list[datetime]:
        """The first call and each retry (naive UTC), in order."""
        first = [self.call_start_time_utc] if self.call_start_time_utc else []
        return first + [r.time_utc for r in self.retries]

    def next_execution(self, now: datetime) -> datetime | None:
        """The first execution (naive UTC) at or after ``now`` (naive UTC); None when
        every one has passed or there is no schedule."""
        return next((t for t in self.execution_times() if t >= now), None)


@dataclass(frozen=True, slots=True)
class CampaignPage:
    campaigns: tuple[CompanyCampaignInfo, ...]
    page: int
    limit: int
    total: int

    def pagination(self) -> dict[str, int]:
        """``{page, limit, total, totalPages}`` (the campaigns are shaped by
        :func:`engine.outbound.shapes.campaigns_page`)."""
        return _pagination(self.page, self.limit, self.total)


@dataclass(frozen=True, slots=True)
class LeadInfo:
    id: int
    campaign_id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    linkedin: str
    status: str
    flow_status: str
    assessment_submitted: bool
    added_at: datetime
    next_attempt_no: int

    def to_json(self) -> dict[str, Any]:
        """A row of ``GET /campaigns/:id/leads``."""
        return {
            "leadId": self.id,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "status": self.status,
            "flowStatus": self.flow_status,
            "assessmentSubmitted": SUBMITTED if self.assessment_submitted else NOT_SUBMITTED,
            "addedAt": iso_z(self.added_at),
        }


@dataclass(frozen=True, slots=True)
class LeadPage:
    leads: tuple[LeadInfo, ...]
    page: int
    limit: int
    total: int

    def to_json(self) -> dict[str, Any]:
        return {
            "leads": [lead.to_json() for lead in self.leads],
            "pagination": _pagination(self.page, self.limit, self.total),
        }


@dataclass(frozen=True, slots=True)
class AddLeadsResult:
    """What ``POST .../leads`` did: counts, the new lead ids and why rows were skipped."""

    added: int
    skipped: int
    lead_ids: tuple[int, ...] = ()
    reasons: Mapping[str, str] = field(default_factory=dict)
    """email -> why it was skipped (``duplicate``, ``do-not-call``, ``invalid phone``...)."""

    def to_json(self) -> dict[str, int]:
        return {"added": self.added, "skipped": self.skipped}


@dataclass(frozen=True, slots=True)
class AttemptInfo:
    """One call to a lead as the window shows it (never its call SID)."""

    attempt_no: int
    scheduled_at: datetime
    state: str
    outcome: str
    answered_by: str
    duration_seconds: int
    digits: str
    started_at: datetime | None
    ended_at: datetime | None
