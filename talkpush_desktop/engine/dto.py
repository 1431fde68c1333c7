"""Plain data handed to views and the CLI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    id: int
    title: str
    hotline_country: str
    interview_language: str
    status: str
    web_dialout: bool
    auto_call: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class LabelInfo:
    id: int
    name: str
    automatic: bool
    color: str


class CandidateRow(NamedTuple):
    """One line of the candidate list (a tuple: cheap to build a page of them)."""

    id: int
    campaign_id: int
    campaign_title: str
    first_name: str
    last_name: str
    email: str
    phone: str
    folder: str
    source: str
    added_at: datetime
    completed_at: datetime | None
    last_message_preview: str
    unread: bool
    labels: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        """First and last name on one line (line breaks and tabs read as spaces)."""
        return " ".join(f"{self.first_name} {self.last_name}".split())

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        data["labels"] = list(self.labels)
        data["added_at"] = self.added_at.isoformat()
        data["completed_at"] = self.completed_at.isoformat() if self.completed_at else None
        return data


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    question_id: int
    question: str
    answer_type: str
    text: str
    audio_path: str
    transcript: str
    created_at: datetime
    transcript_state: str = ""  # pending, done, no_model, failed ("" for no recording)
    transcript_note: str = ""  # why there is no transcript ("no offline model for fr")


@dataclass(frozen=True, slots=True)
class CandidateDetail:
    """Everything the profile pane shows."""

    row: CandidateRow
    school_name: str | None
    gender: str | None
    employment: list[Any]
    links: list[Any]
    referee: dict[str, str]
    others: dict[str, Any]
    cv_path: str
    access_code: str
    pin_expires_at: datetime | None
    bot_stopped: bool
    responses: list[ResponseInfo] = field(default_factory=list)
    invitation_problem: str = ""  # why they are in No Campaign Invitation ("" elsewhere)
    ats_pushes: list[AtsPushInfo] = field(default_factory=list)
    cv_text: str = ""  # the text of a CV sent through the intake API


@dataclass(frozen=True, slots=True)
class AtsPushInfo:
    """One push of the candidate to the ATS: the event (ATS ``state``) and how it went.

    ``state`` is ``queued`` (also while it waits for a retry, ``error`` says why),
    ``sending``, ``sent`` or ``failed`` (``error`` is the reason)."""

    id: int
    event: str
    state: str
    error: str
    queued_at: datetime
    sent_at: datetime | None
    attempts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "state": self.state,
            "error": self.error,
            "queued_at": self.queued_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "attempts": self.attempts,
        }


class MessageInfo(NamedTuple):
    """One chat bubble (a tuple: cheap to build for a 5,000-message history).

    ``kind`` and ``channel``, ``state`` spell :class:`MessageKind`, :class:`Channel` and
    :class:`DeliveryState`; ``author`` is the recruiter's name, "" for the candidate and bot.
    """

    id: int
    direction: str
    channel: str
    kind: str
    body: str
    subject: str
    media_url: str
    media_type: str
    state: str
    created_at: datetime
    author: str
    error: str = ""  # why it failed, or the retry it waits for
    scheduled_at: datetime | None = None  # a scheduled send's time (UTC)

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        data["created_at"] = self.created_at.isoformat()
        data["scheduled_at"] = self.scheduled_at.isoformat() if self.scheduled_at else None
        return data


@dataclass(frozen=True, slots=True)
class QuickReplyInfo:
    """A company-wide canned answer; its body may hold message tokens."""

    id: int
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class MessageToken:
    """A placeholder a recruiter can insert, e.g. ``<%= @candidate_name %>``."""

    name: str
    label: str
    description: str

    @property
    def text(self) -> str:
        return f"<%= @{self.name} %>"
