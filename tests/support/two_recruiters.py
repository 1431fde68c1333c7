"""Two recruiters of one company on one workspace database, each with a Workspace of their
own (another connection, as another workstation): the owner and Ben, a team member with
access to the campaign."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Action, Activity, User

BEN = "ben@example.com"


@dataclass(frozen=True)
class Team:
    campaign_id: int
    candidate_id: int


def set_up(ws: Workspace) -> Team:
    """The owner adds Ben and one candidate, Maria Santos."""
    campaign = ws.campaigns.create("Customer Service - Manila", hotline_country="PH")
    ws.company.add_user("Ben Cruz", BEN)
    ws.campaign_settings.change_members(campaign.id, add=[BEN], remove=[])
    candidate = ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", email="maria@example.com"
    )
    return Team(campaign.id, candidate)


def moves(ws: Workspace, candidate_id: int) -> list[tuple[str | None, str | None, int | None]]:
    """The candidate's moves in the activity log: (from, to, user id), oldest first."""
    with ws.reading() as s:
        rows = s.execute(
            select(Activity.from_folder, Activity.to_folder, Activity.user_id)
            .where(Activity.candidate_id == candidate_id, Activity.action == Action.MOVED.value)
            .order_by(Activity.id)
        ).all()
    return [tuple(r) for r in rows]


def name_of(ws: Workspace, user_id: int) -> str:
    with ws.reading() as s:
        return str(s.scalar(select(User.name).where(User.id == user_id)))
