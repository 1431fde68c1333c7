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
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import FieldErrors, IdempotencyConflict
from talkpush_desktop.storage.models import IdempotencyKey, table_of
from talkpush_desktop.storage.prepared import Prepared

KEEP = timedelta(hours=24)
KEY_MAX = 255


class Stored(NamedTuple):
    """A remembered first answer: ``text`` is its body as JSON, stored and sent as it is."""

    status: int
    body: dict[str, Any]
    candidate_id: int | None
    text: str = ""


def body_text(body: dict[str, Any]) -> str:
    """An answer's body as JSON, as it is sent and stored (compact, UTF-8 as it is)."""
    return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def check_key(key: str) -> str:
    """The key as sent, refused when empty or longer than :data:`KEY_MAX`."""
    if not key.strip() or len(key) > KEY_MAX:
        raise FieldErrors({"Idempotency-Key": f"must be 1 to {KEY_MAX} characters"})
    return key


def conflict_error() -> IdempotencyConflict:
    return IdempotencyConflict(
        "this Idempotency-Key was already used with different parameters; "
        "send a new key for a new request"
    )


def lookup(
    session: Session, company_id: int, key: str, route: str, request_hash: str
) -> Stored | None:
    """The answer stored for ``key``, None when the key is new; IdempotencyConflict when
    it was used for another route or other parameters."""
    found = lookup_many(session, company_id, [key]).get(key)
    return None if found is None else replay(found, route, request_hash)


class Remembered(NamedTuple):
    """A stored key as read back: what it was used for and its first answer."""

    route: str
    request_hash: str
    answer: Stored


_TABLE = table_of(IdempotencyKey)
_LOOKUP = Prepared(
    select(
        _TABLE.c.key,
        _TABLE.c.route,
        _TABLE.c.request_hash,
        _TABLE.c.status,
        _TABLE.c.body,
        _TABLE.c.candidate_id,
    ).where(
        _TABLE.c.company_id == bindparam("company_id"),
        _TABLE.c.key.in_(bindparam("keys", expanding=True)),
    )
)
_REMEMBER = Prepared(insert(_TABLE))
"""Statements prepared once (every batch of intake requests runs them)."""


def lookup_many(session: Session, company_id: int, keys: Sequence[str]) -> dict[str, Remembered]:
    """The stored keys among ``keys`` (one query per 500)."""
    found: dict[str, Remembered] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), 500):
        part = unique[start : start + 500]
        rows = _LOOKUP.rows(session, {"company_id": company_id, "keys": part})
        for key, route, request_hash, status, body, cid in rows:
            stored = Stored(status, json.loads(body), cid, body)
            found[key] = Remembered(route, request_hash, stored)
    return found


def replay(found: Remembered, route: str, request_hash: str) -> Stored:
    """The stored answer for a request with the same key; IdempotencyConflict when the
    key was used for another route or other parameters."""
    if found.route != route or found.request_hash != request_hash:
        raise conflict_error()
    return found.answer


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
    """Store the first answer for ``key`` (now, so a concurrent twin on PostgreSQL fails
    here, inside the transaction, on the primary key)."""
    remember_many(session, company_id, [(key, request_hash, answer)], route=route, at=at)


def remember_many(
    session: Session,
    company_id: int,
    answers: Sequence[tuple[str, str, Stored]],
    *,
    route: str,
    at: datetime,
) -> None:
    """Store the first answers of ``(key, request_hash, answer)`` in one statement."""
    if not answers:
        return
    _REMEMBER.executemany(
        session,
        [
            {
                "company_id": company_id,
                "key": key,
                "route": route,
                "request_hash": request_hash,
                "status": answer.status,
                "body": answer.text or body_text(answer.body),
                "candidate_id": answer.candidate_id,
                "created_at": at,
            }
            for key, request_hash, answer in answers
        ],
    )


def purge(session: Session, now: datetime) -> int:
    """Forget keys older than :data:`KEEP` (never a younger one); how many went."""
    cutoff = now - KEEP
    old = select(IdempotencyKey.key).where(IdempotencyKey.created_at < cutoff).limit(1)
    if session.execute(old).first() is None:
        return 0
    result = session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
