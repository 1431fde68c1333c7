"""Reading a candidate's ATS pushes (outbox rows of the ``ats`` channel) for the profile.

The pushes are queued by :mod:`engine.ats.push` and sent by the outbox; a push's event
is the ATS ``state`` its JSON carries.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.dto import AtsPushInfo
from talkpush_desktop.engine.messaging_names import ATS
from talkpush_desktop.storage.models import DeliveryState, Message


def _event(body: str) -> str:
    try:
        return str(json.loads(body).get("state", ""))
    except (ValueError, AttributeError):
        return ""


def pushes(session: Session, candidate_id: int) -> list[AtsPushInfo]:
    """The candidate's pushes, oldest first (delivered counts as sent)."""
    rows = session.execute(
        select(
            Message.id,
            Message.body,
            Message.state,
            Message.error,
            Message.created_at,
            Message.sent_at,
            Message.attempts,
        )
        .where(Message.candidate_id == candidate_id, Message.channel == ATS)
        .order_by(Message.id)
    )
    delivered = DeliveryState.DELIVERED.value
    return [
        AtsPushInfo(
            r.id,
            _event(r.body),
            DeliveryState.SENT.value if r.state == delivered else r.state,
            r.error,
            r.created_at,
            r.sent_at,
            r.attempts,
        )
        for r in rows
    ]
