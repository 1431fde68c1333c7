"""``ws.changes``: a workspace notices writes committed by another workspace (another
process, or another Workspace of this one), once each, and not what was marked as seen."""

from __future__ import annotations

import time
from pathlib import Path

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace


def _noticed(ws: Workspace, within: float = 5.0) -> bool:
    """Whether the workspace notices a change within ``within`` seconds (at once on SQLite;
    on PostgreSQL the notification travels from the server to the watch's connection)."""
    deadline = time.monotonic() + within
    while not ws.changes.changed():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_another_writer_is_noticed_once(
    ws: Workspace, workspace_dir: Path, campaign: CampaignInfo
) -> None:
    assert ws.changes.changed() is False
    with Workspace.open(data_dir=workspace_dir) as other:
        other.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    assert _noticed(ws)
    assert ws.changes.changed() is False  # once per change


def test_a_change_marked_seen_is_not_noticed(
    ws: Workspace, workspace_dir: Path, campaign: CampaignInfo
) -> None:
    ws.changes.changed()
    ws.intake.add_candidate(campaign.id, first_name="Jose", email="jose@example.com")
    ws.changes.mark_seen()  # the window refreshes after its own write
    assert ws.changes.changed() is False
    with Workspace.open(data_dir=workspace_dir) as other:
        other.labels.add([other.candidates.page(limit=1)[0].id], "Walk-in")
    assert _noticed(ws)


def test_a_closed_workspace_watches_nothing(ws: Workspace) -> None:
    ws.changes.changed()
    ws.changes.close()
    assert ws.changes.changed() is False
