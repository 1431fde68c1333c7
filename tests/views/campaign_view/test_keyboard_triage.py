"""Keyboard triage: move with j/k, decide with one key, search, label, and the shortcut sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets.shortcuts import SHORTCUTS
from talkpush_desktop.views.widgets.shortcuts_dialog import keys_of
from tests.views.test_main_window import counts, names, search

POPUP_NOTICES = (
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)
"""What the offscreen platform says when a window or a popup menu opens."""


def current(window: MainWindow) -> str:
    return str(window.list_pane.list_view.currentIndex().data())


def test_j_k_move_and_s_shortlists_then_focus_goes_to_the_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.list_pane.list_view
    assert current(window) == "Paolo Garcia"
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert current(window) == "Ana Cruz"
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert current(window) == "Mark Lim"
    assert window.profile_pane.name_label.text() == "Mark Lim"
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert counts(window)["Shortlisted"] == 1 and "Mark Lim" not in names(window)
    assert current(window) == "Ana Cruz" and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.keyClick(view, Qt.Key.Key_Y)
    assert (counts(window)["Rejected"], counts(window)["On Hold"], counts(window)["Hired"]) == (
        1,
        1,
        1,
    )
    assert names(window) == ["Paolo Garcia"] and current(window) == "Paolo Garcia"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(window)["Hired"] == 0 and "Maria Santos" in names(window)


def test_a_move_in_search_results_still_steps_to_the_next(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "ma")  # spans folders: the moved one stays listed
    view = window.list_pane.list_view
    view.setFocus()
    first, second = names(window)[:2]
    assert current(window) == first
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert first in names(window) and current(window) == second


def test_keys_are_typed_not_run_in_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_Slash)
    edit = window.list_pane.search_edit
    assert edit.hasFocus()
    with qtbot.waitSignal(window.list_pane.search_changed, timeout=2000):
        qtbot.keyClicks(edit, "sjxy")
    assert edit.text() == "sjxy" and counts(window)["Inbox"] == 5
    assert counts(window)["Shortlisted"] == counts(window)["Rejected"] == 0
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # clears the search, back to the folder
    assert edit.text() == "" and len(names(window)) == 5 and view.hasFocus()


def test_escape_clears_a_selection_and_enter_opens(qtbot: QtBot, window: MainWindow) -> None:
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.list_pane.bulk_bar.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.list_pane.bulk_bar.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    focus = window.focusWidget()
    assert focus is not None and focus is not view
    assert window.chat_pane.isAncestorOf(focus) or window.profile_pane.isAncestorOf(focus)


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_l_opens_the_label_menu_for_the_focused_candidate(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_J)  # Mark
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_L)
    menu = window.findChild(QMenu, "labelMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    [bilingual] = [a for a in menu.actions() if a.text() == "Bilingual"]
    assert bilingual.isCheckable() and not bilingual.isChecked()
    bilingual.trigger()
    menu.close()
    assert ws.candidates.get(people["Mark"]).row.labels == ("Bilingual",)
    menu = window.bulk_actions.label_menu()  # ticked now; a click takes it off
    [bilingual] = [a for a in menu.actions() if a.text() == "Bilingual"]
    assert bilingual.isChecked()
    bilingual.trigger()
    assert ws.candidates.get(people["Mark"]).row.labels == ()
    menu.deleteLater()


def test_question_mark_opens_a_sheet_listing_every_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.list_pane.list_view, "?")
    dialog = window.triage.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    for shortcut in SHORTCUTS:
        assert shortcut.description in texts and keys_of(shortcut) in texts
    assert "j  /  Down" in texts
    dialog.close()
    assert window.triage.help_action.shortcut().toString() == "?"


def test_c_puts_the_keyboard_in_the_composer_and_letters_are_typed_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_C)
    focus = window.focusWidget()
    assert focus is not None and window.chat_pane.isAncestorOf(focus)
    qtbot.keyClicks(focus, "shy")
    assert counts(window)["Inbox"] == 5


def test_menu_actions_take_their_keys_from_the_table(window: MainWindow) -> None:
    assert window.add_candidate_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [k.toString() for k in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window.triage.select_all_action.shortcut().toString() == "Ctrl+A"
