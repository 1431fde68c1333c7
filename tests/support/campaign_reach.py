"""A company where Ana Reyes (a manager, no owner) is a member of one campaign of two, for
the tests of who reaches what (``engine/company/campaign_access``)."""

from __future__ import annotations

from dataclasses import dataclass

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.workspace import Workspace

ANA = "ana@example.com"


@dataclass(frozen=True)
class Scene:
    shared: int  # Ana is a member
    hidden: int  # she is not
    mine: int  # a candidate of the shared campaign (a comment "shared note")
    secret: int  # a candidate of the hidden campaign (a comment "owner's note")


def set_up(ws: Workspace) -> Scene:
    """Ana, "Shared" (Sam) and "Hidden" (Hal, Hope), made by the owner's workspace."""
    ws.company.add_user("Ana Reyes", ANA)
    shared = ws.campaign_settings.create(Basic("Shared", "PH")).id or 0
    hidden = ws.campaign_settings.create(Basic("Hidden", "PH")).id or 0
    ws.campaign_settings.change_members(shared, [ANA], [])
    mine = ws.intake.add_candidate(shared, first_name="Sam", email="sam@example.com")
    secret = ws.intake.add_candidate(hidden, first_name="Hal", email="hal@example.com")
    ws.intake.add_candidate(hidden, first_name="Hope", email="hope@example.com")
    ws.messaging.add_comment(secret, "owner's note")
    ws.messaging.add_comment(mine, "shared note")
    return Scene(shared, hidden, mine, secret)
