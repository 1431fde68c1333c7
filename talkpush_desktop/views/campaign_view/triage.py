"""Keyboard triage: the commands behind :data:`shortcuts.SHORTCUTS`, installed on the window.

Move through the list (j/k), open a candidate (Enter), decide with one key (s, x, h, y, i),
label (l), write (c), search (/), clear (Esc), select all (Ctrl+A), undo and redo.
The window hands in the panes and actions the commands use (:class:`TriageTargets`); triage
never imports the window back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from talkpush_desktop.views.widgets import shortcuts
from talkpush_desktop.views.widgets.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from talkpush_desktop.views.campaign_view.bulk_actions import BulkActions
    from talkpush_desktop.views.campaign_view.candidate_list_pane import CandidateListPane

DECISIONS = {
    "shortlist": "Shortlisted",
    "reject": "Rejected",
    "hold": "On Hold",
    "hire": "Hired",
    "inbox": "Inbox",
}


@dataclass(frozen=True)
class TriageTargets:
    """What the keyboard commands act on, handed in by the window.

    ``actions`` holds the window's own actions by command name: ``add_candidates``, ``quit``,
    ``undo`` and ``redo`` (``undo`` also finds the Edit menu that gets Select All).
    """

    list_pane: CandidateListPane
    bulk_actions: BulkActions
    profile_pane: QWidget
    chat_pane: QWidget
    actions: Mapping[str, QAction]


class Triage(QObject):
    """The window's keyboard commands; also adds Help > Keyboard shortcuts."""

    def __init__(self, window: QMainWindow, targets: TriageTargets) -> None:
        super().__init__(window)
        self._window = window
        self._targets = targets
        self.dialog: ShortcutsDialog | None = None
        self.help_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.help_action.triggered.connect(self.show_shortcuts)
        window.menuBar().addMenu(self.tr("&Help")).addAction(self.help_action)
        self.select_all_action = QAction(self.tr("Select &All Matching"), window)
        self.select_all_action.triggered.connect(targets.list_pane.selection.select_all)
        edit_menu = _menu_holding(window, targets.actions["undo"])
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.select_all_action)
        commands: dict[str, shortcuts.Command] = {
            "next": lambda: self.step(1),
            "previous": lambda: self.step(-1),
            "open": self.open_candidate,
            "search": self.focus_search,
            "composer": self.focus_composer,
            "escape": self.escape,
            "select_all": self.select_all_action,
            "label": self.label_menu,
            "help": self.help_action,
        }
        commands.update(targets.actions)
        commands.update({name: self._decide(folder) for name, folder in DECISIONS.items()})
        shortcuts.install(window, targets.list_pane.list_view, commands)

    def _decide(self, folder: str) -> Callable[[], None]:
        def decide() -> None:
            self._targets.list_pane.advance_after_action()
            self._targets.bulk_actions.move(folder)

        return decide

    def step(self, delta: int) -> None:
        """Focus the next (1) or previous (-1) candidate of the list."""
        pane = self._targets.list_pane
        pane.step(delta)
        pane.list_view.setFocus()

    def open_candidate(self) -> None:
        """Take the focus from the list into the conversation (its composer) or the profile."""
        if self.focus_composer():
            return
        _focus_first(self._targets.profile_pane)

    def focus_composer(self) -> bool:
        composer = getattr(self._targets.chat_pane, "focus_composer", None)
        if callable(composer):
            composer()
            return True
        return False

    def focus_search(self) -> None:
        edit = self._targets.list_pane.search_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def escape(self) -> None:
        """Clear the search first, then the selection; the list keeps the focus."""
        pane = self._targets.list_pane
        if pane.search_text():
            pane.reset_search()
        else:
            pane.selection.clear()
        pane.list_view.setFocus()

    def label_menu(self) -> None:
        """Pop the label menu beside the focused candidate."""
        view = self._targets.list_pane.list_view
        rect = view.visualRect(view.currentIndex())
        at = rect.bottomLeft() if rect.isValid() else view.rect().topLeft()
        self._targets.bulk_actions.popup_label_menu(view.viewport().mapToGlobal(at))

    def show_shortcuts(self) -> None:
        if self.dialog is None:
            self.dialog = ShortcutsDialog(self._window)
        self.dialog.open()


def _focus_first(pane: QWidget) -> None:
    """Give the focus to the first widget of ``pane`` that takes it by tab."""
    for child in pane.findChildren(QWidget):
        policy = child.focusPolicy()
        if child.isVisible() and child.isEnabled() and policy & Qt.FocusPolicy.TabFocus:
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return


def _menu_holding(window: QMainWindow, action: QAction) -> QMenu | None:
    """The menu bar's menu that holds ``action`` (e.g. Edit for Undo)."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None
