"""Campaigns: creation with the product's defaults, lookup by id or title."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.company import campaign_defaults as defaults
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Campaign,
    Channel,
    InterviewQuestion,
    MessageTemplate,
)

MAX_TITLE = 500
INTERVIEW_SECTIONS = ("introduction", "privacy", "instructions", "question", "closing")
ANSWER_TYPES = ("audio", "text", "audio_text")


def info(c: Campaign) -> CampaignInfo:
    return CampaignInfo(
        c.id,
        c.title,
        c.hotline_country,
        c.interview_language,
        c.status,
        c.web_dialout,
        c.auto_call,
        c.created_at,
    )


def create(
    session: Session,
    company_id: int,
    title: str,
    *,
    hotline_country: str = "US",
    interview_language: str = "en",
    web_dialout: bool = False,
    auto_call: bool = False,
) -> Campaign:
    """Create a campaign with the default invitation/completion/shortlist/rejection templates."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError("a campaign needs a title")
    if len(title) > MAX_TITLE:
        raise ValidationError(f"campaign titles are at most {MAX_TITLE} characters")
    country = hotline_country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise ValidationError(f"hotline country must be a two-letter code, not {hotline_country!r}")
    campaign = Campaign(
        company_id=company_id,
        title=title,
        hotline_country=country,
        interview_language=interview_language,
        web_dialout=web_dialout,
        auto_call=auto_call,
        status="active",
        pin_valid_hours=72,
        messenger_mode="disabled",
        messenger_info={},
        messenger_description="",
        created_at=utcnow(),
    )
    session.add(campaign)
    session.flush()
    for event in defaults.EVENTS:
        session.add(
            MessageTemplate(
                campaign_id=campaign.id,
                event=event,
                channel=Channel.SMS.value,
                subject="",
                body=defaults.SMS[event],
                enabled=event in ("invitation", "completion"),
            )
        )
        session.add(
            MessageTemplate(
                campaign_id=campaign.id,
                event=event,
                channel=Channel.EMAIL.value,
                subject=defaults.EMAIL_SUBJECT[event],
                body=defaults.EMAIL_BODY[event],
                enabled=event in ("invitation", "completion"),
            )
        )
    session.flush()
    return campaign


def resolve(session: Session, company_id: int, id_or_title: str | int) -> Campaign:
    """Find a campaign by numeric id or (case-insensitive) exact title, among those the
    session's acting user may see (:mod:`campaign_access`)."""
    key = str(id_or_title).strip()
    user = campaign_access.acting_user(session)
    if key.isdigit():
        found = session.get(Campaign, int(key))
        if found is not None and found.company_id == company_id:
            if user is None or campaign_access.can_see(session, user, found.id):
                return found
    query = select(Campaign).where(
        Campaign.company_id == company_id, func.lower(Campaign.title) == key.lower()
    )
    if user is not None:
        query = query.where(campaign_access.visible(session, user))
    matches = list(session.scalars(query))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        ids = ", ".join(str(c.id) for c in matches)
        raise ValidationError(f"several campaigns are titled {key!r} (ids {ids}); use an id")
    raise NotFoundError(f"no campaign with id or title {key!r}")


def set_interview(
    session: Session, campaign_id: int, steps: list[tuple[str, str, str]]
) -> list[int]:
    """Replace a campaign's interview with ``(section, text, answer_type)`` steps."""
    for section, text, answer_type in steps:
        if section not in INTERVIEW_SECTIONS:
            raise ValidationError(f"unknown interview section {section!r}")
        if answer_type not in ANSWER_TYPES:
            raise ValidationError(f"unknown answer type {answer_type!r}")
        if not text.strip():
            raise ValidationError(f"the {section} step needs a text")
    session.query(InterviewQuestion).filter_by(campaign_id=campaign_id).delete()
    ids = []
    for position, (section, text, answer_type) in enumerate(steps, start=1):
        q = InterviewQuestion(
            campaign_id=campaign_id,
            position=position,
            section=section,
            text=text,
            answer_type=answer_type,
            audio_path="",
        )
        session.add(q)
        session.flush()
        ids.append(q.id)
    return ids
