"""The outbox: every outgoing message is a row first, then a provider's, exactly once.

States: ``queued`` -> ``sending`` -> ``sent`` -> ``delivered`` / ``failed``.

- **Claim.** A worker moves due ``queued`` rows to ``sending`` in one transaction, storing
  the intent time (``intent_at``, kept from the first attempt) and a lease, *before* any
  request goes out.
- **Outcome.** Sent rows get the provider id; permanent errors fail at once with the
  provider's reason; retryable ones go back to ``queued`` with exponential backoff and
  jitter (or the provider's Retry-After); an unreachable provider requeues them without
  counting the attempt.
- **In doubt.** A ``sending`` row whose lease ran out (the worker died, or the outcome was
  ambiguous) is claimed again as *in doubt*: the provider is asked whether it has the
  message (:meth:`Provider.find_sent`) before anything is resent. Providers that cannot
  be asked fail it with "delivery unknown" rather than risk sending twice.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.messaging_names import ATS
from talkpush_desktop.engine.providers.base import Outgoing
from talkpush_desktop.engine.providers.config import service_for
from talkpush_desktop.storage.models import Candidate, Channel, Company, DeliveryState, Message

LEASE = timedelta(minutes=2)
"""How long a worker owns a ``sending`` row (longer than any request's timeout)."""
MAX_AGE = timedelta(days=3)
"""A message still undelivered this long after it was written fails ("gave up")."""
BASE_DELAY = 2.0
MAX_DELAY = 300.0
UNKNOWN = (
    "delivery unknown: the connection broke while {provider} was taking the message, "
    "and {provider} cannot be asked whether it arrived. Check with the candidate before "
    "pressing Retry."
)

QUEUED, SENDING = DeliveryState.QUEUED.value, DeliveryState.SENDING.value
CHANNELS = (*(c.value for c in Channel if c != Channel.INTERNAL), ATS)
NOT_MESSAGES = (Channel.INTERNAL.value, ATS)
"""Outgoing rows that are no message to a candidate: comments and ATS pushes."""


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds before attempt ``attempts + 1``: doubling from 2 s to 5 min, equal jitter."""
    ceiling = min(MAX_DELAY, BASE_DELAY * 2.0 ** max(0, attempts - 1))
    jitter: float = (rng or random).uniform(0, ceiling / 2)
    return ceiling / 2 + jitter


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message a worker now owns: what to send, over which service, and whether a
    previous attempt's outcome is unknown."""

    outgoing: Outgoing
    service: str
    attempts: int
    created_at: datetime
    in_doubt: bool


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one claimed message."""

    message_id: int
    kind: str  # sent / failed / retry / offline / doubt / held (behind an earlier one)
    provider_id: str = ""
    delivered: bool = False
    error: str = ""
    delay: float = 0.0


def _due(now: datetime, paused: Iterable[str]) -> list[ColumnElement[bool]]:
    """Queued messages whose time has come, and sending ones whose lease ran out."""
    conditions = [
        or_(
            and_(
                Message.state == QUEUED,
                or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
            ),
            and_(Message.state == SENDING, Message.lease_until < now),
        )
    ]
    stopped = [ch for ch in CHANNELS if service_for(ch) in set(paused)]
    if stopped:
        conditions.append(Message.channel.not_in(stopped))
    return conditions


def claim(
    session: Session,
    company_id: int,
    now: datetime,
    limit: int,
    *,
    paused: Iterable[str] = (),
    owner: str = "",
) -> list[Claimed]:
    """Take up to ``limit`` due messages (and in-doubt ones) of the company's candidates for
    sending, oldest first (they go out through the company's own providers); ``owner``
    names the worker holding their lease.

    Several workers may claim at once (workstations and ``sync`` on one PostgreSQL
    database): the rows are read ``FOR UPDATE SKIP LOCKED`` (another worker's claim in
    progress is passed over, not waited for) and each is taken by a compare-and-set on
    its state, so a message is one worker's only. (SQLite's writers take turns.)"""
    rows = session.execute(
        select(
            Message.id,
            Message.state,
            Message.channel,
            Message.recipient,
            Message.body,
            Message.subject,
            Message.html,
            Message.attempts,
            Message.intent_at,
            Message.created_at,
            Company.name,
        )
        .join(Candidate, Candidate.id == Message.candidate_id)
        .join(Company, Company.id == Candidate.company_id)
        .where(*_due(now, paused), Candidate.company_id == company_id)
        .order_by(Message.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Message)  # SQLite: no such clause, none needed
    ).all()
    if not rows:
        return []
    fresh = [r.id for r in rows if r.state == QUEUED]
    doubtful = [r.id for r in rows if r.state == SENDING]
    lease = now + LEASE
    taken: set[int] = set()
    if fresh:
        taken.update(
            session.scalars(
                update(Message)
                .where(Message.id.in_(fresh), Message.state == QUEUED)
                .values(
                    state=SENDING,
                    attempts=Message.attempts + 1,
                    intent_at=func.coalesce(Message.intent_at, now),
                    lease_until=lease,
                    lease_owner=owner,
                )
                .returning(Message.id)
            )
        )
    if doubtful:
        taken.update(
            session.scalars(
                update(Message)
                .where(
                    Message.id.in_(doubtful), Message.state == SENDING, Message.lease_until < now
                )
                .values(lease_until=lease, lease_owner=owner)
                .returning(Message.id)
            )
        )
    rows = [r for r in rows if r.id in taken]
    return [
        Claimed(
            Outgoing(
                r.id,
                r.channel,
                r.recipient,
                r.body,
                r.subject,
                r.html,
                r.name,
                r.intent_at or now,
            ),
            service_for(r.channel),
            r.attempts + (1 if r.state == QUEUED else 0),
            r.created_at,
            r.state == SENDING,
        )
        for r in rows
    ]


def record(
    session: Session, claimed: Sequence[Claimed], outcomes: Sequence[Outcome], now: datetime
) -> None:
    """Write each outcome on its message (one transaction for the batch)."""
    by_id = {c.outgoing.message_id: c for c in claimed}
    for o in outcomes:
        session.execute(
            update(Message)
            .where(Message.id == o.message_id)
            .values(**_values(o, by_id[o.message_id], now))
        )


def _values(o: Outcome, c: Claimed, now: datetime) -> dict[str, object]:
    if o.kind == "sent":
        state = DeliveryState.DELIVERED if o.delivered else DeliveryState.SENT
        return {
            "state": state.value,
            "provider_id": o.provider_id,
            "sent_at": now,
            "delivered_at": now if o.delivered else None,
            "lease_until": None,
            "next_attempt_at": None,
            "error": "",
        }
    gave_up = o.kind == "retry" and now - c.created_at > MAX_AGE
    if o.kind == "failed" or gave_up:
        reason = f"gave up after {c.attempts} attempts: {o.error}" if gave_up else o.error
        return {"state": DeliveryState.FAILED.value, "error": reason[:1000], "lease_until": None}
    when = now + timedelta(seconds=o.delay)
    if o.kind == "held" and c.in_doubt:  # still unknown: ask the provider later
        return {"lease_until": when}
    if o.kind == "held":  # an earlier message to the same person must go first
        return {
            "state": QUEUED,
            "lease_until": None,
            "next_attempt_at": when,
            "attempts": Message.attempts - 1,
        }
    if o.kind == "doubt":  # ask the provider again once the lease runs out
        return {"state": SENDING, "error": o.error[:1000], "lease_until": when}
    values: dict[str, object] = {
        "state": QUEUED,
        "error": f"will retry: {o.error}"[:1000],
        "lease_until": None,
        "next_attempt_at": when,
    }
    if o.kind == "offline" and not c.in_doubt:
        values["attempts"] = Message.attempts - 1  # unreachable: the attempt does not count
    return values


def retry(session: Session, company_id: int, message_ids: Sequence[int]) -> int:
    """Queue failed messages again (the bubble's Retry); returns how many.

    NotFoundError names ids that are no outgoing message of the company.
    """
    owned = campaign_access.reachable_candidates(session, company_id)
    found = session.scalars(
        select(Message.id).where(
            Message.id.in_(message_ids),
            Message.direction == "out",
            Message.candidate_id.in_(owned),
        )
    )
    missing = sorted(set(message_ids).difference(found))
    if missing:
        noun = "message" if len(missing) == 1 else "messages"
        raise NotFoundError(f"no outgoing {noun} with id {', '.join(map(str, missing))}")
    result = session.execute(
        update(Message)
        .where(
            Message.id.in_(message_ids),
            Message.state == DeliveryState.FAILED.value,
            Message.direction == "out",
            Message.candidate_id.in_(owned),
        )
        .values(state=QUEUED, error="", next_attempt_at=None, lease_until=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def pending(session: Session, company_id: int, now: datetime) -> tuple[int, datetime | None]:
    """How many of the company's messages are due now, and when the next waiting one is."""
    mine = Candidate.company_id == company_id
    due = session.scalar(
        select(func.count()).select_from(Message).join(Candidate).where(*_due(now, ()), mine)
    )
    later = session.scalar(
        select(func.min(Message.next_attempt_at))
        .join(Candidate)
        .where(Message.state == QUEUED, Message.next_attempt_at > now, mine)
    )
    return int(due or 0), later


def state_counts(
    session: Session, company_id: int, states: Sequence[str] | None = None
) -> dict[str, int]:
    """Outgoing messages of the company per delivery state (only ``states``, if given:
    those read the state index, so counting what needs attention stays instant)."""
    owned = campaign_access.reachable_candidates(session, company_id)
    query = (
        select(Message.state, func.count())
        .where(Message.direction == "out", Message.channel.not_in(NOT_MESSAGES))
        .where(Message.candidate_id.in_(owned))
        .group_by(Message.state)
    )
    if states is not None:
        query = query.where(Message.state.in_(list(states)))
    return {state: int(n) for state, n in session.execute(query)}
