"""One demo applicant's rows: the person (or a re-applicant), where they end up and when,
their interview answers, the moves of the activity log, labels, and their chat; one long
conversation. Rows wait in :class:`Buffers` for the next bulk insert.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity, labels
from talkpush_desktop.engine.demo.texts import (
    ANSWERS,
    ATTACHMENTS,
    FIRST,
    LAST,
    MAIL,
    MANUAL_LABELS,
    SOURCES,
)
from talkpush_desktop.storage.models import Action, Channel, DeliveryState, Folder, MessageKind

LONG_CONVERSATION = 5000
PIN_HOURS = 72
"""A new campaign's PIN validity (engine.company.campaigns.create)."""


@dataclass
class Buffers:
    """Rows waiting for the next bulk insert, per table."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def flush(self, session: Session, tables: dict[str, Table]) -> None:
        for name in (
            "candidates",
            "candidate_labels",
            "activity",
            "messages",
            "interview_responses",
        ):
            rows = self.rows.pop(name, [])
            if rows:
                session.execute(insert(tables[name]), rows)


@dataclass
class DemoState:
    """What the applicants go into (company, users, campaigns, labels) and the build's
    running state (random source, next candidate id, recent people)."""

    rng: random.Random
    now: datetime
    company_id: int
    users: list[int]
    campaigns: list[tuple[int, str, list[int]]]  # id, country, question ids
    label_ids: dict[str, int]
    next_id: int
    recent: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=64))


def _phone(index: int, country: str) -> str:
    """A unique, valid mobile number per index (7919 is coprime with 10**7)."""
    if country == "US":
        return f"+1512{2_000_000 + (index * 7919) % 8_000_000}"
    prefix = (17, 18, 19, 27, 28, 55, 66, 77, 95)[index % 9]
    return f"+639{prefix}{(index * 7919) % 10_000_000:07d}"


def _person(ctx: DemoState, index: int, country: str) -> tuple[dict[str, Any], bool]:
    """A new applicant, or (about 2%) someone re-applying with the same contact details."""
    rng = ctx.rng
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if index % 50 == 7 and ctx.recent:
        return dict(rng.choice(ctx.recent)), True
    email = f"{first}.{last}{index}@{MAIL[index % 4]}".lower()
    phone = _phone(index, country)
    digits = phone.lstrip("+")
    national = digits[2:] if country == "PH" else digits[1:]
    person = {
        "first_name": first,
        "last_name": last.replace("-", " "),
        "email": email,
        "email_key": email,
        "phone": phone,
        "search_phone": f"{digits} {national}",
    }
    ctx.recent.append(person)
    return person, False


def _fate(rng: random.Random) -> tuple[str, bool, int]:
    """(final folder, completed?, answered questions) for a new candidate."""
    roll = rng.random()
    if roll < 0.03:
        return Folder.NO_CAMPAIGN_INVITATION.value, False, 0
    if roll < 0.20:
        return Folder.NO_RESPONSE.value, False, 0
    if roll < 0.40:
        return Folder.INBOX.value, False, rng.choice((0, 0, 1, 2))
    decided = rng.random()
    for limit, folder in (
        (0.30, Folder.COMPLETED),
        (0.55, Folder.SHORTLISTED),
        (0.85, Folder.REJECTED),
        (0.93, Folder.ON_HOLD),
        (1.0, Folder.HIRED),
    ):
        if decided < limit:
            return folder.value, True, 99
    return Folder.COMPLETED.value, True, 99


def _as_of_today(ctx: DemoState, folder: str, added: datetime, answered: int) -> str:
    """The folder the product's own rules give the candidate today: an unanswered invitation
    stays in the Inbox while its PIN is valid and is in No Response once it expired (the
    sync's PIN expiry would move it there on the first pass otherwise)."""
    undecided = folder in (Folder.INBOX.value, Folder.NO_RESPONSE.value)
    if not undecided or answered:
        return folder
    pin_valid = added + timedelta(hours=PIN_HOURS) > ctx.now
    return Folder.INBOX.value if pin_valid else Folder.NO_RESPONSE.value


def _messenger_id(cid: int) -> dict[str, str]:
    """The page-scoped id of a candidate who talks to the chatbot on Messenger (the demo's
    chats are on Messenger), so a recruiter can answer there too."""
    return {"messenger_psid": str(7_100_000_000_000_000 + cid)}


def _event(buf: Buffers, event: activity.Event) -> None:
    buf.add("activity", activity.as_row(event))


def _demo_channel(kind: MessageKind) -> str:
    """The chatbot talks on Messenger, recruiters text, comments stay internal."""
    if kind in (MessageKind.CANDIDATE, MessageKind.BOT):
        return Channel.MESSENGER.value
    return Channel.INTERNAL.value if kind == MessageKind.COMMENT else Channel.SMS.value


def _message(
    buf: Buffers,
    cid: int,
    kind: MessageKind,
    body: str,
    at: datetime,
    *,
    user: int | None = None,
    media: tuple[str, str] = ("", ""),
) -> None:
    inbound = kind == MessageKind.CANDIDATE
    media_type = media[0] or ("audio" if inbound and "audio" in body else "")
    buf.add(
        "messages",
        {
            "candidate_id": cid,
            "user_id": user,
            "direction": "in" if inbound else "out",
            "channel": _demo_channel(kind),
            "kind": kind.value,
            "body": body,
            "subject": "",
            "media_url": media[1],
            "media_type": media_type,
            "state": DeliveryState.RECEIVED.value if inbound else DeliveryState.DELIVERED.value,
            "error": "",
            "provider_id": "",
            "created_at": at,
            "scheduled_at": None,
            "sent_at": None if inbound else at,
            "delivered_at": at,
            "attempts": 0 if inbound else 1,
            "recipient": "",
            "html": "",
            "next_attempt_at": None,
            "intent_at": None,
            "lease_until": None,
            "lease_owner": "",
            "handled_at": at if inbound else None,  # history: the bot has seen it
        },
    )


@dataclass(frozen=True)
class _Applicant:
    cid: int
    campaign_id: int
    question_ids: list[int]
    index: int
    added: datetime
    chatty: bool


def _interview(
    ctx: DemoState, buf: Buffers, who: _Applicant, answered: int
) -> tuple[str, datetime, list[str]]:
    """Responses (and chat bubbles) for the first ``answered`` questions; progress labels."""
    if not answered:
        return "Invitation sent", who.added, []
    ev = partial(activity.Event, ctx.company_id, who.campaign_id, who.cid)
    first_answer = min(who.added + timedelta(minutes=ctx.rng.randint(5, 600)), ctx.now)
    _event(buf, ev(Action.ATTEMPTED, first_answer))
    preview, last_at = "", first_answer
    for n, qid in enumerate(who.question_ids[:answered]):
        at = first_answer + timedelta(minutes=2 * n)
        answer = ANSWERS[(who.index + n) % len(ANSWERS)]
        buf.add(
            "interview_responses",
            {
                "candidate_id": who.cid,
                "question_id": qid,
                # every other answer was spoken: a transcript, the recording stays online
                "answer_type": "audio" if n % 2 else "text",
                "text": "" if n % 2 else answer,
                "audio_path": "",
                "transcript": answer if n % 2 else "",
                "created_at": at,
            },
        )
        if who.chatty:
            _message(buf, who.cid, MessageKind.BOT, f"Question {n + 1}", at - timedelta(minutes=1))
            _message(buf, who.cid, MessageKind.CANDIDATE, answer, at)
        preview, last_at = answer, at
    tags = [labels.ATTEMPTED]
    if 2 * answered > len(who.question_ids):
        tags.append(labels.HALF_COMPLETED)
    return preview, last_at, tags


def _folder_events(
    ctx: DemoState, buf: Buffers, who: _Applicant, folder: str, done_at: datetime | None
) -> None:
    """The moves that brought the candidate to ``folder``: completion, decision, expiry."""
    ev = partial(activity.Event, ctx.company_id, who.campaign_id, who.cid)
    if done_at is not None:
        _event(buf, ev(Action.COMPLETED, done_at))
        moved = ev(Action.MOVED, done_at, None, Folder.INBOX.value)
        _event(buf, replace(moved, to_folder=Folder.COMPLETED.value))
        if folder != Folder.COMPLETED.value:
            decided_at = done_at + timedelta(hours=ctx.rng.expovariate(1 / 20))
            decision = replace(
                moved, at=min(decided_at, ctx.now), user_id=ctx.rng.choice(ctx.users)
            )
            _event(buf, replace(decision, from_folder=Folder.COMPLETED.value, to_folder=folder))
    elif folder == Folder.NO_RESPONSE.value:
        expiry = who.added + timedelta(hours=PIN_HOURS)
        expired = ev(Action.MOVED, expiry, None, Folder.INBOX.value)
        _event(buf, replace(expired, to_folder=folder, detail="PIN expired"))


def add_candidate(
    ctx: DemoState, buf: Buffers, index: int, added: datetime, chatty: bool, *, long_chat: bool
) -> None:
    rng = ctx.rng
    ev = partial(activity.Event, ctx.company_id)
    cid = ctx.next_id
    ctx.next_id += 1
    campaign_id, country, question_ids = ctx.campaigns[index % len(ctx.campaigns)]
    person, duplicate = _person(ctx, index, country)
    folder, completed, answered = _fate(rng)
    answered = min(answered, len(question_ids))
    folder = _as_of_today(ctx, folder, added, answered)
    done_at = min(added + timedelta(hours=rng.uniform(0.2, 30)), ctx.now) if completed else None
    source = SOURCES[rng.randrange(len(SOURCES))]
    _event(buf, ev(campaign_id, cid, Action.ADDED, added, None, None, Folder.INBOX.value, source))
    if folder != Folder.NO_CAMPAIGN_INVITATION.value:
        _event(buf, ev(campaign_id, cid, Action.INVITED, added + timedelta(seconds=5)))
    who = _Applicant(cid, campaign_id, question_ids, index, added, chatty)
    preview, last_at, tags = _interview(ctx, buf, who, answered)
    _folder_events(ctx, buf, who, folder, done_at)
    if duplicate:
        tags.append(labels.DUPLICATE)
    if rng.random() < 0.08:
        tags.append(MANUAL_LABELS[index % len(MANUAL_LABELS)][0])
    for tag in tags:
        buf.add(
            "candidate_labels",
            {"candidate_id": cid, "label_id": ctx.label_ids[tag], "created_at": added},
        )
    buf.add(
        "candidates",
        person
        | {
            "id": cid,
            "company_id": ctx.company_id,
            "campaign_id": campaign_id,
            "folder": folder,
            "source": source,
            "school_name": None,
            "gender": None,
            "employment": [],
            "links": [],
            "referee_first_name": "",
            "referee_last_name": "",
            "referee_id": "",
            "referee_email": "",
            "referee_mobile": "",
            "referee_account": "",
            "others": _messenger_id(cid) if long_chat or (chatty and answered) else {},
            "cv_path": "",
            "cv_text": "",
            "access_code": f"{rng.randint(0, 999999):06d}",
            "pin_expires_at": added + timedelta(hours=PIN_HOURS),
            "added_at": added,
            "completed_at": done_at,
            "last_message_at": last_at,
            "last_message_preview": preview[:200],
            "unread": answered > 0 and rng.random() < 0.3,
            "bot_stopped": False,
            "bot_step": 0,
            "import_batch_id": None,
            "import_row": None,
        },
    )


def add_long_conversation(ctx: DemoState, buf: Buffers, cid: int, start: datetime) -> None:
    """One candidate with a 5,000-message history (to show big chats stay fast)."""
    kinds = (MessageKind.BOT, MessageKind.CANDIDATE, MessageKind.RECRUITER, MessageKind.COMMENT)
    for n in range(LONG_CONVERSATION):
        kind = kinds[n % 4] if n % 7 else MessageKind.CANDIDATE
        media = ("", "")
        if kind == MessageKind.CANDIDATE and n % 10 == 1:
            media_type, name = ATTACHMENTS[n // 10 % len(ATTACHMENTS)]
            media = (media_type, f"https://files.acme-bpo.example/{name.format(n=n)}")
        _message(
            buf,
            cid,
            kind,
            f"Message {n + 1}: " + ANSWERS[n % len(ANSWERS)],
            start + timedelta(minutes=n),
            user=ctx.users[0] if kind in (MessageKind.RECRUITER, MessageKind.COMMENT) else None,
            media=media,
        )
