"""``ws.changes``: a workspace notices writes committed through another connection or
process, once each, and not what was marked as seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace


@pytest.mark.sqlite_only(
    "a second workspace of this process writes: on PostgreSQL a window counts other "
    "processes' writes only (test_postgres.py and the live window tests have those)"
)
def test_another_writer_is_noticed_once(
    ws: Workspace, workspace_dir: Path, campaign: CampaignInfo
) -> None:
    assert ws.changes.changed() is False
    with Workspace.open(data_dir=workspace_dir) as other:
        other.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    assert ws.changes.changed() is True
    assert ws.changes.changed() is False  # once per change


@pytest.mark.sqlite_only(
    "a second workspace of this process writes: on PostgreSQL a window counts other "
    "processes' writes only (test_postgres.py and the live window tests have those)"
)
def test_a_change_marked_seen_is_not_noticed(
    ws: Workspace, workspace_dir: Path, campaign: CampaignInfo
) -> None:
    ws.changes.changed()
    ws.intake.add_candidate(campaign.id, first_name="Jose", email="jose@example.com")
    ws.changes.mark_seen()  # the window refreshes after its own write
    assert ws.changes.changed() is False
    with Workspace.open(data_dir=workspace_dir) as other:
        other.labels.add([other.candidates.page(limit=1)[0].id], "Walk-in")
    assert ws.changes.changed() is True


def test_a_closed_workspace_watches_nothing(ws: Workspace) -> None:
    ws.changes.changed()
    ws.changes.close()
    assert ws.changes.changed() is False
