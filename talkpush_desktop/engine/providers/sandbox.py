"""The sandbox provider: delivers to a simulated candidate phone and inbox on this machine.

No account needed, so it is the embedded default and what the demo uses. What it
"delivers" is a ``sandbox_messages`` row (at most one per outbox message, so a resend after
an interruption is recognised); what the simulated candidate writes back is pulled like any
provider's inbound messages. The candidate-phone simulator window and ``talkpush-desktop
sandbox`` read and write the same rows.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from talkpush_desktop.engine.providers.base import Inbound, Outgoing, Sent, StatusUpdate
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import SandboxMessage

TO_CANDIDATE = "to_candidate"
FROM_CANDIDATE = "from_candidate"
PULL_LIMIT = 1000


def provider_id(row_id: int) -> str:
    return f"sandbox-{row_id}"


class SandboxProvider:
    """Sends by writing to the simulator's tables; always reachable, always delivered."""

    kind = "sandbox"
    reconcilable = True

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def send(self, message: Outgoing) -> Sent:
        try:
            with self._sessions.begin() as s:
                row = SandboxMessage(
                    message_id=message.message_id,
                    channel=message.channel,
                    address=message.to,
                    direction=TO_CANDIDATE,
                    subject=message.subject,
                    body=message.body,
                    created_at=utcnow(),
                )
                s.add(row)
                s.flush()
                return Sent(provider_id(row.id), delivered=True)
        except IntegrityError:  # delivered before an interruption: the same delivery
            found = self.find_sent(message)
            assert found is not None
            return found

    def find_sent(self, message: Outgoing) -> Sent | None:
        with self._sessions.begin() as s:
            row_id = s.scalar(
                select(SandboxMessage.id).where(SandboxMessage.message_id == message.message_id)
            )
        return Sent(provider_id(row_id), delivered=True) if row_id is not None else None

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        after = int(cursor or 0)
        with self._sessions.begin() as s:
            rows = list(
                s.scalars(
                    select(SandboxMessage)
                    .where(SandboxMessage.direction == FROM_CANDIDATE, SandboxMessage.id > after)
                    .order_by(SandboxMessage.id)
                    .limit(PULL_LIMIT)
                )
            )
            inbound = [
                Inbound(
                    provider_id(r.id), r.channel, r.address, r.body, r.created_at, subject=r.subject
                )
                for r in rows
            ]
        return inbound, [], str(rows[-1].id if rows else after)

    def check(self) -> str:
        return "sandbox: messages go to the candidate phone simulator on this computer"

    def close(self) -> None:
        pass
