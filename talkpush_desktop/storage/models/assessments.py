"""Assessment invitations: a candidate invited to an assessment (a test of the assessment
tool, named by its ``test_id``, the ``assessmentTestId`` of seed 004's assessment
campaigns), by whom and when, and when the tool reported the submission.

``UNIQUE(candidate_id, test_id)``: inviting a candidate to a test again changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talkpush_desktop.storage.models.base import Base


class AssessmentInvitation(Base):
    """One candidate invited to one assessment test (written by ``ws.assessments``)."""

    __tablename__ = "assessment_invitations"
    __table_args__ = (
        UniqueConstraint("candidate_id", "test_id"),
        Index("ix_assessment_invitations_test", "company_id", "test_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    test_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500), default="")
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    invited_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
