"""Queueing pushes: a candidate who enters a chosen folder gets one ``ats`` outbox row.

:func:`queue_pushes` listens to every :func:`engine.candidates.folders.move` (all paths
that move candidates go through it) and writes, in the move's own transaction, one row per
candidate moved into a folder the company's settings name: the candidate's ATS JSON (seed
shape, ``state`` = the folder entered) as its body, the ATS URL as its recipient, and a
fresh idempotency key as its subject. The outbox then sends it exactly once
(:mod:`engine.providers.ats_http`). A move that moves nobody queues nothing.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import folders
from talkpush_desktop.engine.exports.ats_json import iter_candidates, state
from talkpush_desktop.engine.messaging_names import ATS
from talkpush_desktop.storage.models import DeliveryState, Message, ProviderSetting

KEY_PREFIX = "talkpush-ats-"


def new_key() -> str:
    """A push's Idempotency-Key: random, made once, sent on every attempt."""
    return KEY_PREFIX + secrets.token_hex(16)


def _row(item: dict[str, Any], url: str, at: datetime) -> dict[str, Any]:
    return {
        "candidate_id": item["id"],
        "user_id": None,
        "direction": "out",
        "channel": ATS,
        "kind": ATS,
        "body": json.dumps(item, ensure_ascii=False),
        "subject": new_key(),
        "html": "",
        "media_url": "",
        "media_type": "",
        "state": DeliveryState.QUEUED.value,
        "error": "",
        "provider_id": "",
        "recipient": url[:254],
        "created_at": at,
        "scheduled_at": None,
        "next_attempt_at": None,
        "attempts": 0,
        "lease_owner": "",
    }


def queue_pushes(session: Session, company_id: int, moved: folders.Moved, at: datetime) -> int:
    """Queue a push per candidate ``moved`` into a pushed folder; returns how many."""
    settings = session.scalar(
        select(ProviderSetting.settings).where(
            ProviderSetting.company_id == company_id, ProviderSetting.service == ATS
        )
    )
    event = state(moved.to_folder.value)
    if not settings or event not in settings.get("events", ()):
        return 0
    rows = [
        _row(item, str(settings["url"]), at)
        for item in iter_candidates(session, company_id, sorted(moved.previous))
    ]
    if rows:
        session.execute(insert(Message), rows)
    return len(rows)


folders.on_move(queue_pushes)
