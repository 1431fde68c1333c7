"""Writes made by another process show in the open window without a restart: the command
line adds or labels a candidate while the window is open (its change watcher started as
``run_window`` starts it), and the list, the folder counts, the labels and the open profile
follow within 2 seconds of the process ending. The window's own actions do not make it
refresh a second time."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.cli import process_env

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

LIVE_MS = 2000
SLACK_MS = 500  # the refresh itself on a loaded test machine


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r).data() for r in range(model.rowCount())]


def cli(qtbot: QtBot, workspace_dir: Path, *args: str) -> None:
    """``talkpush-desktop --data-dir DIR ARGS`` as its own process; the window's loop runs
    while it does."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(workspace_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=process_env(),
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
    assert proc.returncode == 0, err or out


@pytest.fixture
def live(window: MainWindow) -> Iterator[MainWindow]:
    """The window with its change watcher running, as in the app."""
    window.change_watcher.start()
    yield window


def test_a_candidate_added_by_the_command_line_shows_in_the_list_and_counts(
    qtbot: QtBot, live: MainWindow, workspace_dir: Path, campaign: CampaignInfo
) -> None:
    folders = live.navigation.folder_list
    assert folders.count_of("Inbox") == 5
    cli(
        qtbot,
        workspace_dir,
        "candidates",
        "add",
        "--campaign",
        str(campaign.id),
        "--first-name",
        "Liza",
        "--last-name",
        "Bautista",
        "--email",
        "liza@example.com",
    )
    qtbot.waitUntil(
        lambda: names(live)[:1] == ["Liza Bautista"] and folders.count_of("Inbox") == 6,
        timeout=LIVE_MS + SLACK_MS,
    )
    assert live.list_pane.count_label.text() == "6 candidates"


def test_a_label_added_elsewhere_shows_on_the_open_profile_and_the_label_list(
    qtbot: QtBot, live: MainWindow, workspace_dir: Path, people: dict[str, int]
) -> None:
    live.select_candidate(people["Mark"])
    assert live.profile_pane.candidate_id == people["Mark"]
    chips = live.profile_pane.label_chips
    assert "Night shift" not in chips.remove_buttons
    cli(qtbot, workspace_dir, "candidates", "label", str(people["Mark"]), "--add", "Night shift")
    qtbot.waitUntil(
        lambda: (
            "Night shift" in chips.remove_buttons
            and live.navigation.label_list.item_named("Night shift") is not None
        ),
        timeout=LIVE_MS + SLACK_MS,
    )
    assert live.profile_pane.candidate_id == people["Mark"]  # the focus stayed


def test_the_windows_own_action_is_not_noticed_again(
    qtbot: QtBot, live: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    noticed: list[int] = []
    live.change_watcher.changed.connect(lambda: noticed.append(1))
    with qtbot.waitSignal(live.recruiter_actions.workspace_changed):
        live.recruiter_actions.move([people["Jose"]], "Shortlisted")
    qtbot.wait(4 * live.change_watcher.interval_ms)  # several polls
    assert noticed == []
    other = Workspace.open(data_dir=ws.data_dir)  # another writer (another connection)
    try:
        other.labels.add([people["Jose"]], "Walk-in")
    finally:
        other.close()
    qtbot.waitUntil(lambda: noticed == [1], timeout=LIVE_MS)
    qtbot.wait(4 * live.change_watcher.interval_ms)
    assert noticed == [1]  # one write, one refresh
