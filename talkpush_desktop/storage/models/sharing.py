"""Sharing with people who have no account: a candidate's share links, and the weekly
statistics emails sent to the company's managers (one row per user and week)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


class ShareLink(Base):
    """A signed, expiring link to a read-only page of one candidate's chosen sections.

    The token is made from ``id``, ``expires_at`` and an HMAC with the company's sharing
    key (in the keyring); the row says what it shows and whether it was revoked."""

    __tablename__ = "share_links"
    __table_args__ = (Index("ix_share_links_candidate", "candidate_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    sections: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(254), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class WeeklyEmail(Base):
    """One manager's weekly statistics email for the week starting ``week_start`` (a
    Monday, company time): made once (the unique key), then ``queued`` -> ``sending`` ->
    ``sent`` / ``failed`` through the company's email provider."""

    __tablename__ = "weekly_emails"
    __table_args__ = (UniqueConstraint("user_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    week_start: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(254))
    state: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(String(1000), default="")
    provider_id: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    html: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
