"""Who sees a campaign (seed 000, "Permission settings"): the company's owners see every
campaign; any other manager sees only the campaigns they are a member of.

The rule is one SQL condition (:func:`visible`) that every campaign listing adds to its
query, and one check in the lookup by id or title (``campaigns.resolve``, for the user a
context's sessions act for), so the window, the command line (``--user EMAIL``) and the
API agree: a campaign the user may not see is "not found".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.storage.models import Campaign, CampaignMember, Candidate, User

ACTING_USER = "talkpush.acting_user"
"""``session.info`` key: the user a context's sessions act for (:func:`acting_user`)."""


def acting_user(session: Session) -> int | None:
    """The user the session acts for (set by the context), None for the engine's own work
    (workers, the sandbox, migrations): then every campaign of the company is in reach."""
    user = session.info.get(ACTING_USER)
    return user if isinstance(user, int) else None


def in_company(session: Session, company_id: int, user_id: int) -> bool:
    """Whether ``user_id`` is an active manager of the company."""
    found = session.scalar(
        select(User.id).where(
            User.id == user_id, User.company_id == company_id, User.active.is_(True)
        )
    )
    return found is not None


def is_owner(session: Session, user_id: int) -> bool:
    """Whether the user is an owner of their company (owners see every campaign)."""
    return bool(session.scalar(select(User.is_owner).where(User.id == user_id)))


def member_of(user_id: int) -> Select[int]:
    """The ids of the campaigns ``user_id`` is a member of."""
    return select(CampaignMember.campaign_id).where(CampaignMember.user_id == user_id)


def visible(session: Session, user_id: int) -> ColumnElement[bool]:
    """The condition on :class:`Campaign` rows that ``user_id`` may see."""
    if is_owner(session, user_id):
        return true()
    return Campaign.id.in_(member_of(user_id))


def can_see(session: Session, user_id: int, campaign_id: int) -> bool:
    """Whether ``user_id`` may see the campaign (an owner, or one of its members)."""
    if is_owner(session, user_id):
        return True
    return session.get(CampaignMember, (campaign_id, user_id)) is not None


def sees(session: Session, campaign_id: int) -> bool:
    """Whether the session's acting user may see the campaign (no acting user: yes)."""
    user = acting_user(session)
    return user is None or can_see(session, user, campaign_id)


def bound(session: Session) -> int | None:
    """The acting user when memberships bound what they reach (a manager who is not an
    owner); None when every campaign of the company is in reach."""
    user = acting_user(session)
    return None if user is None or is_owner(session, user) else user


def within(session: Session, campaign_ids: Sequence[int] | None) -> list[int] | None:
    """``campaign_ids`` (None: every campaign) kept to those the acting user may see: what
    a report over campaigns (analytics, exports) reads; None still means "all"."""
    user = bound(session)
    if user is None:
        return None if campaign_ids is None else list(campaign_ids)
    mine = set(session.scalars(member_of(user)))
    return sorted(mine) if campaign_ids is None else [c for c in campaign_ids if c in mine]


def reachable_candidates(session: Session, company_id: int) -> Select[int]:
    """The ids of the company's candidates the acting user may see (a subquery)."""
    query = select(Candidate.id).where(Candidate.company_id == company_id)
    user = bound(session)
    return query if user is None else query.where(Candidate.campaign_id.in_(member_of(user)))


def candidate(session: Session, company_id: int, candidate_id: int) -> Candidate:
    """The company's candidate, if the acting user may see their campaign; else the same
    NotFoundError as for an id that does not exist."""
    c = session.get(Candidate, candidate_id)
    if c is None or c.company_id != company_id or not sees(session, c.campaign_id):
        raise NotFoundError(f"no candidate with id {candidate_id}")
    return c


def add_member(session: Session, campaign_id: int, user_id: int) -> None:
    """Give a user access to a campaign (nothing when they have it already)."""
    if session.get(CampaignMember, (campaign_id, user_id)) is None:
        session.add(CampaignMember(campaign_id=campaign_id, user_id=user_id))
        session.flush()
