"""Candidates and how they are sorted: import batches, the candidate row, maintained
folder and source counts, labels and saved candidate sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base, Folder


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
    cv_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # the transcripts of the candidate's recorded answers, one per line (for search)
    answer_transcripts: Mapped[str] = mapped_column(Text, server_default="")
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


class SourceCount(Base):
    """Maintained count of candidates per (campaign, source, interview completed), kept as
    the folder counts are: a source's or the completed candidates' count never scans."""

    __tablename__ = "source_counts"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    completed: Mapped[bool] = mapped_column(Boolean, primary_key=True)
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
