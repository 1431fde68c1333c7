"""Messages and their delivery: the chat bubble and outbox row, quick replies, inbound
sync cursors and the sandbox provider's simulated phones and inboxes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


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


class QuickReply(Base):
    __tablename__ = "quick_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class SyncCursor(Base):
    """How far an inbound pull has read (per provider account)."""

    __tablename__ = "sync_cursors"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SandboxMessage(Base):
    """The sandbox provider's world: what a simulated candidate phone or inbox holds.

    ``to_candidate`` rows are what the sandbox delivered (one per outbox message at most);
    ``from_candidate`` rows are what the simulated candidate wrote back. ``company_id``
    names the company of a delivery no outbox message names (a company campaign's text to
    a lead); NULL otherwise.
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
    company_id: Mapped[int | None] = mapped_column(Integer)
