"""Phone interviews: one row per robocall and how far its step driver got."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


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
