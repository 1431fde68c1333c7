"""Campaigns and what they ask and send: members, interview questions and the
candidates' responses, event message templates."""

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
    audio_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class InterviewResponse(Base):
    __tablename__ = "interview_responses"
    __table_args__ = (
        UniqueConstraint("candidate_id", "question_id"),
        Index("ix_responses_transcript_state", "transcript_state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("interview_questions.id", ondelete="CASCADE")
    )
    answer_type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    audio_path: Mapped[str] = mapped_column(String(1000), default="")
    transcript: Mapped[str] = mapped_column(Text, default="")
    # "" (no recording), pending, done, no_model, failed; the engine and why there is none
    transcript_state: Mapped[str] = mapped_column(String(16), default="", server_default="")
    transcript_engine: Mapped[str] = mapped_column(String(40), default="", server_default="")
    transcript_note: Mapped[str] = mapped_column(String(300), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


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
