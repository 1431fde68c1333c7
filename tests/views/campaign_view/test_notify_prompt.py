"""After a move to Shortlisted or Rejected the window asks whether to notify the candidates."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.notify_prompt import ALWAYS, NEVER
from talkpush_desktop.views.main_window import MainWindow
from tests.views.campaign_view.test_bulk_actions import click, pick
from tests.views.campaign_view.test_keyboard_triage import current
from tests.views.test_main_window import answer, counts, names, notify_prompt, switch_on

CTRL = Qt.KeyboardModifier.ControlModifier


def bodies(ws: Workspace, candidate_id: int) -> list[str]:
    return [m.body for m in ws.messaging.messages(candidate_id)]


def test_keyboard_triage_enter_notifies_esc_does_not(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    switch_on(ws, "shortlisted")
    switch_on(ws, "rejection")
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_J)  # Mark
    qtbot.keyClick(view, Qt.Key.Key_S)
    box = notify_prompt(qtbot, window)
    assert box.text() == "Notify Mark Lim that they were shortlisted?"
    assert box.defaultButton().text() == "Notify" and box.escapeButton() is not None
    assert all(b.accessibleName() for b in box.buttons())
    answer(qtbot, window, Qt.Key.Key_Return)  # Enter: notify
    [sent] = bodies(ws, people["Mark"])
    assert "shortlisted you" in sent
    assert current(window) == "Ana Cruz" and view.hasFocus()  # triage goes on
    qtbot.keyClick(view, Qt.Key.Key_X)
    box = notify_prompt(qtbot, window)
    assert box.text() == "Notify Ana Cruz that they were rejected?"
    answer(qtbot, window, Qt.Key.Key_Escape)  # Esc: don't notify
    assert bodies(ws, people["Ana"]) == [] and view.hasFocus()
    assert counts(window)["Shortlisted"] == counts(window)["Rejected"] == 1


def test_dont_ask_again_is_remembered_and_changed_in_settings(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], settings: QSettings
) -> None:
    switch_on(ws, "shortlisted")
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_S)  # Paolo
    box = notify_prompt(qtbot, window)
    remember = box.checkBox()
    assert remember is not None and remember.accessibleName() == "Don't ask again"
    remember.setChecked(True)
    answer(qtbot, window, Qt.Key.Key_Return)
    assert settings.value("notify/shortlisted") == ALWAYS
    assert window.notify_prompt.choice_actions["shortlisted", ALWAYS].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_S)  # Mark: notified without asking
    qtbot.waitUntil(lambda: len(bodies(ws, people["Mark"])) == 1)
    assert window.notify_prompt.dialog is None
    [after] = [a for a in window.notify_menu.actions() if a.text() == "After Shortlisting"]
    submenu = after.menu()
    assert submenu is not None
    pick(submenu, "Never Notify")
    assert settings.value("notify/shortlisted") == NEVER
    qtbot.keyClick(view, Qt.Key.Key_S)  # Ana: nothing asks, nothing is sent
    assert window.notify_prompt.dialog is None and bodies(ws, people["Ana"]) == []
    assert counts(window)["Shortlisted"] == 3


def test_nothing_asks_while_the_campaign_does_not_send_that_message(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_S)  # templates start switched off
    assert counts(window)["Shortlisted"] == 1 and window.notify_prompt.dialog is None


def test_bulk_bar_move_of_all_matching_asks_once_for_everyone(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    switch_on(ws, "rejection")
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, CTRL)
    click(qtbot, window, "Paolo Garcia", CTRL)  # leave one out
    bar = window.list_pane.bulk_bar
    with qtbot.waitSignal(window.recruiter_actions.moved, timeout=10000):
        pick(bar.move_menu, "Rejected")  # in the background: all matching
    assert names(window) == ["Paolo Garcia"]
    box = notify_prompt(qtbot, window)
    assert box.text() == "Notify the 4 candidates that they were rejected?"
    with qtbot.waitSignal(window.recruiter_actions.workspace_changed, timeout=10000):
        answer(qtbot, window, Qt.Key.Key_Return)
    for first in ("Maria", "Jose", "Ana", "Mark"):
        assert len(bodies(ws, people[first])) == 1
    assert bodies(ws, people["Paolo"]) == []
    assert window.statusBar().currentMessage() == "Queued 4 rejection notifications"
