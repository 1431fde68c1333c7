"""``ws.interview``: a campaign's interview steps and a candidate's answers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import campaign_access, campaigns
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.interview import creator, responses, speech, transcripts
from talkpush_desktop.engine.interview import steps as rules
from talkpush_desktop.engine.interview.audio_files import AudioInfo, inspect
from talkpush_desktop.engine.interview.steps import StepDraft, StepInfo
from talkpush_desktop.engine.interview.transcription import (
    Transcriber,
    Transcript,
    default_transcriber,
    transcribe_file,
)
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

    # -- the interview creator (:mod:`.creator`) -------------------------------------------

    def list_steps(self, campaign: int | str) -> list[StepInfo]:
        """Every step of a campaign's interview, in order, with its recording's length."""
        with self._ctx.reading() as s:
            campaign_id = campaigns.resolve(s, self._ctx.company_id, campaign).id
            return rules.list_steps(s, campaign_id)

    def add_step(
        self,
        campaign: int | str,
        step: str,
        text: str,
        *,
        answer_type: str = "text",
        audio: str = "",
    ) -> StepInfo:
        """Add a step where its section goes (``step``: intro, privacy, instructions,
        question, closing); ``audio``: a .wav/.mp3 file, checked and copied in."""
        draft = rules.StepDraft(rules.section_of(step), text, answer_type, audio)
        before = {s.id for s in self.list_steps(campaign)}
        creator.apply(self._ctx, campaign, lambda d: creator.insert_at(d, draft), [audio])
        return next(s for s in self.list_steps(campaign) if s.id not in before)

    def move_step(self, step_id: int, to: int) -> list[StepInfo]:
        """Move a step to position ``to`` (1-based, as listed); the order rule holds."""
        campaign = self._campaign_of(step_id)
        creator.apply(self._ctx, campaign, lambda d: creator.moved(d, step_id, to), [])
        return self.list_steps(campaign)

    def remove_step(self, step_id: int) -> list[StepInfo]:
        """Remove a step (refused for a question candidates have answered)."""
        campaign = self._campaign_of(step_id)
        creator.apply(self._ctx, campaign, lambda d: creator.removed(d, step_id), [])
        return self.list_steps(campaign)

    def save_steps(self, campaign: int | str, drafts: list[StepDraft]) -> list[StepInfo]:
        """Make the interview exactly ``drafts`` in one transaction (the creator's Save)."""
        creator.apply(self._ctx, campaign, lambda _d: list(drafts), [d.audio for d in drafts])
        return self.list_steps(campaign)

    @staticmethod
    def warnings(steps: list[StepInfo] | list[StepDraft]) -> list[str]:
        return rules.warnings(steps)

    @staticmethod
    def check_audio(path: str) -> AudioInfo:
        """A recording's kind and length, or ValidationError saying why it is refused."""
        return inspect(Path(path))

    @staticmethod
    def can_speak() -> bool:
        """Whether text to speech (espeak-ng) is installed here."""
        return speech.engine() is not None

    def speak(self, text: str, language: str = "en") -> str:
        """``text`` spoken by espeak-ng into a new WAV file (ValidationError without it)."""
        return str(speech.speak(text, self._ctx.data_dir, language))

    def transcribe_file(
        self, path: str, language: str = "en", transcriber: Transcriber | None = None
    ) -> Transcript:
        """One recording transcribed offline now (the CLI's ``transcribe``)."""
        return transcribe_file(Path(path), language, transcriber or default_transcriber())

    def transcribe_pending(self, limit: int = 4, transcriber: Transcriber | None = None) -> int:
        """Transcribe recorded answers that wait for it (run off the UI thread)."""
        return transcripts.transcribe_pending(
            self._ctx, transcriber or default_transcriber(), limit
        )

    def _campaign_of(self, step_id: int) -> int:
        with self._ctx.reading() as s:
            return rules.campaign_of_step(s, self._ctx.company_id, step_id)
