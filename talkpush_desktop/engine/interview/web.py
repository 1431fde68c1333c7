"""``ws.web_interview``: the web dial-out, the interview a candidate does in the browser.

The ``@webdialout`` link (:mod:`engine.messaging.links`) opens a page that ``serve`` shows
(:mod:`api.web_interview` maps HTTP onto this service). The rules live here:

- a token is genuine when its signature is the candidate's company's; a link whose
  interview is completed is used; a campaign whose Webdialout setting is off (seed 000,
  campaign settings) or that has no questions offers none: all read as "no such interview"
  (the page answers 404);
- the steps come in the interview creator's order (:mod:`.steps`); each question is answered
  per its answer type: a recording for ``audio``, text for ``text``, either or both for
  ``audio_text``; storing again replaces the question's answer (:func:`responses.record`).
  A recording is kept privately under ``<data_dir>/recordings/`` as the browser sent it
  (WebM or Ogg from MediaRecorder) and waits for the offline transcriber, which decodes it
  with ffmpeg where installed and otherwise notes why it could not;
- finishing needs every question answered; it completes the interview (the candidate goes
  to Completed unless decided, as after the chat bot or the phone interview) and queues the
  campaign's completion template, in one transaction.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.interview import bot, responses
from talkpush_desktop.engine.interview.call_audio import RECORDINGS
from talkpush_desktop.engine.interview.steps import MAX_TEXT, OUTSIDE_ANSWER_TYPES
from talkpush_desktop.engine.messaging import links
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Campaign, Candidate, InterviewResponse
from talkpush_desktop.storage.private_files import make_private_folder, open_private

AUDIO_TYPES = {"audio/webm": "webm", "audio/ogg": "ogg", "audio/wav": "wav", "audio/mp4": "m4a"}
"""What a browser's MediaRecorder (or a WAV upload) sends, by content type, to the suffix."""
MAX_AUDIO_BYTES = 15 * 1024 * 1024
NO_INTERVIEW = "no such interview: the link is not valid, or the interview is done"


@dataclass(frozen=True, slots=True)
class WebStep:
    """A step as the page shows it; ``answered`` for a question with a stored answer."""

    id: int
    section: str
    text: str
    answer_type: str  # audio, audio-text, text
    answered: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "step": self.section,
            "text": self.text,
            "answer_type": self.answer_type,
            "answered": self.answered,
        }


@dataclass(frozen=True, slots=True)
class WebInterview:
    """What the page needs: who, which campaign, the privacy statement and the steps."""

    candidate_name: str
    campaign_name: str
    privacy: str
    steps: list[WebStep]

    def to_json(self) -> dict[str, object]:
        return {
            "candidate_name": self.candidate_name,
            "campaign_name": self.campaign_name,
            "privacy": self.privacy,
            "steps": [s.to_json() for s in self.steps],
        }


def _offered(session: Session, c: Candidate | None) -> Campaign | None:
    """The candidate's campaign when it offers the web interview to them now."""
    if c is None or c.completed_at is not None:
        return None
    campaign = session.get(Campaign, c.campaign_id)
    return campaign if campaign is not None and campaign.web_dialout else None


def _open(session: Session, token: str) -> tuple[Candidate, list[WebStep]]:
    c = links.candidate_of(session, token)
    if c is None or _offered(session, c) is None:
        raise NotFoundError(NO_INTERVIEW)
    answered = set(
        session.scalars(
            select(InterviewResponse.question_id).where(InterviewResponse.candidate_id == c.id)
        )
    )
    steps = [
        WebStep(
            q.id,
            q.section,
            q.text,
            OUTSIDE_ANSWER_TYPES.get(q.answer_type, q.answer_type),
            q.id in answered,
        )
        for q in bot.ordered_steps(session, c.campaign_id)
    ]
    if not any(s.section == "question" for s in steps):
        raise NotFoundError(NO_INTERVIEW)
    return c, steps


def _checked(step: WebStep, text: str, audio: bytes, audio_type: str) -> str:
    """The recording's suffix ("" without one), once the answer fits the answer type."""
    if len(text) > MAX_TEXT:
        raise ValidationError(f"answer: at most {MAX_TEXT} characters")
    kind = audio_type.split(";", maxsplit=1)[0].strip().lower()
    if audio and kind not in AUDIO_TYPES:
        raise ValidationError(f"audio: {kind or 'no type'} is not a recording type this takes")
    if len(audio) > MAX_AUDIO_BYTES:
        raise ValidationError(f"audio: at most {MAX_AUDIO_BYTES // (1024 * 1024)} MB")
    if step.answer_type == "audio" and not audio:
        raise ValidationError("audio: this question is answered with a recording")
    if step.answer_type == "text" and not text.strip():
        raise ValidationError("text: this question is answered in writing")
    if step.answer_type == "text" and audio:
        raise ValidationError("audio: this question is answered in writing, not recorded")
    if not (audio or text.strip()):
        raise ValidationError("answer: record or type an answer")
    return AUDIO_TYPES[kind] if audio else ""


class WebInterviewService(Service):
    """The web dial-out: its links, and the interview the page runs (see the module doc)."""

    def link(self, candidate_id: int, *, skip_confirmation: bool = False) -> str:
        """The candidate's web interview link (ValidationError without a public URL or when
        the campaign's Webdialout setting is off)."""
        with self._ctx.reading() as s:
            c = s.get(Candidate, candidate_id)
            if c is None or c.company_id != self._ctx.company_id:
                raise NotFoundError(f"no candidate with id {candidate_id}")
            if not (campaign := s.get(Campaign, c.campaign_id)) or not campaign.web_dialout:
                raise ValidationError(
                    "the campaign does not offer the web interview: turn on its Webdialout "
                    "setting first"
                )
            values = links.values(links.settings(s, c.company_id), c.company_id, c.id, 0)
        name = links.WEB_SKIP if skip_confirmation else links.WEB
        if name not in values:
            raise ValidationError(links.NEEDS[name])
        return values[name]

    def open(self, token: str) -> WebInterview:
        """The interview behind ``token`` (NotFoundError: invalid, used or without questions)."""
        with self._ctx.reading() as s:
            c, steps = _open(s, token)
            campaign = s.get(Campaign, c.campaign_id)
            name = f"{c.first_name} {c.last_name}".strip()
            privacy = " ".join(st.text for st in steps if st.section == "privacy")
            return WebInterview(name, campaign.title if campaign else "", privacy, steps)

    def answer(
        self,
        token: str,
        question_id: int,
        *,
        text: str = "",
        audio: bytes = b"",
        audio_type: str = "",
    ) -> None:
        """Store (or replace) the answer to one question of the interview behind ``token``."""
        with self._ctx.reading() as s:
            c, steps = _open(s, token)
        step = next((st for st in steps if st.id == question_id and st.section == "question"), None)
        if step is None:
            raise NotFoundError(f"no question {question_id} in this interview")
        suffix = _checked(step, text, audio, audio_type)
        stored = self._keep(c.id, question_id, audio, suffix) if audio else ""
        with self._ctx.transaction() as s:
            previous = s.scalar(
                select(InterviewResponse.audio_path).where(
                    InterviewResponse.candidate_id == c.id,
                    InterviewResponse.question_id == question_id,
                )
            )
            answer = responses.Answer(text.strip(), stored)
            responses.record(s, c.company_id, c.id, question_id, answer=answer, at=utcnow())
        if previous and previous != stored and previous.startswith(f"{RECORDINGS}/web-"):
            (self._ctx.data_dir / previous).unlink(missing_ok=True)

    def finish(self, token: str) -> None:
        """Complete the interview once every question has its answer (ValidationError names
        the unanswered ones); queues the campaign's completion template."""
        with self._ctx.transaction() as s:
            c, steps = _open(s, token)
            missing = [
                str(n)
                for n, st in enumerate((st for st in steps if st.section == "question"), 1)
                if not st.answered
            ]
            if missing:
                raise ValidationError(f"answer question {', '.join(missing)} first")
            responses.complete(s, c.company_id, c.id, utcnow())
            bot.queue_template(s, c.company_id, [c.id], "completion")

    def _keep(self, candidate_id: int, question_id: int, audio: bytes, suffix: str) -> str:
        """The recording written privately; its path in the workspace folder."""
        folder = make_private_folder(self._ctx.data_dir / RECORDINGS)
        name = f"web-{candidate_id}-q{question_id}-{secrets.token_hex(4)}.{suffix}"
        with open_private(Path(folder) / name) as file:
            file.write(audio)
        return f"{RECORDINGS}/{name}"
