"""Permission settings: which of the team's managers have access to a campaign (owners
see every campaign whatever the list says; see :mod:`engine.company.campaign_access`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.storage.models import CampaignMember, User


@dataclass(frozen=True, slots=True)
class Manager:
    """A team member as the Permissions tab lists them."""

    id: int
    email: str
    name: str
    owner: bool

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "email": self.email, "name": self.name, "owner": self.owner}


@dataclass(frozen=True, slots=True)
class Access:
    """The two lists of the tab: the team without access, and who has access."""

    team: tuple[Manager, ...]
    members: tuple[Manager, ...]


def team(session: Session, company_id: int) -> list[Manager]:
    """The company's active managers, by name."""
    rows = session.scalars(
        select(User)
        .where(User.company_id == company_id, User.active.is_(True))
        .order_by(func.lower(User.name), User.id)
    )
    return [Manager(u.id, u.email, u.name, u.is_owner) for u in rows]


def member_ids(session: Session, campaign_id: int) -> set[int]:
    return set(
        session.scalars(
            select(CampaignMember.user_id).where(CampaignMember.campaign_id == campaign_id)
        )
    )


def access(session: Session, company_id: int, campaign_id: int | None) -> Access:
    everyone = team(session, company_id)
    inside = member_ids(session, campaign_id) if campaign_id is not None else set()
    return Access(
        tuple(m for m in everyone if m.id not in inside),
        tuple(m for m in everyone if m.id in inside),
    )


def resolve_emails(
    session: Session, company_id: int, emails: Iterable[str], field: str
) -> tuple[list[int], dict[str, str]]:
    """The users' ids by email (any case), and a problem for ``field`` naming the unknown."""
    by_email = {m.email.lower(): m.id for m in team(session, company_id)}
    ids: list[int] = []
    unknown: list[str] = []
    for email in emails:
        key = email.strip().lower()
        if key in by_email:
            ids.append(by_email[key])
        else:
            unknown.append(email.strip())
    if unknown:
        return ids, {field: f"no active user with the email {', '.join(map(repr, unknown))}"}
    return ids, {}


def change(session: Session, campaign_id: int, add: Iterable[int], remove: Iterable[int]) -> None:
    """Give ``add`` access and take it from ``remove`` (in the caller's transaction)."""
    for user_id in add:
        campaign_access.add_member(session, campaign_id, user_id)
    gone = list(remove)
    if gone:
        session.execute(
            delete(CampaignMember).where(
                CampaignMember.campaign_id == campaign_id, CampaignMember.user_id.in_(gone)
            )
        )
    session.flush()


def replace(session: Session, campaign_id: int, user_ids: Iterable[int]) -> None:
    """Exactly ``user_ids`` have access (the dialog's "Has access" list)."""
    wanted = set(user_ids)
    now = member_ids(session, campaign_id)
    change(session, campaign_id, sorted(wanted - now), sorted(now - wanted))
