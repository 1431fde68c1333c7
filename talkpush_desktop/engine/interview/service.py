"""``ws.interview``: a campaign's interview steps and a candidate's answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import campaign_access, campaigns
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.interview import responses
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Candidate, InterviewQuestion


class InterviewService(Service):
    """The interview creator's steps and the answers candidates give (chat or phone)."""

    def steps(self, campaign_id: int) -> list[tuple[int, str, str, str]]:
        """A campaign's questions in order: ``(id, section, text, answer_type)``."""
        with self._ctx.reading() as s:
            campaigns.resolve(s, self._ctx.company_id, campaign_id)  # the company's, or refused
            rows = s.execute(
                select(
                    InterviewQuestion.id,
                    InterviewQuestion.section,
                    InterviewQuestion.text,
                    InterviewQuestion.answer_type,
                )
                .where(InterviewQuestion.campaign_id == campaign_id)
                .order_by(InterviewQuestion.position)
            )
            return list(rows)

    def set_steps(self, campaign_id: int, steps: list[tuple[str, str, str]]) -> list[int]:
        """Replace the interview steps ``(section, text, answer_type)`` of a campaign; the
        progress labels of its candidates follow."""
        with self._ctx.transaction() as s:
            campaigns.resolve(s, self._ctx.company_id, campaign_id)  # the company's, or refused
            ids = campaigns.set_interview(s, campaign_id, steps)
            affected = list(
                s.scalars(select(Candidate.id).where(Candidate.campaign_id == campaign_id))
            )
            labels.refresh_progress(s, self._ctx.company_id, affected, utcnow())
            return ids

    def complete(self, candidate_id: int, at: datetime | None = None) -> None:
        """Mark the interview completed; the candidate goes to Completed unless decided."""
        with self._ctx.transaction() as s:
            campaign_access.candidate(s, self._ctx.company_id, candidate_id)  # or not found
            responses.complete(s, self._ctx.company_id, candidate_id, at or utcnow())

    def record(
        self,
        candidate_id: int,
        question_id: int,
        *,
        text: str = "",
        audio_path: str = "",
        transcript: str = "",
        at: datetime | None = None,
    ) -> None:
        """Store (or replace) an interview answer and keep the progress labels right."""
        with self._ctx.transaction() as s:
            campaign_access.candidate(s, self._ctx.company_id, candidate_id)  # or not found
            responses.record(
                s,
                self._ctx.company_id,
                candidate_id,
                question_id,
                answer=responses.Answer(text, audio_path, transcript),
                at=at or utcnow(),
            )
