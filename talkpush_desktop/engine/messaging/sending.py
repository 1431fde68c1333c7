"""Queueing outgoing messages for one candidate or thousands: render, address, check, store.

Tokens are filled in when the message is queued, so what the recruiter previewed is what
goes out, and problems (an unknown token, a token with no value, no phone number) are
reported before anything is sent. One candidate: a problem refuses the message. Many
candidates: those with a problem are skipped and listed with the reason, the rest queue
in one transaction. Email bodies are HTML-escaped and sanitised; the plain-text part is
kept as the bubble's text.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging import email_html, email_skeleton, tokens
from talkpush_desktop.engine.providers.config import not_connected, provider_kinds
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.models import (
    Action,
    Candidate,
    Channel,
    DeliveryState,
    Message,
    MessageKind,
    table_of,
)
from talkpush_desktop.storage.prepared import Prepared

PREVIEW_LENGTH = 200
MAX_BODY = 10_000


@dataclass(frozen=True, slots=True)
class Draft:
    """What to send: a body with tokens (and for email a subject and optional HTML)."""

    body: str
    channel: str | None = None  # None: SMS when the candidate has a phone, else email
    subject: str = ""
    html: str = ""  # an email template's HTML (tokens allowed); "" builds it from body
    kind: MessageKind = MessageKind.RECRUITER
    action: Action = Action.MESSAGED


@dataclass
class Queued:
    """The outcome of queueing: message ids by candidate, and who was skipped and why."""

    message_ids: dict[int, int] = field(default_factory=dict)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "queued": len(self.message_ids),
            "message_ids": list(self.message_ids.values()),
            "skipped": [{"id": cid, "reason": why} for cid, why in self.skipped],
        }


def address(channel: str, phone: str, email: str, others: Mapping[str, Any]) -> str:
    """Where a channel reaches the candidate; raises ValidationError when it cannot."""
    if channel in (Channel.SMS.value, Channel.VOICE.value):
        if not phone:
            raise ValidationError(f"{channel}: the candidate has no phone number")
        return phone
    if channel == Channel.EMAIL.value:
        if not email:
            raise ValidationError("email: the candidate has no email address")
        return email
    if channel == Channel.MESSENGER.value:
        psid = str(others.get("messenger_psid", ""))
        if not psid:
            raise ValidationError("messenger: the candidate has not written to the page yet")
        return psid
    return phone or email


@dataclass(frozen=True, slots=True)
class Reads:
    """What queueing reads once for a set of candidates: the company's provider kinds,
    each candidate's contacts (phone, email, other fields, campaign) and token values.
    Read once, they serve every draft queued for those candidates in one transaction
    (an event template's SMS and email versions)."""

    kinds: dict[str, str]
    contacts: dict[int, tuple[str, str, dict[str, Any], int]]
    values: dict[int, dict[str, str]]


def read(
    session: Session,
    company_id: int,
    candidate_ids: Sequence[int],
    *,
    kinds: dict[str, str] | None = None,
) -> Reads:
    """:class:`Reads` of the company's candidates among ``candidate_ids`` (``kinds``
    given: not read again)."""
    contacts = _contacts(session, company_id, candidate_ids)
    values = tokens.values_for_many(session, company_id, list(contacts))
    if kinds is None:
        kinds = provider_kinds(session, company_id)
    return Reads(kinds, contacts, values)


_CANDIDATES = table_of(Candidate)
_CONTACTS = Prepared(
    select(*(_CANDIDATES.c[k] for k in ("id", "phone", "email", "others", "campaign_id"))).where(
        _CANDIDATES.c.company_id == bindparam("company_id"),
        _CANDIDATES.c.id.in_(bindparam("ids", expanding=True)),
    )
)
_PREVIEW = Prepared(
    update(_CANDIDATES)
    .where(_CANDIDATES.c.id == bindparam("cid"))
    .values(last_message_preview=bindparam("preview"), last_message_at=bindparam("at"))
)
"""Statements prepared once (each message queued runs them: no building, no ORM)."""


def _contacts(
    session: Session, company_id: int, ids: Sequence[int]
) -> dict[int, tuple[str, str, dict[str, Any], int]]:
    """Phone, email, other fields and campaign of each candidate of the company."""
    found: dict[int, tuple[str, str, dict[str, Any], int]] = {}
    for part in chunks(list(ids)):
        rows = _CONTACTS.rows(session, {"company_id": company_id, "ids": part})
        for cid, phone, email, others, campaign_id in rows:
            found[cid] = (phone, email, others or {}, campaign_id)
    return found


def _email_parts(draft: Draft, values: Mapping[str, str]) -> tuple[str, str, tuple[str, ...]]:
    """(plain text, sanitised HTML, problems) of an email draft for one candidate."""
    if draft.html:
        found = email_skeleton.skeleton(draft.html)
        done = email_skeleton.fill(found, values) if found is not None else None
        if done is not None:  # sanitised and converted once for the whole template
            return done[0], done[1], ()
        rendered = tokens.render(draft.html, values, escape_html=True)
        safe = email_html.sanitize(rendered.text)
        return email_html.to_plain_text(safe), safe, tokens.problems(rendered)
    rendered = tokens.render(draft.body, values)
    paragraphs = rendered.text.split("\n\n")
    body_html = "".join(
        "<p>" + html_lib.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs
    )
    return rendered.text, email_html.sanitize(body_html), tokens.problems(rendered)


def _render(
    draft: Draft, channel: str, values: Mapping[str, str]
) -> tuple[str, str, str, tuple[str, ...]]:
    """(body, subject, html, problems) for one candidate."""
    if channel != Channel.EMAIL.value:
        rendered = tokens.render(draft.body, values)
        return rendered.text, "", "", tokens.problems(rendered)
    text, safe_html, problems = _email_parts(draft, values)
    subject = tokens.render(draft.subject or "Message from <%= @company %>", values)
    return text, subject.text, safe_html, problems + tokens.problems(subject)


def queue(
    session: Session,
    company_id: int,
    candidate_ids: Sequence[int],
    draft: Draft,
    *,
    user_id: int | None,
    at: datetime,
    send_at: Callable[[str], datetime | None] | datetime | None = None,
    strict: bool = False,
    reads: Reads | None = None,
) -> Queued:
    """Queue ``draft`` for each candidate; ``send_at`` schedules it (a time, or a function
    of the candidate's phone for "9:00 in their time zone"). ``reads``: what
    :func:`read` gave for these candidates in this transaction (else read here)."""
    if not draft.body.strip() and not draft.html.strip():
        raise ValidationError("message: the text is empty")
    if len(draft.body) > MAX_BODY:
        raise ValidationError(f"message: longer than {MAX_BODY:,} characters")
    kinds = reads.kinds if reads is not None else None
    if draft.channel and (
        reason := not_connected(draft.channel, kinds or provider_kinds(session, company_id))
    ):  # nobody can be reached on it: every candidate is skipped, nothing is stored
        if strict:
            raise ValidationError(reason)
        return Queued(skipped=[(cid, reason) for cid in dict.fromkeys(candidate_ids)])
    if reads is None:
        reads = read(session, company_id, candidate_ids, kinds={})
    contacts, values = reads.contacts, reads.values
    out = Queued()
    rows: list[dict[str, Any]] = []
    for cid in dict.fromkeys(candidate_ids):
        if cid not in contacts:
            out.skipped.append((cid, "no such candidate"))
            continue
        phone, email, others, _campaign = contacts[cid]
        channel = draft.channel or (Channel.SMS.value if phone else Channel.EMAIL.value)
        try:
            recipient = address(channel, phone, email, others)
        except ValidationError as exc:
            out.skipped.append((cid, str(exc)))
            continue
        body, subject, body_html, problems = _render(draft, channel, values[cid])
        if problems:
            out.skipped.append((cid, "; ".join(problems)))
            continue
        when = send_at(phone) if callable(send_at) else send_at
        rows.append(
            _row(
                cid,
                draft,
                _Addressed(channel, recipient, body, subject, body_html),
                user_id=user_id,
                at=at,
                when=when,
            )
        )
    if strict and out.skipped:
        raise ValidationError(out.skipped[0][1])
    campaigns = {cid: contact[3] for cid, contact in contacts.items()}
    _store(session, company_id, rows, campaigns, action=draft.action, at=at, out=out)
    return out


@dataclass(frozen=True, slots=True)
class _Addressed:
    """One candidate's rendered message: channel, recipient, body, subject, HTML."""

    channel: str
    recipient: str
    body: str
    subject: str
    html: str


def _row(
    cid: int,
    draft: Draft,
    m: _Addressed,
    *,
    user_id: int | None,
    at: datetime,
    when: datetime | None,
) -> dict[str, Any]:
    return {
        "candidate_id": cid,
        "user_id": user_id,
        "direction": "out",
        "channel": m.channel,
        "kind": draft.kind.value,
        "body": m.body,
        "subject": m.subject,
        "html": m.html,
        "media_url": "",
        "media_type": "",
        "state": DeliveryState.QUEUED.value,
        "error": "",
        "provider_id": "",
        "recipient": m.recipient,
        "created_at": at,
        "scheduled_at": when,
        "next_attempt_at": when,
        "attempts": 0,
        "lease_owner": "",
    }


def _store(
    session: Session,
    company_id: int,
    rows: list[dict[str, Any]],
    campaigns: Mapping[int, int],
    *,
    action: Action,
    at: datetime,
    out: Queued,
) -> None:
    if not rows:
        return
    table = table_of(Message)
    for part in chunks(rows):
        for row, mid in zip(part, bulk.insert_ids(session, table, part), strict=True):
            out.message_ids[row["candidate_id"]] = mid
    previews = [
        {
            "cid": r["candidate_id"],
            "preview": " ".join(r["body"].split())[:PREVIEW_LENGTH],
            "at": at,
        }
        for r in rows
    ]
    _PREVIEW.executemany(session, previews)
    activity.record(
        session,
        [
            activity.Event(
                company_id,
                campaigns[r["candidate_id"]],
                r["candidate_id"],
                action,
                at,
                r["user_id"],
                detail=r["channel"],
            )
            for r in rows
        ],
    )
