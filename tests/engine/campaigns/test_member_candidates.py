"""A manager who is not an owner sees, counts and selects only the candidates of the
campaigns they have access to, across "all campaigns" as well; an owner sees them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace


def _set_up(workspace_dir: Path) -> tuple[int, int]:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.company.add_user("Ana Reyes", "ana@example.com")
        shared = ws.campaign_settings.create(Basic("Shared", "PH")).id or 0
        hidden = ws.campaign_settings.create(Basic("Hidden", "PH")).id or 0
        ws.campaign_settings.change_members(shared, ["ana@example.com"], [])
        for n in range(3):
            ws.intake.add_candidate(shared, first_name=f"S{n}", email=f"s{n}@example.com")
        for n in range(2):
            ws.intake.add_candidate(hidden, first_name=f"H{n}", email=f"h{n}@example.com")
        return shared, hidden


def test_lists_counts_and_selections_follow_access(workspace_dir: Path) -> None:
    shared, hidden = _set_up(workspace_dir)
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ana:
        assert sorted(r.first_name for r in ana.candidates.page()) == ["S0", "S1", "S2"]
        assert ana.candidates.count() == 3
        assert ana.candidates.count(CandidateFilter(search="h1")) == 0
        assert sum(ana.candidates.folder_counts().values()) == 3
        assert ana.candidates.folder_counts(shared)["Inbox"] == 3
        everyone = Selection.matching(CandidateFilter())
        assert ana.candidates.count_selected(everyone) == 3
        assert len(ana.candidates.selected_ids(everyone)) == 3
        assert ana.candidates.move(everyone, "Shortlisted") == 3
    with Workspace.open(data_dir=workspace_dir) as owner:
        assert owner.candidates.count() == 5
        assert sum(owner.candidates.folder_counts().values()) == 5
        assert owner.candidates.folder_counts(hidden)["Inbox"] == 2  # not moved by Ana
        assert owner.candidates.folder_counts(shared)["Shortlisted"] == 3
        assert len(owner.candidates.page()) == 5


def test_a_hidden_candidate_is_not_found_by_id(workspace_dir: Path) -> None:
    _shared, hidden = _set_up(workspace_dir)
    with Workspace.open(data_dir=workspace_dir) as owner:
        secret = owner.candidates.page(CandidateFilter(campaign_id=hidden))[0].id
        assert owner.candidates.get(secret).row.id == secret
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ana:
        with pytest.raises(NotFoundError, match=f"no candidate with id {secret}"):
            ana.candidates.get(secret)
        with pytest.raises(NotFoundError, match=f"no candidate with id {secret}"):
            ana.candidates.move([secret], "Rejected")
