"""Another workstation moved the candidate the recruiter is looking at: the window's move
(made on the folder it shows) is refused with who moved them where, nothing is logged
twice and there is nothing of the recruiter's to undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from support.two_recruiters import moves

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.views.campaign_view.test_bulk_actions import CTRL, click, fill_label_dialog, pick
from tests.views.test_main_window import click_candidate


def test_a_move_on_a_candidate_someone_else_moved_is_refused_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], ben: Workspace
) -> None:
    click_candidate(qtbot, window, "Ana Cruz")
    ana = people["Ana"]
    ben.candidates.move([ana], "Hired")  # the window has not refreshed yet
    qtbot.mouseClick(window.profile_pane.buttons["Rejected"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not done"))
    assert window.statusBar().currentMessage() == (
        f"Not done: already moved by someone else: Ana Cruz (#{ana}) to Hired by Ben Cruz; "
        "nothing was moved"
    )
    assert ws.candidates.get(ana).row.folder == "Hired"
    assert [m[:2] for m in moves(ws, ana)] == [("Inbox", "Hired")]
    assert window.undo_action.text() == "&Undo"  # nothing of ours to undo


def test_undo_of_a_move_someone_else_changed_since_is_refused_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], ben: Workspace
) -> None:
    click_candidate(qtbot, window, "Ana Cruz")
    ana = people["Ana"]
    qtbot.mouseClick(window.profile_pane.buttons["On Hold"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.candidates.get(ana).row.folder == "On Hold")
    ben.candidates.move([ana], "Hired", seen={ana: "On Hold"})
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not done"))
    assert window.statusBar().currentMessage() == (
        f"Not done: cannot undo 'Move 1 to On Hold': someone else moved Ana Cruz (#{ana}) "
        "to Hired by Ben Cruz since"
    )
    assert ws.candidates.get(ana).row.folder == "Hired"


def test_undo_of_a_label_someone_else_took_off_since_is_refused_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], ben: Workspace
) -> None:
    QTimer.singleShot(0, lambda: fill_label_dialog("VIP", 2))
    window.navigation.new_label_button.click()
    menu = window.list_pane.bulk_bar.add_menu
    click(qtbot, window, "Ana Cruz")
    click(qtbot, window, "Mark Lim", CTRL)
    pick(menu, "VIP")
    ana = people["Ana"]
    qtbot.waitUntil(lambda: "VIP" in ws.candidates.get(ana).row.labels)
    assert window.undo_action.text() == "&Undo Label 2 VIP"
    ben.labels.remove([ana], "VIP")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not done"))
    assert window.statusBar().currentMessage() == (
        f"Not done: cannot undo 'Label 2 VIP': someone else took VIP off Ana Cruz (#{ana}) "
        "by Ben Cruz since"
    )
    assert "VIP" in ws.candidates.get(people["Mark"]).row.labels  # nothing of the undo done
