"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace


@pytest.fixture
def candidate_id(workspace_dir: Path) -> int:
    """Maria (email and a Philippine phone) in the campaign "CSR Manila"."""
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        return ws.intake.add_candidate(
            camp.id, first_name="Maria", email="maria@example.com", phone="0917 123 4567"
        )
