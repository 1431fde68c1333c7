"""Campaign message templates: Invitation, Completion, Shortlisted, Rejection, each in an
SMS and an email version with an enabled flag (enabled ones go out on their event).

Saving checks the tokens (an unknown one is refused), sanitises email HTML with nh3, and
reports what an SMS version costs in segments, as the seed's preview does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company.campaign_defaults import EVENTS
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.messaging import email_html, links, tokens
from talkpush_desktop.engine.messaging.sms_segments import sms_cost
from talkpush_desktop.storage.models import Campaign, Channel, MessageTemplate

CHANNELS = (Channel.SMS.value, Channel.EMAIL.value)


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    campaign_id: int
    event: str
    channel: str
    subject: str
    body: str
    enabled: bool

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "campaign_id": self.campaign_id,
            "event": self.event,
            "channel": self.channel,
            "subject": self.subject,
            "body": self.body,
            "enabled": self.enabled,
        }
        if self.channel == Channel.SMS.value:
            cost = sms_cost(self.body)
            data["sms"] = {"segments": cost.segments, "encoding": cost.encoding}
        return data


def _info(t: MessageTemplate) -> TemplateInfo:
    return TemplateInfo(t.campaign_id, t.event, t.channel, t.subject, t.body, t.enabled)


def list_templates(session: Session, campaign_id: int) -> list[TemplateInfo]:
    rows = session.scalars(
        select(MessageTemplate).where(MessageTemplate.campaign_id == campaign_id)
    )
    order = {e: i for i, e in enumerate(EVENTS)}
    return sorted(
        (_info(t) for t in rows), key=lambda t: (order.get(t.event, 99), CHANNELS.index(t.channel))
    )


def set_template(
    session: Session,
    campaign_id: int,
    event: str,
    channel: str,
    *,
    body: str | None = None,
    subject: str | None = None,
    enabled: bool | None = None,
) -> TemplateInfo:
    """Change one template; only the given parts change."""
    if event not in EVENTS:
        raise ValidationError(f"event: use one of {', '.join(EVENTS)}")
    if channel not in CHANNELS:
        raise ValidationError(f"channel: use one of {', '.join(CHANNELS)}")
    t = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id,
            MessageTemplate.event == event,
            MessageTemplate.channel == channel,
        )
    )
    if t is None:
        raise NotFoundError(f"campaign {campaign_id} has no {event} {channel} template")
    company_id = session.scalar(select(Campaign.company_id).where(Campaign.id == campaign_id))
    link_settings = links.settings(session, company_id or 0)
    for part, text in (("subject", subject), ("body", body)):
        if text is None:
            continue
        if problems := tokens.check(text) or tokens.unset_links(text, link_settings):
            raise ValidationError(f"{part}: {problems[0]}")
    if body is not None:
        if not body.strip():
            raise ValidationError("body: the text is empty")
        t.body = (
            email_html.sanitize_template(body) if channel == Channel.EMAIL.value else body.strip()
        )
    if subject is not None:
        t.subject = " ".join(subject.split())
    if enabled is not None:
        t.enabled = enabled
    session.flush()
    return _info(t)
