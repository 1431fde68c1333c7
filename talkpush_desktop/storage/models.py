"""SQLAlchemy models of the whole recruiter domain (portable: SQLite and PostgreSQL).

Times are naive UTC ``datetime`` values. Vocabulary that views, the CLI and the engine
share (folders, message kinds, activity actions) lives here as ``StrEnum`` so that every
layer spells it the same way.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Folder(enum.StrEnum):
    """The campaign view's folders, in display order."""

    INBOX = "Inbox"
    COMPLETED = "Completed"
    SHORTLISTED = "Shortlisted"
    ON_HOLD = "On Hold"
    REJECTED = "Rejected"
    HIRED = "Hired"
    NO_CAMPAIGN_INVITATION = "No Campaign Invitation"
    NO_RESPONSE = "No Response"


class MessageKind(enum.StrEnum):
    """Who speaks in a chat bubble."""

    CANDIDATE = "candidate"
    BOT = "bot"
    RECRUITER = "recruiter"
    COMMENT = "comment"


class Channel(enum.StrEnum):
    """Channels a message travels over."""

    SMS = "sms"
    EMAIL = "email"
    MESSENGER = "messenger"
    VOICE = "voice"
    WEB = "web"
    WECHAT = "wechat"
    INTERNAL = "internal"


class DeliveryState(enum.StrEnum):
    """Life of an outgoing message; inbound ones are ``received``."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    RECEIVED = "received"


class Action(enum.StrEnum):
    """Activity log actions: analytics are computed from these."""

    ADDED = "added"
    INVITED = "invited"
    ATTEMPTED = "attempted"
    COMPLETED = "completed"
    MOVED = "moved"
    LABELLED = "labelled"
    UNLABELLED = "unlabelled"
    MESSAGED = "messaged"
    COMMENTED = "commented"
    PIN_REFRESHED = "pin_refreshed"
    EDITED = "edited"


class Base(DeclarativeBase):
    """Declarative base; JSON maps to the portable JSON type."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    domain_whitelist: Mapped[list[Any]] = mapped_column(default=list)
    ip_whitelist: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class User(Base):
    """A manager account of the company."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("company_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(200))
    is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(16), default="en")
    weekly_stats_email: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    hotline_country: Mapped[str] = mapped_column(String(2), default="US")
    interview_language: Mapped[str] = mapped_column(String(16), default="en")
    web_dialout: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_call: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(32), default="active")
    pin_valid_hours: Mapped[int] = mapped_column(Integer, default=72)
    # Messenger job posting: mode is disabled / job / inquiry; info holds the 80-char fields.
    messenger_mode: Mapped[str] = mapped_column(String(16), default="disabled")
    messenger_info: Mapped[dict[str, Any]] = mapped_column(default=dict)
    messenger_description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CampaignMember(Base):
    """Which users may see a campaign (owners see all)."""

    __tablename__ = "campaign_members"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )


class ImportBatch(Base):
    """One intake run (CSV, sheet, API...): what it added, so it can be undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    source_format: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(1000), default="")
    sheet_key: Mapped[str] = mapped_column(String(1000), default="", index=True)
    status: Mapped[str] = mapped_column(String(16), default="running")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    last_row: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    rejects_path: Mapped[str] = mapped_column(String(1000), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


COMPLETED, NOT_COMPLETED = "completed_at IS NOT NULL", "completed_at IS NULL"


def _where(condition: str) -> dict[str, Any]:
    """A partial index's condition, for both dialects."""
    return {"sqlite_where": sql_text(condition), "postgresql_where": sql_text(condition)}


class Candidate(Base):
    """The seed's candidate JSON, with phone in E.164 and a folder."""

    __tablename__ = "candidates"
    __table_args__ = (
        # Lists are newest first (id DESC): each list has an index ending in id, so a page
        # walks it backwards and stops at the page size (see migration 0010).
        Index("ix_candidates_company", "company_id", "id"),
        Index("ix_candidates_campaign", "campaign_id", "id"),
        Index("ix_candidates_campaign_folder", "campaign_id", "folder", "id"),
        Index("ix_candidates_company_folder", "company_id", "folder", "id"),
        Index("ix_candidates_company_source", "company_id", "source", "id"),
        Index("ix_candidates_campaign_source", "campaign_id", "source", "id"),
        Index("ix_candidates_company_added", "company_id", "added_at", "id"),
        Index("ix_candidates_completed", "company_id", "id", **_where(COMPLETED)),
        Index("ix_candidates_not_completed", "company_id", "id", **_where(NOT_COMPLETED)),
        Index("ix_candidates_company_email", "company_id", "email_key"),
        Index("ix_candidates_company_phone", "company_id", "phone"),
        Index("ix_candidates_batch", "import_batch_id"),
        Index("ix_candidates_pin_expiry", "folder", "pin_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(32), default=Folder.INBOX.value)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    email_key: Mapped[str] = mapped_column(String(254), default="")  # lower-cased, for dedupe
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164
    search_phone: Mapped[str] = mapped_column(String(64), default="")  # digit forms for search
    source: Mapped[str] = mapped_column(String(100), default="")
    school_name: Mapped[str | None] = mapped_column(String(300))
    gender: Mapped[str | None] = mapped_column(String(32))
    employment: Mapped[list[Any]] = mapped_column(default=list)
    links: Mapped[list[Any]] = mapped_column(default=list)
    referee_first_name: Mapped[str] = mapped_column(String(200), default="")
    referee_last_name: Mapped[str] = mapped_column(String(200), default="")
    referee_id: Mapped[str] = mapped_column(String(100), default="")
    referee_email: Mapped[str] = mapped_column(String(254), default="")
    referee_mobile: Mapped[str] = mapped_column(String(32), default="")
    referee_account: Mapped[str] = mapped_column(String(200), default="")
    others: Mapped[dict[str, Any]] = mapped_column(default=dict)
    cv_path: Mapped[str] = mapped_column(String(1000), default="")
    access_code: Mapped[str] = mapped_column(String(12), default="")
    pin_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_message_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_message_preview: Mapped[str] = mapped_column(String(200), default="")
    unread: Mapped[bool] = mapped_column(Boolean, default=False)
    bot_stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    bot_step: Mapped[int] = mapped_column(Integer, default=0)  # next interview step to send
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    import_row: Mapped[int | None] = mapped_column(Integer)


class FolderCount(Base):
    """Maintained count of candidates per (campaign, folder): counts never scan."""

    __tablename__ = "folder_counts"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    folder: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Label(Base):
    __tablename__ = "labels"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    color: Mapped[str] = mapped_column(String(16), default="#5b8def")


class CandidateLabel(Base):
    __tablename__ = "candidate_labels"
    __table_args__ = (Index("ix_candidate_labels_label", "label_id", "candidate_id"),)

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    label_id: Mapped[int] = mapped_column(
        ForeignKey("labels.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Message(Base):
    """A chat bubble: inbound, outbound (with delivery state) or a private comment."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_candidate", "candidate_id", "id"),
        Index("ix_messages_state", "state"),
        Index("ix_messages_outbox", "state", "next_attempt_at"),
        Index("ix_messages_provider", "provider_id"),
        Index("ix_messages_unhandled", "handled_at", "direction"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(String(8))  # in / out
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    media_url: Mapped[str] = mapped_column(String(1000), default="")
    media_type: Mapped[str] = mapped_column(String(16), default="")  # audio / video / image
    state: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(String(1000), default="")
    provider_id: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The outbox: where it goes, when to try next, and the first hand-over to a provider
    # (the intent, stored before the request) with the lease of the worker sending it.
    recipient: Mapped[str] = mapped_column(String(254), default="")
    html: Mapped[str] = mapped_column(Text, default="")  # an email's sanitised HTML part
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    intent_at: Mapped[datetime | None] = mapped_column(DateTime)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    lease_owner: Mapped[str] = mapped_column(String(100), default="")  # host:pid:token
    # An inbound message the sync has not yet handled (the interview bot) has none.
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)


class MessageTemplate(Base):
    """Invitation / completion / shortlisted / rejection, in SMS and email versions."""

    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("campaign_id", "event", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class QuickReply(Base):
    __tablename__ = "quick_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class InterviewQuestion(Base):
    """One step of a campaign's interview (introduction ... closing)."""

    __tablename__ = "interview_questions"
    __table_args__ = (Index("ix_questions_campaign", "campaign_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(16), default="question")
    text: Mapped[str] = mapped_column(Text)
    answer_type: Mapped[str] = mapped_column(String(16), default="text")  # audio/text/audio_text
    audio_path: Mapped[str] = mapped_column(String(1000), default="")


class InterviewResponse(Base):
    __tablename__ = "interview_responses"
    __table_args__ = (UniqueConstraint("candidate_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("interview_questions.id", ondelete="CASCADE")
    )
    answer_type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    audio_path: Mapped[str] = mapped_column(String(1000), default="")
    transcript: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Activity(Base):
    """Append-only log of who did what to which candidate, and when."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_candidate", "candidate_id", "id"),
        Index("ix_activity_at", "at"),
        Index("ix_activity_campaign_at", "campaign_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE")
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(32))
    from_folder: Mapped[str | None] = mapped_column(String(32))
    to_folder: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class ApiCredential(Base):
    """Intake API key; the secret is kept only as a salted hash."""

    __tablename__ = "api_credentials"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    api_key: Mapped[str] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class ProviderSetting(Base):
    """Which provider a service (sms, email, messenger, voice) uses, and its public settings.

    Secrets are never here: ``settings["secret_ref"]`` names them in the OS keyring.
    """

    __tablename__ = "provider_settings"

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    service: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SyncCursor(Base):
    """How far an inbound pull has read (per provider account)."""

    __tablename__ = "sync_cursors"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SandboxMessage(Base):
    """The sandbox provider's world: what a simulated candidate phone or inbox holds.

    ``to_candidate`` rows are what the sandbox delivered (one per outbox message at most);
    ``from_candidate`` rows are what the simulated candidate wrote back.
    """

    __tablename__ = "sandbox_messages"
    __table_args__ = (
        UniqueConstraint("message_id"),
        Index("ix_sandbox_address", "address", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(254))
    direction: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed, for bulk statements)."""
    return cast(Table, model.__table__)


class PhoneCall(Base):
    """A robocall interview: the call, how far its step driver got, and its answer windows.

    ``steps`` has one entry per question plus the closing, each with the question id, when
    it was spoken (our clock, and Twilio's when known), its estimated speech length and, in
    the sandbox, the simulator row that spoke it. ``step`` is 1-based; past the questions
    is the closing. A restart resumes from these columns alone.
    """

    __tablename__ = "phone_calls"
    __table_args__ = (
        Index("ix_phone_calls_status", "status", "id"),
        Index("ix_phone_calls_candidate", "candidate_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    provider: Mapped[str] = mapped_column(String(16))  # sandbox / twilio
    address: Mapped[str] = mapped_column(String(32))  # the number dialled (E.164)
    call_ref: Mapped[str] = mapped_column(String(64), default="")  # CA... or sandbox-<row>
    status: Mapped[str] = mapped_column(String(16))
    call_status: Mapped[str] = mapped_column(String(16), default="")  # the provider's word
    step: Mapped[int] = mapped_column(Integer, default=1)
    steps: Mapped[list[Any]] = mapped_column(default=list)
    answer_seconds: Mapped[int] = mapped_column(Integer, default=60)
    answers: Mapped[int] = mapped_column(Integer, default=0)
    transcript: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_step_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class _RollupSums:
    """What both rollups hold per bucket, campaign (0: none), user (0: none) and key.

    ``events`` counts activity rows; ``firsts`` those that were the candidate's first of
    their kind (invited, completed, shortlisted); ``processed`` decisions that were a
    candidate's first after its latest completion, and ``seconds`` sums their processing
    time. Maintained by :mod:`talkpush_desktop.engine.analytics.rollup` from the log.
    """

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    events: Mapped[int] = mapped_column(Integer, default=0)
    firsts: Mapped[int] = mapped_column(Integer, default=0)
    processed: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[int] = mapped_column(BigInteger, default=0)


class AnalyticsRollup(_RollupSums, Base):
    """Activity per local hour (local epoch seconds // 3600 in the company's time zone):
    the hour-of-day charts read it."""

    __tablename__ = "analytics_rollup"
    __table_args__ = (PrimaryKeyConstraint("company_id", "hour", "campaign_id", "user_id", "key"),)

    hour: Mapped[int] = mapped_column(Integer, primary_key=True)


class AnalyticsDaily(_RollupSums, Base):
    """Activity per local day (the hourly rollup summed by ``hour // 24``): the daily,
    per-user and per-campaign charts read it, 24 times fewer rows for long frames."""

    __tablename__ = "analytics_daily"
    __table_args__ = (PrimaryKeyConstraint("company_id", "day", "campaign_id", "user_id", "key"),)

    day: Mapped[int] = mapped_column(Integer, primary_key=True)


class AnalyticsRollupState(Base):
    """How far the rollup has read the activity log, and in which time zone it buckets."""

    __tablename__ = "analytics_rollup_state"

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    last_activity_id: Mapped[int] = mapped_column(Integer, default=0)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AnalyticsCohort(Base):
    """Candidates who reached a stage, by the local day they entered the previous one.

    ``key`` ``participation``: candidates first invited on local ``day`` (in the campaign of
    that invitation) whose first completion fell on local ``done_day``; ``pass``: first
    completing on ``day``, first shortlisted on ``done_day``. Cohort rates sum the rows with
    ``done_day`` up to the frame's last day. Maintained by
    :mod:`talkpush_desktop.engine.analytics.rollup` with the other rollups.
    """

    __tablename__ = "analytics_cohort"
    __table_args__ = (PrimaryKeyConstraint("company_id", "key", "day", "campaign_id", "done_day"),)

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    done_day: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidates: Mapped[int] = mapped_column(Integer, default=0)


class CandidateSet(Base):
    """A saved list of candidates (e.g. the ones behind an analytics figure)."""

    __tablename__ = "candidate_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CandidateSetMember(Base):
    """One candidate of a :class:`CandidateSet`."""

    __tablename__ = "candidate_set_members"

    set_id: Mapped[int] = mapped_column(
        ForeignKey("candidate_sets.id", ondelete="CASCADE"), primary_key=True
    )
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
