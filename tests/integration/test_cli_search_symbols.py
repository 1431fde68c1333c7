"""``candidates list --search`` with what has no word in it: looked for literally."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run_json

from talkpush_desktop.engine.workspace import Workspace

SUN = "\N{SUN WITH FACE}"


@pytest.fixture
def sunny(workspace_dir: Path) -> int:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ws.intake.add_candidate(camp.id, first_name="Maria", email="maria@example.com")
        ws.intake.add_candidate(camp.id, first_name="Ana", email="ana_50%@example.com")
        return ws.intake.add_candidate(
            camp.id, first_name=f"Sunny {SUN}", email="sunny@example.com"
        )


@pytest.mark.parametrize(
    ("query", "expected"),
    [(SUN, ["Sunny"]), ("\N{GRINNING FACE}", []), ("!!", []), ("%", ["Ana"]), ("_", ["Ana"])],
)
def test_a_search_without_words_matches_literally(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    sunny: int,
    query: str,
    expected: list[str],
) -> None:
    rows = run_json(capsys, workspace_dir, "candidates", "list", "--search", query)
    assert isinstance(rows, list)
    assert [r["first_name"].split()[0] for r in rows] == expected
