"""What a stored reply sets off, applied by the sync whoever runs it (window or CLI).

Pulling stores a reply (:mod:`engine.messaging.inbound`: the conversation, an inquiry for an unknown
sender); handling it moves the candidate's interview on (:func:`interview.advance`: the bot's
next step, the answer and its progress labels, completion and the completion template).
``messages.handled_at`` marks a handled reply. Each reply is claimed and handled in one
transaction, oldest first, so it is handled exactly once: a pass that stopped after storing
leaves it for the next pass, and two workers never both handle it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from talkpush_desktop.engine.interview import bot as interview
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Candidate, Message

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

BATCH = 500
"""Replies handled per pass at most (the rest wait for the next pass)."""


def pending(ctx: Context, limit: int = BATCH) -> list[int]:
    """Ids of the company's stored replies not handled yet, oldest first."""
    with ctx.transaction() as s:
        return list(
            s.scalars(
                select(Message.id)
                .join(Candidate, Candidate.id == Message.candidate_id)
                .where(
                    Message.direction == "in",
                    Message.handled_at.is_(None),
                    Candidate.company_id == ctx.company_id,
                )
                .order_by(Message.id)
                .limit(limit)
            )
        )


def handle(ctx: Context, limit: int = BATCH) -> int:
    """Handle the stored replies not handled yet; returns how many this call handled."""
    handled = 0
    for message_id in pending(ctx, limit):
        with ctx.transaction() as s:
            claimed = s.execute(
                update(Message)
                .where(Message.id == message_id, Message.handled_at.is_(None))
                .values(handled_at=utcnow())
            )
            if not claimed.rowcount:  # type: ignore[attr-defined]
                continue  # another worker handled it meanwhile
            reply = s.get(Message, message_id)
            if reply is not None:
                interview.advance(s, reply)
                handled += 1
    return handled
