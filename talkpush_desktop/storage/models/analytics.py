"""The activity log and the analytics tables maintained from it (hourly and daily
rollups, the rollup's read position, stage cohorts)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


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
