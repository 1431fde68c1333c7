"""The chat pane's Actions (seed 000, the campaign view's "Actions"), shown "depending on the
folder and the campaign settings", one rule each:

- **Tokens**: always (they go into the composer's message);
- **Robocall**: a voice provider is connected (:func:`voice_kind`), the campaign's
  interview has questions, the candidate has a phone and has not completed the interview;
- **Call Candidate**: a voice provider is connected and the candidate has a phone;
- **Send Invitation SMS**: the campaign's invitation SMS template is enabled, the candidate
  has a phone and is in Inbox or No Campaign Invitation (not yet interviewed);
- **Stop/Resume Bot**: the campaign interviews (not an inquiry campaign) and the candidate
  has not completed the interview; which of the two follows ``bot_stopped``.

Stopping or resuming the bot is also written into the conversation as a bot event bubble
(channel ``internal``: never sent), so the history says when and by whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging import sending
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Action,
    Campaign,
    Candidate,
    Channel,
    DeliveryState,
    Folder,
    InterviewQuestion,
    Message,
    MessageKind,
    MessageTemplate,
    User,
)

TOKENS, ROBOCALL, CALL, INVITE_SMS, STOP_BOT, RESUME_BOT = (
    "Tokens",
    "Robocall",
    "Call Candidate",
    "Send Invitation SMS",
    "Stop Bot",
    "Resume Bot",
)
ORDER = (TOKENS, ROBOCALL, CALL, INVITE_SMS, STOP_BOT, RESUME_BOT)
INVITE_FOLDERS = (Folder.INBOX.value, Folder.NO_CAMPAIGN_INVITATION.value)


@dataclass(frozen=True, slots=True)
class ChatActions:
    """The actions offered for one candidate, in the menu's order; ``voice`` is the voice
    provider's kind (twilio, sandbox) when one is connected, else ""."""

    candidate_id: int
    names: tuple[str, ...]
    voice: str = ""


def candidate(session: Session, company_id: int, candidate_id: int) -> Candidate:
    """The candidate, when the acting user may see their campaign (else NotFoundError)."""
    return campaign_access.candidate(session, company_id, candidate_id)


def _invitation_sms(session: Session, campaign_id: int) -> MessageTemplate | None:
    return session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id,
            MessageTemplate.event == "invitation",
            MessageTemplate.channel == Channel.SMS.value,
            MessageTemplate.enabled.is_(True),
        )
    )


def voice_kind(kinds: dict[str, str]) -> str:
    """The voice provider that places calls: Twilio, or the sandbox while every service is
    on it (as for the chat channels); "" when none does."""
    kind = kinds.get("voice", "")
    if kind == "twilio" or (kind == "sandbox" and kinds.get(provider_config.CHAT) == "sandbox"):
        return kind
    return ""


def available(session: Session, company_id: int, candidate_id: int) -> ChatActions:
    """Which actions the chat pane offers for the candidate now (the rules above)."""
    c = candidate(session, company_id, candidate_id)
    camp = session.get(Campaign, c.campaign_id)
    kinds = provider_config.provider_kinds(session, company_id)
    voice = voice_kind(kinds)
    done = c.completed_at is not None
    questions = session.scalar(
        select(func.count(InterviewQuestion.id)).where(
            InterviewQuestion.campaign_id == c.campaign_id, InterviewQuestion.section == "question"
        )
    )
    shown = {TOKENS}
    if voice and c.phone:
        shown.add(CALL)
        if questions and not done:
            shown.add(ROBOCALL)
    if c.phone and c.folder in INVITE_FOLDERS and _invitation_sms(session, c.campaign_id):
        shown.add(INVITE_SMS)
    if not done and (camp is None or camp.messenger_mode != "inquiry"):
        shown.add(RESUME_BOT if c.bot_stopped else STOP_BOT)
    return ChatActions(c.id, tuple(n for n in ORDER if n in shown), voice)


def note(session: Session, c: Candidate, body: str, *, kind: MessageKind, at: datetime) -> Message:
    """An event bubble in the conversation (never sent: channel internal)."""
    m = Message(
        candidate_id=c.id,
        direction="out",
        channel=Channel.INTERNAL.value,
        kind=kind.value,
        body=body,
        state=DeliveryState.DELIVERED.value,
        created_at=at,
    )
    session.add(m)
    session.flush()
    return m


def set_bot(
    session: Session,
    company_id: int,
    candidate_id: int,
    stopped: bool,
    *,
    user_id: int,
    at: datetime,
) -> Message | None:
    """Stop or resume the bot and say so in the conversation (nothing when unchanged)."""
    c = candidate(session, company_id, candidate_id)
    if c.bot_stopped == stopped:
        return None
    c.bot_stopped = stopped
    who = session.scalar(select(User.name).where(User.id == user_id)) or "a recruiter"
    text = f"Bot stopped by {who}" if stopped else f"Bot resumed by {who}"
    return note(session, c, text, kind=MessageKind.BOT, at=at)


def send_invitation_sms(
    session: Session, company_id: int, candidate_id: int, *, user_id: int, at: datetime
) -> int:
    """Queue the campaign's invitation SMS to the candidate; returns the message id."""
    c = candidate(session, company_id, candidate_id)
    template = _invitation_sms(session, c.campaign_id)
    if template is None:
        raise ValidationError("sms: the campaign's invitation SMS is not enabled")
    draft = sending.Draft(
        template.body, Channel.SMS.value, kind=MessageKind.BOT, action=Action.INVITED
    )
    out = sending.queue(session, company_id, [c.id], draft, user_id=user_id, at=at, strict=True)
    return next(iter(out.message_ids.values()))


class ChatActionsService(Service):
    """``ws.chat_actions``: what the chat pane's Actions menu offers, and its writes."""

    def available(self, candidate_id: int) -> ChatActions:
        with self._ctx.reading() as s:
            return available(s, self._ctx.company_id, candidate_id)

    def set_bot_stopped(self, candidate_id: int, stopped: bool) -> bool:
        """Stop or resume the bot, with its event bubble; False when it already was."""
        with self._ctx.transaction() as s:
            done = set_bot(
                s,
                self._ctx.company_id,
                candidate_id,
                stopped,
                user_id=self._ctx.user_id,
                at=utcnow(),
            )
            return done is not None

    def send_invitation_sms(self, candidate_id: int) -> int:
        """Queue the campaign's invitation SMS; the message id."""
        with self._ctx.transaction() as s:
            return send_invitation_sms(
                s, self._ctx.company_id, candidate_id, user_id=self._ctx.user_id, at=utcnow()
            )
