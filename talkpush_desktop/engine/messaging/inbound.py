"""Replies pulled from providers land in the right candidate's conversation.

A reply is matched by its sender: the E.164 phone for SMS and voice, the email address for
email, the stored Messenger id for Messenger (the newest candidate holding it wins, since
that is the application the person is answering). Unknown senders become *inquiries*: a
candidate in the company's inquiry campaign (created on first need), so a recruiter sees
and answers them like anyone else; whoever writes to a campaign in inquiry mode carries
the ``Inquiry`` label (:mod:`.inquiries`). Each provider message is stored once (by
provider id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.candidates.contacts import email_key, phone_search_terms
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.engine.messaging import inquiries
from talkpush_desktop.engine.messaging.inquiries import INQUIRY_CAMPAIGN
from talkpush_desktop.engine.providers.base import Inbound, StatusUpdate
from talkpush_desktop.storage.models import (
    Campaign,
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
)

PREVIEW_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Received:
    """A stored inbound message: whose it is, and whether they are new (an inquiry)."""

    message_id: int
    candidate_id: int
    channel: str
    body: str
    inquiry: bool


def _match(session: Session, company_id: int, item: Inbound) -> int | None:
    if item.channel == Channel.EMAIL.value:
        column, key = Candidate.email_key, email_key(item.sender)
    elif item.channel == Channel.MESSENGER.value:
        return session.scalar(
            select(func.max(Candidate.id)).where(
                Candidate.company_id == company_id,
                Candidate.others["messenger_psid"].as_string() == item.sender,
            )
        )
    else:
        column, key = Candidate.phone, item.sender
    return session.scalar(
        select(func.max(Candidate.id)).where(Candidate.company_id == company_id, column == key)
    )


def _inquiry_campaign(session: Session, company_id: int) -> Campaign:
    found = session.scalar(
        select(Campaign)
        .where(Campaign.company_id == company_id, Campaign.messenger_mode == inquiries.INQUIRY_MODE)
        .order_by(Campaign.id)
        .limit(1)
    ) or session.scalar(
        select(Campaign).where(
            Campaign.company_id == company_id, Campaign.title == INQUIRY_CAMPAIGN
        )
    )
    if found is not None:
        return found
    camp = campaigns.create(session, company_id, INQUIRY_CAMPAIGN)
    camp.messenger_mode = inquiries.INQUIRY_MODE
    session.flush()
    return camp


def _new_inquirer(session: Session, company_id: int, item: Inbound) -> int:
    camp = _inquiry_campaign(session, company_id)
    email = item.sender if item.channel == Channel.EMAIL.value else ""
    phone = item.sender if item.channel in (Channel.SMS.value, Channel.VOICE.value) else ""
    others = {"messenger_psid": item.sender} if item.channel == Channel.MESSENGER.value else {}
    draft = CandidateDraft(
        first_name="Unknown",
        last_name=f"({item.sender})",
        email=email,
        email_key=email_key(email),
        phone=phone,
        search_phone=phone_search_terms(phone),
        source=f"Inquiry ({item.channel})",
        others=others,
    )
    [cid] = candidates.insert_drafts(session, camp, [draft], at=item.at, user_id=None)
    return cid


def record(session: Session, company_id: int, items: Sequence[Inbound]) -> list[Received]:
    """Store pulled messages not seen before; returns what was stored."""
    ids = [i.provider_id for i in items]
    seen = set(session.scalars(select(Message.provider_id).where(Message.provider_id.in_(ids))))
    out: list[Received] = []
    for item in items:
        if item.provider_id in seen:
            continue
        seen.add(item.provider_id)
        cid = _match(session, company_id, item)
        inquiry = cid is None
        if cid is None:
            cid = _new_inquirer(session, company_id, item)
        message = Message(
            candidate_id=cid,
            direction="in",
            channel=item.channel,
            kind=MessageKind.CANDIDATE.value,
            body=item.body,
            subject=item.subject,
            media_url=item.media_url,
            media_type=item.media_type,
            state=DeliveryState.RECEIVED.value,
            provider_id=item.provider_id,
            created_at=item.at,
        )
        session.add(message)
        preview = " ".join(item.body.split())[:PREVIEW_LENGTH] or f"[{item.media_type}]"
        session.execute(
            update(Candidate)
            .where(Candidate.id == cid)
            .values(unread=True, last_message_preview=preview, last_message_at=item.at)
        )
        session.flush()
        inquiries.mark(session, company_id, cid, item.at)
        out.append(Received(message.id, cid, item.channel, item.body, inquiry))
    return out


def apply_statuses(session: Session, company_id: int, updates: Sequence[StatusUpdate]) -> int:
    """Later delivery states (delivered / failed) of messages the company sent; returns how
    many."""
    mine = (
        select(Candidate.id)
        .where(Candidate.id == Message.candidate_id, Candidate.company_id == company_id)
        .exists()
    )
    changed = 0
    for u in updates:
        values: dict[str, object] = {"state": u.state}
        if u.error:
            values["error"] = u.error[:1000]
        result = session.execute(
            update(Message)
            .where(
                Message.provider_id == u.provider_id,
                Message.direction == "out",
                Message.state.in_([DeliveryState.SENT.value, DeliveryState.SENDING.value]),
                mine,
            )
            .values(**values)
        )
        changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return changed
