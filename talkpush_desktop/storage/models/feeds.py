"""Intake that runs by itself: Google Sheets polled for new rows, and Facebook Lead Ads
whose leads are pulled, each into one campaign.

``intake_sheets``: a registered sheet (its link, poll interval, progress and status). The
rows it imported are the import batches of its ``sheet_key`` (the link), whose ``last_row``
is the watermark; ``checked_rows``/``fingerprint`` hash the rows already imported, so a
sheet whose earlier rows changed is noticed; ``invited_batch`` is the last of its batches
whose candidates were invited (a poll stopped between import and invitation is finished
by the next). ``lead_ads``: an ad whose leads are pulled,
with its ``created_time`` watermark; ``lead_ad_leads``: each lead taken, once
(``UNIQUE(company_id, lead_id)``), written in the transaction that adds its candidate.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


class PolledFeed:
    """What every polled feed has: its company and campaign, and how its polling goes."""

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    last_poll_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="new")
    last_error: Mapped[str] = mapped_column(Text, default="")


class IntakeSheet(PolledFeed, Base):
    """A Google Sheet (or published CSV) polled for new sign-ups into a campaign."""

    __tablename__ = "intake_sheets"
    __table_args__ = (UniqueConstraint("campaign_id", "sheet_key"),)

    url: Mapped[str] = mapped_column(String(1000))
    sheet_key: Mapped[str] = mapped_column(String(1000))
    every_minutes: Mapped[int] = mapped_column(Integer, default=5)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    checked_rows: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    invited_batch: Mapped[int] = mapped_column(Integer, default=0)
    """The last import batch of this sheet whose candidates were invited."""


class LeadAd(PolledFeed, Base):
    """A Facebook Lead Ad of the company's Page whose leads go into a campaign."""

    __tablename__ = "lead_ads"
    __table_args__ = (UniqueConstraint("company_id", "ad_id"),)

    ad_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(500), default="")
    watermark: Mapped[int] = mapped_column(BigInteger, default=0)
    """Unix time of the newest lead taken (leads created later are new)."""
    leads_imported: Mapped[int] = mapped_column(Integer, default=0)


class LeadAdLead(Base):
    """One lead taken from an ad (its candidate, or none when it was refused)."""

    __tablename__ = "lead_ad_leads"
    __table_args__ = (UniqueConstraint("company_id", "lead_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    lead_ad_id: Mapped[int] = mapped_column(ForeignKey("lead_ads.id", ondelete="CASCADE"))
    lead_id: Mapped[str] = mapped_column(String(64))
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="SET NULL")
    )
    outcome: Mapped[str] = mapped_column(String(16))
    created_time: Mapped[int] = mapped_column(BigInteger)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
