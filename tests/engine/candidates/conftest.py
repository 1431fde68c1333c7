"""Two recruiters of one company (:mod:`support.two_recruiters`) for the conflict tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.two_recruiters import BEN, Team, set_up

from talkpush_desktop.engine.workspace import Workspace


@pytest.fixture
def team(ws: Workspace) -> Team:
    return set_up(ws)


@pytest.fixture
def ben(ws: Workspace, workspace_dir: Path, team: Team) -> Iterator[Workspace]:
    """Ben's own workspace on the same file (another workstation)."""
    with Workspace.open(data_dir=workspace_dir, user=BEN) as other:
        yield other
