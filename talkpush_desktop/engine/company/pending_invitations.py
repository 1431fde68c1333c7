"""The owner's view of invitations not yet accepted: who was invited, by whom, until when;
revoking one (by the invited address) makes its link refuse with a message that says it was
revoked (:func:`engine.company.invitations.pending`). Owner only, like inviting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from talkpush_desktop.engine.company import accounts
from talkpush_desktop.engine.company.invitations import INVITATION, REVOKED
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import User, UserToken


@dataclass(frozen=True, slots=True)
class PendingInvitation:
    """An invitation whose link still works: not accepted, not revoked, not expired."""

    email: str
    name: str
    invited_by: str
    created_at: datetime
    expires_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "email": self.email,
            "name": self.name,
            "invited_by": self.invited_by,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
        }


def _live(company_id: int, now: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        UserToken.company_id == company_id,
        UserToken.kind == INVITATION,
        UserToken.used_at.is_(None),
        UserToken.expires_at > now,
    )


def pending(
    session: Session, company_id: int, actor: int, now: datetime | None = None
) -> list[PendingInvitation]:
    """The company's pending invitations, newest first (owner only)."""
    accounts.require_owner(session, company_id, actor, "see the pending invitations")
    inviter = aliased(User)
    rows = session.execute(
        select(UserToken, inviter.name)
        .outerjoin(inviter, inviter.id == UserToken.created_by)
        .where(*_live(company_id, now or utcnow()))
        .order_by(UserToken.created_at.desc(), UserToken.id.desc())
    )
    return [
        PendingInvitation(t.email, t.name, by or "", t.created_at, t.expires_at) for t, by in rows
    ]


def revoke(
    session: Session, company_id: int, actor: int, email: str, now: datetime | None = None
) -> list[PendingInvitation]:
    """Revoke every pending invitation of ``email`` (owner only); the ones revoked.
    NotFoundError when the address has none."""
    accounts.require_owner(session, company_id, actor, "revoke invitations")
    moment = now or utcnow()
    found = pending(session, company_id, actor, moment)
    address = email.strip().lower()
    chosen = [p for p in found if p.email.lower() == address]
    if not chosen:
        raise NotFoundError(f"no pending invitation for {email.strip()!r}")
    for row in session.scalars(
        select(UserToken).where(*_live(company_id, moment), func.lower(UserToken.email) == address)
    ):
        row.kind, row.used_at = REVOKED, moment
    return chosen
