"""Pass and participation rates through the command line: cohort shares, never over 100 %,
and a drill-down opens exactly the candidates a rate's numerator counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import cohorts
from support.cli import run_json

from talkpush_desktop.engine.workspace import Workspace

FRAME = ("--from", "2025-03-01", "--to", "2025-03-03")


@pytest.fixture
def people(workspace_dir: Path) -> dict[str, int]:
    with Workspace.open(data_dir=workspace_dir) as ws:
        return cohorts.build(ws, ws.campaigns.create("CSR Manila").id)


def test_rates_are_cohort_shares_by_the_end_of_the_frame(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: dict[str, int]
) -> None:
    board = run_json(capsys, workspace_dir, "analytics", *FRAME)
    rates = board["rates"]  # type: ignore[index]
    assert rates["values"]["participation_rate"] == pytest.approx(cohorts.PARTICIPATION)
    assert rates["values"]["pass_rate"] == pytest.approx(cohorts.PASS)
    assert rates["parts"] == {
        "invited": [3, 1, 0],
        "participated": [2, 1, 0],
        "completed": [0, 3, 0],
        "passed": [0, 2, 0],
    }
    # A frame ending on 1 Mar: nobody of the 1 Mar cohort had completed yet.
    early = run_json(
        capsys, workspace_dir, "analytics", "--from", "2025-03-01", "--to", "2025-03-01"
    )
    assert early["rates"]["values"]["participation_rate"] == [0.0]  # type: ignore[index]


def test_a_rate_drills_into_the_candidates_of_its_numerator(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: dict[str, int]
) -> None:
    def drill(series: str, day: str) -> dict[str, object]:
        out = run_json(
            capsys, workspace_dir, "analytics", *FRAME, "--drill", "rates", series, "--day", day
        )
        assert isinstance(out, dict)
        return out

    joined = drill("participation_rate", "2025-03-01")
    assert joined["count"] == 2  # the numerator of 2/3
    assert joined["candidate_ids"] == sorted([people["one"], people["two"]])
    passed = drill("pass_rate", "2025-03-02")
    assert passed["count"] == 2
    assert passed["candidate_ids"] == sorted([people["one"], people["two"]])
    invited = drill("invited", "2025-03-01")  # the denominator's cohort
    assert invited["count"] == 3
