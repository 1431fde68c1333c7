"""Creating and updating company campaigns once their bodies are checked: the rules that
need the database (the site is the acting user's, the caller ID is verified, the schedule
is locked once calling started)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import caller_ids, phones, records, sites
from talkpush_desktop.engine.outbound.bodies.campaign_body import (
    SCHEDULE_KEYS,
    Draft,
    parse_create,
    parse_update,
    schedule_for_update,
)
from talkpush_desktop.engine.outbound.errors import invalid, not_allowed
from talkpush_desktop.engine.outbound.schedule import Schedule
from talkpush_desktop.engine.outbound.vocab import LOCAL_BASIS, iso_z
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CompanyCampaign

SITE_NOT_YOURS = '"companySiteId" must be a company site assigned to the API key user'
NOT_VERIFIED = '"phoneNumber" must be a VERIFIED caller ID of the company'


def _caller_id(s: Session, company_id: int, site_id: int | None, number: str) -> str:
    e164 = phones.normalize(number, sites.region_of(s, company_id, site_id))
    if e164 is None or not caller_ids.is_verified(s, company_id, e164):
        raise invalid({"phoneNumber": NOT_VERIFIED})
    return e164


def _apply_schedule(row: CompanyCampaign, built: Schedule) -> None:
    row.time_basis = built.basis
    row.call_start_time_utc = built.first_utc
    row.call_time_local = built.first_local if built.basis == LOCAL_BASIS else ""
    row.retries = built.retries_json()


def create(s: Session, company_id: int, user_id: int, body: object) -> CompanyCampaign:
    """A new campaign from a create body (the seed's ``POST /campaigns``)."""
    draft: Draft = parse_create(body)
    assert draft.site_id is not None and draft.phone_number is not None
    if not sites.is_users(s, company_id, draft.site_id, user_id):
        raise invalid({"companySiteId": SITE_NOT_YOURS})
    e164 = _caller_id(s, company_id, draft.site_id, draft.phone_number)
    now = utcnow()
    values: dict[str, Any] = {"questions": [], "job_details": {}, "retries": []}
    row = CompanyCampaign(
        company_id=company_id,
        created_by=user_id,
        company_site_id=draft.site_id,
        phone_number=e164,
        created_at=now,
        updated_at=now,
        **(values | draft.columns),
    )
    if draft.schedule is not None:
        _apply_schedule(row, draft.schedule)
    s.add(row)
    s.flush()
    return row


def edit(s: Session, company_id: int, campaign_id: object, body: object) -> CompanyCampaign:
    """Apply an update body (the seed's ``PATCH /campaigns/:id``); the call time and the
    retries cannot change once the first call attempt has started."""
    row = records.campaign_row(s, company_id, campaign_id)
    draft = parse_update(body, row.purpose_type, dict(row.job_details or {}))
    assert isinstance(body, Mapping)
    if row.calling_started and any(k in body for k in SCHEDULE_KEYS):
        started = iso_z(row.calling_started_at) or "earlier"
        raise not_allowed(
            "The call time and follow-up retries cannot change after the first outbound"
            f" call attempt has started (calling started {started})."
        )
    built = schedule_for_update(body, records.campaign_info(row))
    if draft.phone_number is not None:
        row.phone_number = _caller_id(s, company_id, row.company_site_id, draft.phone_number)
    for column, value in draft.columns.items():
        setattr(row, column, value)
    if built is not None:
        _apply_schedule(row, built)
    row.updated_at = utcnow()
    s.flush()
    return row


def mark_calling_started(s: Session, campaign_id: int, at: datetime | None = None) -> bool:
    """The dialer starts the campaign's first attempt: lock its schedule (True the first
    time; a later call changes nothing)."""
    done = s.execute(
        update(CompanyCampaign)
        .where(CompanyCampaign.id == campaign_id, CompanyCampaign.calling_started.is_(False))
        .values(calling_started=True, calling_started_at=at or utcnow())
    )
    return bool(getattr(done, "rowcount", 0))
