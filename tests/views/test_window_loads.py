"""Keyboard triage, Select all and start-up stay quick: a decision by key reads the next
candidate once (the list's refresh moves the focus on and loads them, the window does not
read them again), Select all on a label uses the count made for the heading, and the window
paints before the charts library and on-demand dialogs are loaded."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from talkpush_desktop.engine.dto import CandidateDetail
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.support.cli import process_env
from tests.views.test_main_window import click_label, counts


@pytest.fixture
def reads(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The candidate ids whose profile the window reads, in order."""
    seen: list[int] = []
    read: Callable[[int], CandidateDetail] = ws.candidates.get

    def candidate(candidate_id: int) -> CandidateDetail:
        seen.append(candidate_id)
        return read(candidate_id)

    monkeypatch.setattr(ws.candidates, "get", candidate)
    return seen


def test_a_decision_by_key_reads_the_next_candidate_once(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], reads: list[int]
) -> None:
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.profile_pane.name_label.text() == "Mark Lim"
    reads.clear()
    qtbot.keyClick(view, Qt.Key.Key_H)  # no notification to offer (s and x read Mark for it)
    assert counts(window)["On Hold"] == 1
    assert reads == [people["Ana"]]  # neither Paolo (Qt's focus for a moment) nor Ana twice
    assert window.profile_pane.candidate_id == people["Ana"]
    assert window.chat_pane.candidate_id == people["Ana"]
    assert window.profile_pane.name_label.text() == "Ana Cruz"


def test_an_action_that_keeps_the_focus_reads_the_candidate_again(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], reads: list[int]
) -> None:
    window.select_candidate(people["Mark"])
    reads.clear()
    window.recruiter_actions.add_label([people["Mark"]], "Bilingual")
    assert reads == [people["Mark"]]
    assert "Bilingual" in window.profile_pane.label_chips.remove_buttons


def test_a_move_keeps_the_label_list_a_new_label_rebuilds_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    labels = window.navigation.label_list
    bilingual = labels.item_named("Bilingual")
    assert bilingual is not None
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_H)
    assert counts(window)["On Hold"] == 1
    assert isValid(bilingual) and labels.item_named("Bilingual") is not None  # not rebuilt
    window.recruiter_actions.create_label("Night shift", "#aa3355")
    assert labels.item_named("Night shift") is not None and not isValid(bilingual)


def test_select_all_on_a_label_uses_the_count_already_made(
    qtbot: QtBot, window: MainWindow, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(window.list_counter.counted, timeout=10000):
        click_label(qtbot, window, "Bilingual")  # counted in the background, for the heading
    counted: list[object] = []
    monkeypatch.setattr(ws.candidates, "count", lambda f: counted.append(f) or 0)
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    bar = window.list_pane.bulk_bar
    assert bar.count_label.text() == "2 selected" and bar.matching_label.isVisible()
    assert counted == []  # nothing counted again on the UI thread


WINDOW_ONLY = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import application
from talkpush_desktop.views.main_window import MainWindow
app = application(offscreen=True)
ws = Workspace.open(data_dir=Path(sys.argv[1]))
window = MainWindow(ws, settings=QSettings(sys.argv[1] + "/w.ini", QSettings.Format.IniFormat))
window.show()
app.processEvents()
loaded = [m for m in ("pyqtgraph", "talkpush_desktop.views.analytics.window",
                      "talkpush_desktop.views.intake.add_candidate_dialog") if m in sys.modules]
window.open_analytics()
print(",".join(loaded), "pyqtgraph" in sys.modules)
window.close()
ws.close()
"""


def test_the_window_paints_before_loading_charts_or_dialogs(tmp_path: Path) -> None:
    """Start-up cost: the charts library and the on-demand dialogs load when first opened."""
    with Workspace.open(data_dir=tmp_path) as ws:
        ws.campaigns.create("Customer Service - Manila", hotline_country="PH")
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_ONLY, str(tmp_path)],
        capture_output=True,
        text=True,
        env=process_env(),
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]  # nothing loaded early; Analytics opens all the same
