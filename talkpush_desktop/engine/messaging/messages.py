"""The conversation with a candidate: its history, private comments, queued messages.

History is read with the :class:`FastReader` (one prepared statement, tuples straight into
:class:`MessageInfo`), so a 5,000-message conversation loads in milliseconds. Comments stay
on this machine (channel ``internal``). Outgoing messages are stored ``queued``; sending them
is the messaging module's job. Tokens are filled in when a message is queued or a comment
saved, so what is stored is what the recruiter saw (a token with no value stays as written).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.dto import MessageInfo, QuickReplyInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.messaging import sending, tokens
from talkpush_desktop.engine.messaging_names import ATS, SENDABLE_NAMES
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import (
    Action,
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
    QuickReply,
    User,
)

INBOUND = "in"
OUTBOUND = "out"
SENDABLE = tuple(Channel(name) for name in SENDABLE_NAMES)
"""Channels a recruiter can write over, in the order the composer offers them."""
ALIASES = {"facebook": Channel.MESSENGER, "text": Channel.SMS}
MAX_BODY = 10_000
MAX_TITLE = 200
PREVIEW_LENGTH = 200


# -- reading -------------------------------------------------------------------------------


def _history_statement() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Message.id,
            Message.direction,
            Message.channel,
            Message.kind,
            Message.body,
            Message.subject,
            Message.media_url,
            Message.media_type,
            Message.state,
            Message.created_at,
            func.coalesce(User.name, ""),
            Message.error,
            Message.scheduled_at,
        )
        .outerjoin(User, User.id == Message.user_id)
        .where(Message.candidate_id == bindparam("candidate_id"), Message.channel != ATS)
        .order_by(Message.created_at, Message.id)
    )


def _exists_statement() -> Select[Any]:
    return select(Candidate.id).where(
        Candidate.id == bindparam("candidate_id"), Candidate.company_id == bindparam("company_id")
    )


def _tail_statement(last: int) -> Select[Any]:
    """The newest ``last`` messages, newest first (the history's order, reversed). They
    are picked by id first: sorting the conversation's narrow rows, not whole messages."""
    newest = Message.created_at.desc(), Message.id.desc()
    picked = (
        select(Message.id)
        .where(Message.candidate_id == bindparam("candidate_id"), Message.channel != ATS)
        .order_by(*newest)
        .limit(last)
    )
    return _history_statement().where(Message.id.in_(picked)).order_by(None).order_by(*newest)


def _count_statement() -> Select[Any]:
    mine = _exists_statement().exists()  # the company's candidate (else the count is 0)
    return select(func.count()).where(
        Message.candidate_id == bindparam("candidate_id"), Message.channel != ATS, mine
    )


def history(
    reader: FastReader, company_id: int, candidate_id: int, last: int | None = None
) -> list[MessageInfo]:
    """Every message of a candidate, oldest first (by time, then as stored); with ``last``,
    only the newest ``last`` of them (still oldest first): what a conversation opens on."""
    params = {"candidate_id": candidate_id, "company_id": company_id}
    if not reader.fetch("candidate_exists", _exists_statement, params):
        raise NotFoundError(f"no candidate with id {candidate_id}")
    if last is None:
        rows = reader.fetch("message_history", _history_statement, params)
        return list(map(MessageInfo._make, rows))
    rows = reader.fetch(("message_tail", last), lambda: _tail_statement(last), params)
    return list(map(MessageInfo._make, reversed(rows)))


def count(reader: FastReader, company_id: int, candidate_id: int) -> int:
    """How many messages the conversation of a candidate of the company holds."""
    params = {"candidate_id": candidate_id, "company_id": company_id}
    [(n,)] = reader.fetch("message_count", _count_statement, params)
    return int(n)


def reply_channel(
    messages: Sequence[MessageInfo],
    *,
    phone: bool = True,
    email: bool = True,
    offered: Collection[str] = SENDABLE_NAMES,
) -> Channel:
    """The channel to answer on: where the candidate last wrote from (among the ``offered``,
    connected ones), else SMS or email."""
    for m in reversed(messages):
        if m.direction == INBOUND and m.channel in offered:
            return Channel(m.channel)
    if phone or not email:
        return Channel.SMS
    return Channel.EMAIL


# -- writing -------------------------------------------------------------------------------


def parse_channel(name: str) -> Channel:
    """A channel a recruiter may send over, from its name (``sms``, ``Email``, ``facebook``)."""
    key = name.strip().lower()
    channel = ALIASES.get(key) or next((c for c in Channel if c.value == key), None)
    choices = ", ".join(c.value for c in SENDABLE)
    if channel is None:
        raise ValidationError(f"channel: unknown channel {name!r} (use {choices})")
    if channel not in SENDABLE:
        raise ValidationError(f"channel: messages cannot be sent over {channel.value}")
    return channel


def connected_channel(session: Session, company_id: int, name: str) -> Channel:
    """:func:`parse_channel`, refused when no provider carries the channel now."""
    channel = parse_channel(name)
    kinds = provider_config.provider_kinds(session, company_id)
    if reason := provider_config.not_connected(channel.value, kinds):
        raise ValidationError(reason)
    return channel


def _body(text: str, what: str) -> str:
    body = text.strip()
    if not body:
        raise ValidationError(f"{what}: the text is empty")
    if len(body) > MAX_BODY:
        raise ValidationError(f"{what}: longer than {MAX_BODY:,} characters")
    return body


def _candidate(session: Session, company_id: int, candidate_id: int) -> Candidate:
    return campaign_access.candidate(session, company_id, candidate_id)


def _save(session: Session, message: Message, c: Candidate, action: Action) -> MessageInfo:
    session.add(message)
    session.flush()
    event = activity.Event(
        c.company_id,
        c.campaign_id,
        c.id,
        action,
        message.created_at,
        message.user_id,
        detail=message.channel,
    )
    activity.record(session, [event])
    return _bubble(session, message)


def add_comment(
    session: Session, company_id: int, candidate_id: int, text: str, *, user_id: int, at: datetime
) -> MessageInfo:
    """A private comment on a candidate: never sent, never shown to them.

    Stored with its tokens filled in for the candidate, as the window shows it.
    """
    written = _body(text, "comment")
    c = _candidate(session, company_id, candidate_id)
    if tokens.MARK in written:
        written = tokens.render(written, tokens.values_for(session, company_id, c.id)).text
    body = _body(written, "comment")
    comment = Message(
        candidate_id=c.id,
        user_id=user_id,
        direction=OUTBOUND,
        channel=Channel.INTERNAL.value,
        kind=MessageKind.COMMENT.value,
        body=body,
        state=DeliveryState.DELIVERED.value,
        created_at=at,
    )
    return _save(session, comment, c, Action.COMMENTED)


def queue_message(
    session: Session,
    company_id: int,
    candidate_id: int,
    text: str,
    *,
    channel: str,
    user_id: int,
    at: datetime,
    send_at: datetime | None = None,
) -> MessageInfo:
    """A recruiter's message, tokens filled in and stored ``queued`` for the outbox.

    Refused (nothing stored) when a token is unknown or empty, or the channel cannot
    reach the candidate.
    """
    body = _body(text, "message")
    target = parse_channel(channel)
    c = _candidate(session, company_id, candidate_id)
    queued = sending.queue(
        session,
        company_id,
        [c.id],
        sending.Draft(body, target.value),
        user_id=user_id,
        at=at,
        send_at=send_at,
        strict=True,
    )
    return saved(session, company_id, queued.message_ids[c.id])


def saved(session: Session, company_id: int, message_id: int) -> MessageInfo:
    """One stored message of the company as a bubble."""
    m = session.get(Message, message_id)
    if m is None:
        raise NotFoundError(f"no message with id {message_id}")
    _candidate(session, company_id, m.candidate_id)
    return _bubble(session, m)


def _bubble(session: Session, m: Message) -> MessageInfo:
    author = session.get(User, m.user_id) if m.user_id is not None else None
    return MessageInfo(
        m.id,
        m.direction,
        m.channel,
        m.kind,
        m.body,
        m.subject,
        m.media_url,
        m.media_type,
        m.state,
        m.created_at,
        author.name if author else "",
        m.error,
        m.scheduled_at,
    )


# -- quick replies -------------------------------------------------------------------------


def quick_replies(session: Session, company_id: int) -> list[QuickReplyInfo]:
    """The company's quick replies, by title."""
    rows = session.scalars(
        select(QuickReply)
        .where(QuickReply.company_id == company_id)
        .order_by(func.lower(QuickReply.title), QuickReply.id)
    )
    return [QuickReplyInfo(q.id, q.title, q.body) for q in rows]


def _quick_reply_fields(
    session: Session, company_id: int, title: str, text: str, own_id: int | None = None
) -> tuple[str, str]:
    """A checked (title, body): titles unique in the company ignoring case, tokens known."""
    name = " ".join(title.split())
    if not name:
        raise ValidationError("title: required")
    if len(name) > MAX_TITLE:
        raise ValidationError(f"title: longer than {MAX_TITLE} characters")
    body = _body(text, "quick reply")
    if problems := tokens.check(body):
        raise ValidationError(f"quick reply: {problems[0]}")
    clash = session.scalar(
        select(QuickReply.id).where(
            QuickReply.company_id == company_id, func.lower(QuickReply.title) == name.lower()
        )
    )
    if clash is not None and clash != own_id:
        raise ValidationError(f"title: a quick reply called {name!r} already exists")
    return name, body


def create_quick_reply(session: Session, company_id: int, title: str, text: str) -> QuickReplyInfo:
    """A new quick reply; titles are unique in the company (ignoring case)."""
    name, body = _quick_reply_fields(session, company_id, title, text)
    reply = QuickReply(company_id=company_id, title=name, body=body)
    session.add(reply)
    session.flush()
    return QuickReplyInfo(reply.id, reply.title, reply.body)


def _own_reply(session: Session, company_id: int, reply_id: int) -> QuickReply:
    reply = session.get(QuickReply, reply_id)
    if reply is None or reply.company_id != company_id:
        raise NotFoundError(f"no quick reply with id {reply_id}")
    return reply


def update_quick_reply(
    session: Session, company_id: int, reply_id: int, title: str, text: str
) -> QuickReplyInfo:
    reply = _own_reply(session, company_id, reply_id)
    reply.title, reply.body = _quick_reply_fields(session, company_id, title, text, reply_id)
    return QuickReplyInfo(reply.id, reply.title, reply.body)


def delete_quick_reply(session: Session, company_id: int, reply_id: int) -> None:
    session.delete(_own_reply(session, company_id, reply_id))
