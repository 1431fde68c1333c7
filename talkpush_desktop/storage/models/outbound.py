"""Company outbound calling (seed 004): sites, caller IDs, company campaigns, their leads,
each call attempt and the company-wide do-not-call list.

A *company campaign* (the seed's ``accessLevel: COMPANY`` flow) is its own kind, separate
from the recruitment :class:`~storage.models.campaigns.Campaign`. Every row carries its
``company_id``; the engine reads and writes only the acting company's rows. Times are naive
UTC. The dialer (``call_attempts`` and ``do_not_call``) is written by the sync worker; the
Partner API, the CLI and the window never see its provider columns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


class CompanySite(Base):
    """A site (office, hub) of the company; a campaign runs for one. ``country`` (ISO
    3166 alpha-2, may be empty) is also the region local lead phone numbers are read in."""

    __tablename__ = "company_sites"
    __table_args__ = (Index("ix_company_sites_company", "company_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SiteUser(Base):
    """A site assigned to a user: the sites a user (and that user's partner API key) may
    create campaigns for."""

    __tablename__ = "site_users"
    __table_args__ = (Index("ix_site_users_user", "user_id", "site_id"),)

    site_id: Mapped[int] = mapped_column(
        ForeignKey("company_sites.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CallerId(Base):
    """An outbound caller ID of the company: ``phone_number`` in E.164, ``status``
    ``VERIFIED`` (the provider may call from it) or ``PENDING``. ``provider`` is
    ``sandbox`` or ``twilio``; ``provider_ref`` the provider's id of the number (``PN...`` /
    ``CA...`` of an outgoing caller ID), never shown by the API."""

    __tablename__ = "caller_ids"
    __table_args__ = (UniqueConstraint("company_id", "phone_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    phone_number: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    provider: Mapped[str] = mapped_column(String(16), default="sandbox")
    provider_ref: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)


class CompanyCampaign(Base):
    """A company (global) outbound calling campaign.

    Schedule: ``time_basis`` is ``UTC`` (given as ``callStartTimeUtc``/``retryScheduleUtc``)
    or ``LOCAL`` (``callTime``/``followUpRetries`` in ``timezone``). Either way
    ``call_start_time_utc`` is the first execution instant (UTC) and ``retries`` the
    follow-up executions: ``[{"timeUtc": ISO-Z, "delayDays": n, "timeLocal": "YYYY-MM-DDTHH:MM"}]``
    in order; ``call_time_local`` is the local wall time of the first call
    (``YYYY-MM-DDTHH:MM``, LOCAL basis only). ``window_start``/``window_end`` (``HH:MM``) is
    the calling window in each lead's local time; ``calls_per_second`` the dialer's pace.
    ``calling_started_at`` is set when the dialer starts its first attempt: from then on
    the schedule is locked. ``questions`` is the IVR question list, ``job_details`` the
    purpose's block (see docs/company-campaigns.md).
    """

    __tablename__ = "company_campaigns"
    __table_args__ = (
        Index("ix_company_campaigns_company", "company_id", "id"),
        Index("ix_company_campaigns_due", "status", "call_start_time_utc"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(500))
    timezone: Mapped[str] = mapped_column(String(64))
    company_site_id: Mapped[int | None] = mapped_column(
        ForeignKey("company_sites.id", ondelete="SET NULL")
    )
    phone_number: Mapped[str] = mapped_column(String(32))
    purpose_type: Mapped[str] = mapped_column(String(32))
    call_type: Mapped[str] = mapped_column(String(16), default="IVR")
    ai_call_script: Mapped[str] = mapped_column(Text, default="")
    opening_message: Mapped[str] = mapped_column(Text, default="")
    closing_message: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(32), default="RUNNING")
    job_details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    time_basis: Mapped[str] = mapped_column(String(8), default="UTC")
    call_start_time_utc: Mapped[datetime | None] = mapped_column(DateTime)
    call_time_local: Mapped[str] = mapped_column(String(32), default="")
    retries: Mapped[list[Any]] = mapped_column(default=list)
    window_start: Mapped[str] = mapped_column(String(5), default="08:00")
    window_end: Mapped[str] = mapped_column(String(5), default="21:00")
    calls_per_second: Mapped[float] = mapped_column(Float, default=1.0)
    calling_started: Mapped[bool] = mapped_column(Boolean, default=False)
    calling_started_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class CampaignLead(Base):
    """A person on a company campaign (the seed's lead; ``id`` is its ``leadId``).

    ``email_key`` (the email lowercased) is the dedupe key per campaign; ``search_key`` is
    first name, last name and email lowercased and joined by ``\\x1f`` (one column to scan
    for the case-insensitive substring search; its index is scanned, not the table).
    ``status`` is the bucket ``Pending`` /
    ``Interested`` / ``NotInterested`` / ``NoAnswer`` set from dial outcomes;
    ``flow_status`` the flow's word (``Pending``, ``InProgress``, ``Completed``);
    ``next_attempt_no`` the attempt the dialer makes next (1 = the first call; past the
    last retry: no more calls).
    """

    __tablename__ = "campaign_leads"
    __table_args__ = (
        UniqueConstraint("campaign_id", "email_key"),
        Index("ix_campaign_leads_campaign", "campaign_id", "id"),
        Index("ix_campaign_leads_status", "campaign_id", "status", "id"),
        Index("ix_campaign_leads_search", "campaign_id", "search_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("company_campaigns.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    linkedin: Mapped[str] = mapped_column(String(500), default="")
    search_key: Mapped[str] = mapped_column(String(700), default="")
    status: Mapped[str] = mapped_column(String(16), default="Pending")
    flow_status: Mapped[str] = mapped_column(String(16), default="Pending")
    assessment_submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    next_attempt_no: Mapped[int] = mapped_column(Integer, default=1)


class CallAttempt(Base):
    """One outbound call to a lead: attempt 1 is the first call, 2.. the follow-up retries.

    ``UNIQUE(lead_id, attempt_no)`` means a worker killed mid-call can never make an
    attempt twice: the row is claimed first (``state`` ``queued`` → ``dialing`` with
    ``lease_until``), the provider is called with ``idempotency_key``, and a restart
    reconciles a ``dialing`` row whose lease ran out through ``provider_call_sid`` or the
    provider's call list instead of dialing again. ``state`` ``done`` has an ``outcome``:
    ``answered``, ``no-answer``, ``busy``, ``failed``, ``machine`` (answering-machine
    detection; a voicemail counts as not answered) or ``skipped`` (do-not-call at dial
    time, outside the window for good...). ``answered_by`` is the provider's word
    (``human``, ``machine_start``...), ``digits`` the keys pressed, ``duration_seconds``
    the billed length (for an AI call, the key that means the lead's reply so far: 1, 2 or
    9). ``lease_owner`` is the worker that claimed it (``host:pid:token``, see
    :mod:`engine.owners`): a worker restarted on the same host reconciles
    at once the attempts of a worker whose process is gone instead of waiting out the
    lease. ``error`` keeps the provider's reason of a failure. ``turns`` (AI calls on Twilio,
    else NULL) holds the conversation said and heard so far, ``[{"speaker", "text"}, ...]``
    with ``"end": true`` on the agent's last turn, so a restart continues the call.
    """

    __tablename__ = "call_attempts"
    __table_args__ = (
        UniqueConstraint("lead_id", "attempt_no"),
        UniqueConstraint("idempotency_key"),
        Index("ix_call_attempts_due", "state", "scheduled_at"),
        Index("ix_call_attempts_campaign", "campaign_id", "lead_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("company_campaigns.id", ondelete="CASCADE"))
    lead_id: Mapped[int] = mapped_column(ForeignKey("campaign_leads.id", ondelete="CASCADE"))
    attempt_no: Mapped[int] = mapped_column(Integer)
    scheduled_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    lease_owner: Mapped[str] = mapped_column(String(200), default="", server_default="")
    idempotency_key: Mapped[str] = mapped_column(String(64))
    provider: Mapped[str] = mapped_column(String(16), default="")
    provider_call_sid: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(32), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="")
    answered_by: Mapped[str] = mapped_column(String(32), default="")
    duration_seconds: Mapped[int] = mapped_column(Integer, default=0)
    digits: Mapped[str] = mapped_column(String(64), default="")
    error: Mapped[str] = mapped_column(String(1000), default="")
    turns: Mapped[list[Any] | None] = mapped_column(default=None)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class DoNotCall(Base):
    """A company-wide opt-out: never call ``phone`` (E.164) nor add ``email_key`` (an email
    lowercased) to any campaign. Either may be empty. ``source`` says how it came
    (``keypad``, ``speech``, ``manual``, ``import``); ``campaign_id`` the campaign whose call
    it came from, if any."""

    __tablename__ = "do_not_call"
    __table_args__ = (
        Index("ix_do_not_call_phone", "company_id", "phone"),
        Index("ix_do_not_call_email", "company_id", "email_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    email_key: Mapped[str] = mapped_column(String(254), default="")
    source: Mapped[str] = mapped_column(String(16), default="manual")
    campaign_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LeadSms(Base):
    """A text to a lead of an ``ASSESSMENT_REMINDER`` campaign: ``kind`` ``reminder`` (due
    ``assessmentFirstReminderDelayHours`` after the lead was added) or ``post_call`` (due
    when a call to the lead was answered). ``UNIQUE(lead_id, kind)``: one of each per lead.

    ``state`` ``due`` → ``sending`` (claimed: ``intent_at``, ``lease_until``, the rendered
    ``body`` and ``recipient`` stored before the request) → ``sent`` (``provider_id``), or
    ``skipped`` / ``failed`` with ``error`` (do-not-call, no phone, no template, the
    provider refused it). A ``sending`` row whose lease ran out is in doubt: the provider
    is asked whether it has the text before it is sent again (engine/outbound/dialer/
    assessment_sms.py)."""

    __tablename__ = "lead_sms"
    __table_args__ = (
        UniqueConstraint("lead_id", "kind"),
        Index("ix_lead_sms_due", "state", "due_at"),
        Index("ix_lead_sms_campaign", "campaign_id", "lead_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("company_campaigns.id", ondelete="CASCADE"))
    lead_id: Mapped[int] = mapped_column(ForeignKey("campaign_leads.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16), default="due")
    recipient: Mapped[str] = mapped_column(String(32), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str] = mapped_column(String(16), default="")
    provider_id: Mapped[str] = mapped_column(String(100), default="")
    error: Mapped[str] = mapped_column(String(1000), default="")
    intent_at: Mapped[datetime | None] = mapped_column(DateTime)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
