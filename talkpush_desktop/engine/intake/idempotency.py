"""Exactly-once requests by ``Idempotency-Key`` (Stripe's rules).

The first answer to a keyed request (status and body) is stored in ``idempotency_keys``
in the same transaction as what the request stored, so either both are there or neither.
A retry with the same key and the same parameters (``request_hash``) gets that answer
again and stores nothing; the same key with other parameters is refused
(:class:`IdempotencyConflict`). Refused input (validation errors) is not remembered, so a
corrected request may reuse its key. Keys are kept at least :data:`KEEP` and may be
purged after.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import FieldErrors, IdempotencyConflict
from talkpush_desktop.storage.models import IdempotencyKey

KEEP = timedelta(hours=24)
KEY_MAX = 255


class Stored(NamedTuple):
    """A remembered first answer."""

    status: int
    body: dict[str, Any]
    candidate_id: int | None


def check_key(key: str) -> str:
    """The key as sent, refused when empty or longer than :data:`KEY_MAX`."""
    if not key.strip() or len(key) > KEY_MAX:
        raise FieldErrors({"Idempotency-Key": f"must be 1 to {KEY_MAX} characters"})
    return key


def lookup(
    session: Session, company_id: int, key: str, route: str, request_hash: str
) -> Stored | None:
    """The answer stored for ``key``, None when the key is new; IdempotencyConflict when
    it was used for another route or other parameters."""
    row = session.get(IdempotencyKey, (company_id, key))
    if row is None:
        return None
    if row.route != route or row.request_hash != request_hash:
        raise IdempotencyConflict(
            "this Idempotency-Key was already used with different parameters; "
            "send a new key for a new request"
        )
    return Stored(row.status, json.loads(row.body), row.candidate_id)


def remember(
    session: Session,
    company_id: int,
    key: str,
    *,
    route: str,
    request_hash: str,
    answer: Stored,
    at: datetime,
) -> None:
    """Store the first answer for ``key`` (flushed now, so a concurrent twin on PostgreSQL
    fails here, inside the transaction, on the primary key)."""
    session.add(
        IdempotencyKey(
            company_id=company_id,
            key=key,
            route=route,
            request_hash=request_hash,
            status=answer.status,
            body=json.dumps(answer.body, ensure_ascii=False, default=str),
            candidate_id=answer.candidate_id,
            created_at=at,
        )
    )
    session.flush()


def purge(session: Session, now: datetime) -> int:
    """Forget keys older than :data:`KEEP` (never a younger one); how many went."""
    cutoff = now - KEEP
    old = select(IdempotencyKey.key).where(IdempotencyKey.created_at < cutoff).limit(1)
    if session.execute(old).first() is None:
        return 0
    result = session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
