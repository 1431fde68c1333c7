"""A campaign's settings as plain data: what ``campaigns show`` prints and the dialog
shows (:class:`CampaignSettings`), and what the dialog saves (:class:`SettingsDraft`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from talkpush_desktop.engine.campaigns.basic import Basic, caller_id_prefix
from talkpush_desktop.engine.campaigns.members import Access
from talkpush_desktop.engine.campaigns.messenger_posting import Posting
from talkpush_desktop.engine.interview.steps import StepDraft, StepInfo
from talkpush_desktop.engine.messaging.templates import TemplateInfo


@dataclass(frozen=True, slots=True)
class CampaignSettings:
    """Every setting of one campaign (``id`` None: a campaign not created yet)."""

    id: int | None
    basic: Basic
    status: str
    access: Access
    templates: tuple[TemplateInfo, ...]
    messenger: Posting
    traffic_ad: dict[str, Any] | None
    interview: tuple[StepInfo, ...] = ()
    """The interview creator's steps in order (as ``interview list`` prints them)."""

    @property
    def caller_id_prefix(self) -> str:
        return caller_id_prefix(self.basic.hotline_country)

    def draft(self) -> SettingsDraft:
        """What saving these settings again takes (the undo of a later save)."""
        return SettingsDraft(
            self.basic,
            members=tuple(m.email for m in self.access.members),
            templates=tuple(
                TemplateDraft(t.event, t.channel, t.subject, t.body, t.enabled)
                for t in self.templates
            ),
            messenger=self.messenger,
            traffic_ad=json.dumps(self.traffic_ad) if self.traffic_ad else "",
            interview=tuple(
                StepDraft(i.section, i.text, i.answer_type, i.audio_path, i.id)
                for i in self.interview
            ),
        )

    def to_json(self) -> dict[str, Any]:
        b = self.basic
        return {
            "id": self.id,
            "title": b.title,
            "hotline_country": b.hotline_country,
            "caller_id_prefix": self.caller_id_prefix,
            "interview_language": b.interview_language,
            "web_dial_out": b.web_dial_out,
            "auto_call": b.auto_call,
            "status": self.status,
            "members": [m.email for m in self.access.members],
            "messages": [t.to_json() for t in self.templates],
            "messenger": self.messenger.to_json(),
            "traffic_ad": self.traffic_ad,
            "interview": [i.to_json() for i in self.interview],
        }


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """One version of an event's message as the Messages tab holds it."""

    event: str
    channel: str
    subject: str
    body: str
    enabled: bool


@dataclass(frozen=True, slots=True)
class SettingsDraft:
    """What the dialog saves, in one transaction. A part left None is not changed."""

    basic: Basic
    members: tuple[str, ...] | None = None
    """Emails of the managers with access."""
    templates: tuple[TemplateDraft, ...] = field(default=())
    messenger: Posting | None = None
    traffic_ad: str | None = None
    """The content's JSON text ('' removes it)."""
    interview: tuple[StepDraft, ...] | None = None
    """The interview's steps in order (``audio``: a stored path or a file to copy in);
    saved by the interview creator's rules (:mod:`engine.interview.creator`)."""
