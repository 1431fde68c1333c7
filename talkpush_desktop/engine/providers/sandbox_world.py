"""The sandbox's side of the world: a simulated candidate's phone and inbox.

The sandbox provider writes what it delivers here; the simulator (window or CLI) shows it
and writes the candidate's replies, which the sync worker then pulls like real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.providers.sandbox import FROM_CANDIDATE, owned_by
from talkpush_desktop.storage.models import SandboxMessage


@dataclass(frozen=True, slots=True)
class SandboxItem:
    """One line on the simulated phone: ``from_candidate`` or ``to_candidate``."""

    id: int
    direction: str
    channel: str
    subject: str
    body: str
    at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "direction": self.direction,
            "channel": self.channel,
            "subject": self.subject,
            "body": self.body,
            "at": self.at.isoformat(),
        }


def conversation(session: Session, company_id: int, address: str) -> list[SandboxItem]:
    """The simulated phone or inbox at ``address`` as the company sees it (its own part)."""
    rows = session.scalars(
        select(SandboxMessage)
        .where(SandboxMessage.address == address.strip(), owned_by(company_id))
        .order_by(SandboxMessage.id)
    )
    return [
        SandboxItem(r.id, r.direction, r.channel, r.subject, r.body, r.created_at) for r in rows
    ]


def reply(session: Session, address: str, body: str, channel: str, at: datetime) -> int:
    text = body.strip()
    if not address.strip():
        raise ValidationError("address: the simulated candidate needs a phone or email")
    if not text:
        raise ValidationError("reply: the text is empty")
    row = SandboxMessage(
        channel=channel,
        address=address.strip(),
        direction=FROM_CANDIDATE,
        body=text,
        created_at=at,
    )
    session.add(row)
    session.flush()
    return row.id
