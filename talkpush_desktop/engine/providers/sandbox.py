"""The sandbox provider: delivers to a simulated candidate phone and inbox on this machine.

No account needed, so it is the embedded default and what the demo uses. What it
"delivers" is a ``sandbox_messages`` row (at most one per outbox message, so a resend after
an interruption is recognised); what the simulated candidate writes back is pulled like any
provider's inbound messages. The candidate-phone simulator window and ``talkpush-desktop
sandbox`` read and write the same rows.

One simulated world serves every company of the workspace, so each company sees only its
part (:func:`owned_by`): what it delivered, the replies from an address it wrote to last
(a reply to nobody goes to the workspace's first company), and the phone calls it placed;
a company campaign's texts to its leads carry their company (``company_id``).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, case, func, null, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from talkpush_desktop.engine.providers.base import Inbound, Outgoing, Sent, StatusUpdate
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    CallAttempt,
    Candidate,
    Channel,
    Company,
    Message,
    SandboxMessage,
)

TO_CANDIDATE = "to_candidate"
FROM_CANDIDATE = "from_candidate"
VOICE = Channel.VOICE.value
PULL_LIMIT = 1000
CALL_ENDED = "call ended"
"""Subject of the row that ends a sandbox call (``engine.interview.sandbox_calls.ENDED``)."""
CAMPAIGN_CALL = "company campaign call"
"""Subject of a company campaign's call step on the simulated phone: the answers to it are
the dialer's (:mod:`engine.outbound.dialer`), never pulled into a conversation."""


def provider_id(row_id: int) -> str:
    return f"sandbox-{row_id}"


def not_campaign_answer() -> ColumnElement[bool]:
    """Rows other than answers to a company campaign's call (its latest step before them)."""
    step = aliased(SandboxMessage)
    latest = (
        select(step.subject)
        .where(
            step.address == SandboxMessage.address,
            step.channel == SandboxMessage.channel,
            step.direction == TO_CANDIDATE,
            step.id < SandboxMessage.id,
        )
        .order_by(step.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, "") != CAMPAIGN_CALL


def _campaign_call() -> ColumnElement[int]:
    """The company of the company campaign call a voice row belongs to (its latest spoken
    step at or before it is a campaign call's): the company whose dialer last called the
    number on the sandbox (one call at a time per number). NULL for a robocall's rows."""
    step = aliased(SandboxMessage)
    latest = (
        select(step.subject)
        .where(
            step.address == SandboxMessage.address,
            step.channel == VOICE,
            step.direction == TO_CANDIDATE,
            step.subject != CALL_ENDED,
            step.id <= SandboxMessage.id,
        )
        .order_by(step.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    caller = (
        select(CallAttempt.company_id)
        .where(
            CallAttempt.address == SandboxMessage.address,
            CallAttempt.provider == "sandbox",
            CallAttempt.provider_call_sid != "",
        )
        .order_by(CallAttempt.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return case((latest == CAMPAIGN_CALL, caller), else_=null())


def _latest_delivery(*, voice: bool) -> ColumnElement[int]:
    """The company of the latest delivery to the row's address before it: of an outbox
    message, or (not ``voice``) a company campaign's text to a lead (``voice``: the latest
    call placed to it, at or before the row)."""
    sent = aliased(SandboxMessage)
    before = sent.id <= SandboxMessage.id if voice else sent.id < SandboxMessage.id
    owner = func.coalesce(Candidate.company_id, null() if voice else sent.company_id)
    return (
        select(owner)
        .select_from(sent)
        .outerjoin(Message, Message.id == sent.message_id)
        .outerjoin(Candidate, Candidate.id == Message.candidate_id)
        .where(
            sent.address == SandboxMessage.address,
            sent.direction == TO_CANDIDATE,
            before,
            owner.is_not(None),
            *([sent.channel == VOICE] if voice else []),
        )
        .order_by(sent.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def owned_by(company_id: int) -> ColumnElement[bool]:
    """The sandbox rows of one company: its deliveries (an outbox message's, or a company
    campaign's text to a lead, tagged with ``company_id``), the replies from an address
    whose latest earlier delivery was its own, and every row of the phone calls it placed
    (a call's later steps and answers follow its first step, the one the outbox delivered;
    one call at a time per number). Rows of no one: the workspace's first company's."""
    first = select(func.min(Company.id)).scalar_subquery()
    delivered = (
        select(Candidate.company_id)
        .join(Message, Message.candidate_id == Candidate.id)
        .where(Message.id == SandboxMessage.message_id)
        .scalar_subquery()
    )
    voice = SandboxMessage.channel == VOICE
    return or_(
        and_(  # a delivery whose message is gone (or unlinked) is the first company's
            ~voice,
            SandboxMessage.direction == TO_CANDIDATE,
            func.coalesce(delivered, SandboxMessage.company_id, first) == company_id,
        ),
        and_(
            ~voice,
            SandboxMessage.direction == FROM_CANDIDATE,
            func.coalesce(_latest_delivery(voice=False), first) == company_id,
        ),
        and_(
            voice,
            func.coalesce(_campaign_call(), _latest_delivery(voice=True), first) == company_id,
        ),
    )


class SandboxProvider:
    """Sends by writing to the simulator's tables; always reachable, always delivered."""

    kind = "sandbox"
    reconcilable = True

    def __init__(self, sessions: sessionmaker[Session], company_id: int | None = None) -> None:
        self._sessions = sessions
        self._company_id = company_id  # None: pulls every company's replies

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
                    .where(not_campaign_answer())
                    .where(*([] if self._company_id is None else [owned_by(self._company_id)]))
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
