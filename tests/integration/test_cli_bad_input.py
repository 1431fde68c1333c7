"""Every command with bad arguments, run as a real process: one error line, exit 2.

The README's contract for the command line: an error prints exactly one line,
``talkpush-desktop: error: ...``, on stderr, exits with status 2 and never shows a traceback,
whether argparse, the engine or the database refused the input. The cases run once, in
parallel, against one prepared workspace; each case is then its own test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from support import workspace_db

from talkpush_desktop.engine.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
PREFIX = "talkpush-desktop: error: "

# {dir}: the prepared workspace's folder; {good}, {empty}, {header}: CSV files in it.
CASES: dict[str, tuple[str, ...]] = {
    # global options
    "database-not-a-url": ("--database", "notaurl", "campaigns", "list"),
    "database-unknown-dialect": ("--database", "foo://x/y", "campaigns", "list"),
    "busy-timeout-not-a-number": ("--busy-timeout", "soon", "campaigns", "list"),
    "unknown-command": ("frobnicate",),
    "unknown-global-option": ("--colour", "campaigns", "list"),
    # campaigns
    "campaigns-no-action": ("campaigns",),
    "campaigns-unknown-action": ("campaigns", "frobnicate"),
    "campaigns-create-no-title": ("campaigns", "create"),
    "campaigns-list-unknown-option": ("campaigns", "list", "--bogus"),
    # import
    "import-csv-missing-file": ("import", "csv", "{dir}/missing.csv", "--campaign", "C"),
    "import-csv-empty-file": ("import", "csv", "{empty}", "--campaign", "C"),
    "import-csv-header-only": ("import", "csv", "{header}", "--campaign", "C"),
    "import-csv-json-header-only": ("import", "csv", "{header}", "--campaign", "C", "--json"),
    "import-csv-unknown-campaign": ("import", "csv", "{good}", "--campaign", "Nope"),
    "import-csv-unknown-format": ("import", "csv", "{good}", "--campaign", "C", "--format", "xls"),
    "import-csv-no-campaign": ("import", "csv", "{good}"),
    "import-csv-bad-map": ("import", "csv", "{good}", "--campaign", "C", "--map", "nonsense"),
    "import-preview-missing-file": ("import", "preview", "{dir}/missing.csv"),
    "import-preview-rows-not-a-number": ("import", "preview", "{good}", "--rows", "many"),
    "import-undo-unknown-batch": ("import", "undo", "999999"),
    "import-undo-not-a-number": ("import", "undo", "last"),
    # candidates
    "candidates-list-negative-limit": ("candidates", "list", "--limit", "-5"),
    "candidates-list-zero-limit": ("candidates", "list", "--limit", "0"),
    "candidates-list-unknown-folder": ("candidates", "list", "--folder", "Nowhere"),
    "candidates-list-bad-date": ("candidates", "list", "--added-from", "yesterday"),
    "candidates-show-unknown": ("candidates", "show", "999999"),
    "candidates-show-not-a-number": ("candidates", "show", "first"),
    "candidates-add-no-contact": ("candidates", "add", "--campaign", "C", "--first-name", "X"),
    "candidates-move-unknown-id": ("candidates", "move", "999999", "--to", "Shortlisted"),
    "candidates-move-unknown-folder": ("candidates", "move", "1", "--to", "Nowhere"),
    "candidates-move-no-ids": ("candidates", "move", "--to", "Shortlisted"),
    "candidates-label-unknown-id": ("candidates", "label", "999999", "--add", "x"),
    # messages
    "messages-retry-unknown-id": ("messages", "retry", "999999"),
    "messages-list-unknown-candidate": ("messages", "list", "999999"),
    "messages-send-unknown-candidate": ("messages", "send", "999999", "--text", "hi"),
    "messages-send-all-skipped": ("messages", "send", "1", "--text", "x", "--channel", "email"),
    "messages-send-bad-time": ("messages", "send", "1", "--text", "hi", "--at", "tomorrow"),
    "messages-queue-unknown-channel": ("messages", "queue", "1", "--text", "x", "--channel", "fax"),
    "messages-comment-no-text": ("messages", "comment", "1"),
    # templates
    "templates-list-no-campaign": ("templates", "list"),
    "templates-list-unknown-campaign": ("templates", "list", "--campaign", "Nope"),
    "templates-set-unknown-event": (
        "templates", "set", "--campaign", "C", "--event", "party", "--channel", "sms",
    ),
    # quick replies
    "quick-replies-edit-unknown": ("quick-replies", "edit", "999999", "--title", "t", "--text", ""),
    "quick-replies-delete-unknown": ("quick-replies", "delete", "999999"),
    "quick-replies-add-no-text": ("quick-replies", "add", "--title", "t"),
    # providers
    "providers-set-unknown-kind": ("providers", "set", "sms", "carrier-pigeon"),
    "providers-set-port-not-a-number": ("providers", "set", "email", "smtp", "--port", "abc"),
    "providers-test-unknown-service": ("providers", "test", "fax"),
    # sync, sandbox, calls
    "sync-unknown-option": ("sync", "--twice"),
    "sandbox-reply-no-text": ("sandbox", "reply", "+639171234567"),
    "sandbox-answer-unknown-call": ("sandbox", "answer", "999999", "--digits", "12"),
    "sandbox-answer-bad-digits": ("sandbox", "answer", "1", "--digits", "abc"),
    "calls-robocall-unknown-candidate": ("calls", "robocall", "999999"),
    "calls-list-not-a-number": ("calls", "list", "--candidate", "x"),
    # analytics, export
    "analytics-bad-date": ("analytics", "--from", "notadate"),
    "analytics-unknown-chart": ("analytics", "--drill", "nochart", "x"),
    "analytics-hour-out-of-range": ("analytics", "--hour", "25"),
    "export-campaign-unknown": ("export", "campaign", "999999", "{dir}/out.xlsx"),
    "export-ats-json-unknown-candidate": ("export", "ats-json", "999999", "{dir}/out.json"),
    "export-analytics-missing-folder": ("export", "analytics", "{dir}/missing/x.xlsx"),
    "export-sms-breakdown-backwards": (
        "export", "sms-breakdown", "{dir}/out.xlsx", "--from", "2021-01-01", "--to", "2020-01-01",
    ),
    # the rest
    "expire-pins-unknown-option": ("expire-pins", "--now"),
    "screenshot-no-file": ("screenshot",),
    "screenshot-bad-size": ("screenshot", "{dir}/shot.png", "--size", "big"),
    "demo-negative-candidates": ("demo", "--candidates", "-3"),
    "demo-candidates-not-a-number": ("demo", "--candidates", "lots"),
    "counts-unknown-campaign": ("counts", "--campaign", "Nope"),
    "labels-unknown-action": ("labels", "delete"),
}  # fmt: skip


def _cli(folder: Path, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One campaign "C" (PH) with candidate 1, who has a phone but no email."""
    folder = tmp_path_factory.mktemp("bad-input")
    with Workspace.open(data_dir=folder) as ws:
        campaign = ws.campaigns.create("C", hotline_country="PH")
        ws.intake.add_candidate(campaign.id, first_name="Ana", phone="+639171234567")
    (folder / "good.csv").write_text("Bo,Lim,bo@example.com,63,,\n", encoding="utf-8")
    (folder / "empty.csv").write_text("", encoding="utf-8")
    (folder / "header.csv").write_text("First Name,Last Name,Email,Phone\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def results(workspace: Path) -> Iterator[dict[str, subprocess.CompletedProcess[str]]]:
    names = {"dir": str(workspace)} | {
        key: str(workspace / f"{key}.csv") for key in ("good", "empty", "header")
    }

    def run(case: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
        return _cli(workspace, tuple(arg.format(**names) for arg in case))

    with ThreadPoolExecutor(max_workers=4) as pool:
        done = dict(zip(CASES, pool.map(run, CASES.values()), strict=True))
    yield done


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_error_line_and_exit_2(
    case: str, results: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = results[case]
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX), result.stderr
    assert result.returncode == 2, result.stderr


def test_unknown_ids_are_named(results: dict[str, subprocess.CompletedProcess[str]]) -> None:
    for case in ("candidates-move-unknown-id", "messages-retry-unknown-id"):
        assert "999999" in results[case].stderr, case
    assert "nothing" in results["messages-send-all-skipped"].stderr


def test_a_file_without_candidate_rows_records_no_batch(
    workspace: Path, results: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    assert "no candidate rows" in results["import-csv-header-only"].stderr
    assert workspace_db.query(workspace, "SELECT count(*) FROM import_batches") == [(0,)]
