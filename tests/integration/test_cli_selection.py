"""`candidates move` and `candidates label` on every candidate matching a filter (--all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli import run, run_json


@pytest.fixture
def filled(workspace_dir: Path) -> Path:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("Manila", hotline_country="PH")
        for i in range(5):
            ws.intake.add_candidate(
                camp.id, first_name=f"Ann{i}", email=f"a{i}@x.org", source="Form"
            )
        ws.intake.add_candidate(camp.id, first_name="Bob", email="b@x.org")
    return workspace_dir


def test_move_and_label_all_matching(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    moved = run_json(
        capsys, filled, "candidates", "move", "--all", "--source", "Form", "--to", "hold"
    )
    assert moved == {"moved": 5, "folder": "On Hold"}
    labelled = run_json(
        capsys, filled, "candidates", "label", "--all", "--folder", "On Hold", "--search", "ann",
        "--add", "Night shift",
    )  # fmt: skip
    assert labelled == {"added:Night shift": 5}
    counts = run_json(capsys, filled, "counts")
    assert isinstance(counts, dict) and counts["On Hold"] == 5 and counts["Inbox"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "--all"], "not both"),
        ([], "give candidate ids"),
        (["1", "--folder", "Inbox"], "only with --all"),
    ],
)
def test_selection_mistakes_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], filled: Path, args: list[str], message: str
) -> None:
    code, _out, err = run(capsys, filled, "candidates", "move", *args, "--to", "Rejected")
    assert code == 2 and message in err and err.count("\n") == 1
