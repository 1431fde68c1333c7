"""The main window's menu bar (File, Edit, Tools, Settings) and the campaign options menu:
their actions, each connected to the callable the window passes in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from talkpush_desktop.views.exports.export_actions import ExportActions

Slot = Callable[[], object]


class WindowMenus:
    """The actions and menus of ``window``; the export actions are the window's own.

    ``undo``, ``redo``, ``add_candidate``, ``phone``, ``analytics``, ``providers`` and
    ``api_server`` are what the actions of those names do; Quit closes the window.
    """

    def __init__(
        self,
        window: QMainWindow,
        options_button: QToolButton,
        export_actions: ExportActions,
        *,
        undo: Slot,
        redo: Slot,
        add_candidate: Slot,
        phone: Slot,
        analytics: Slot,
        providers: Slot,
        api_server: Slot,
    ) -> None:
        self.undo_action = QAction("&Undo", window)  # keys: views/widgets/shortcuts.py
        self.undo_action.triggered.connect(undo)
        self.redo_action = QAction("&Redo", window)
        self.redo_action.triggered.connect(redo)
        self.quit_action = QAction("&Quit", window)
        self.quit_action.triggered.connect(window.close)
        window.menuBar().setAccessibleName("Menu bar")
        self.add_candidate_action = QAction("&Add Candidates\N{HORIZONTAL ELLIPSIS}", window)
        self.add_candidate_action.triggered.connect(add_candidate)
        options = QMenu(options_button)
        options.addAction(self.add_candidate_action)
        options.addAction(export_actions.campaign_action)
        options_button.setMenu(options)
        file_menu = window.menuBar().addMenu("&File")
        file_menu.addAction(self.add_candidate_action)
        file_menu.addSeparator()
        file_menu.addActions(export_actions.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = window.menuBar().addMenu("&Edit")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.phone_action = QAction("Candidate &Phone Simulator\N{HORIZONTAL ELLIPSIS}", window)
        self.phone_action.setStatusTip("See what the sandbox delivered and reply as the candidate")
        self.phone_action.triggered.connect(phone)
        tools = window.menuBar().addMenu("&Tools")
        tools.addAction(self.phone_action)
        self.analytics_action = QAction("&Analytics && Usage Data\N{HORIZONTAL ELLIPSIS}", window)
        self.analytics_action.triggered.connect(analytics)
        tools.addAction(self.analytics_action)
        self.api_server_action = QAction("API &Server\N{HORIZONTAL ELLIPSIS}", window)
        self.api_server_action.setStatusTip(
            "Serve the candidate intake API for this workspace; manage its API keys"
        )
        self.api_server_action.triggered.connect(api_server)
        tools.addAction(self.api_server_action)
        self.providers_action = QAction("&Providers\N{HORIZONTAL ELLIPSIS}", window)
        self.providers_action.setStatusTip("How messages reach candidates: sandbox, Twilio, SMTP")
        self.providers_action.triggered.connect(providers)
        self.settings_menu = settings_menu = window.menuBar().addMenu("&Settings")
        settings_menu.addAction(self.providers_action)
        self.notify_menu = settings_menu.addMenu("&Notify Candidates")
        self.notify_menu.setToolTipsVisible(True)

    def shortcut_actions(self) -> dict[str, QAction]:
        """The actions whose keys the shortcut table gives, by its names for them."""
        names = ("add_candidates", "quit", "undo", "redo")
        actions = (self.add_candidate_action, self.quit_action, self.undo_action, self.redo_action)
        return dict(zip(names, actions, strict=True))

    def show_undo_state(self, undo_text: str | None, redo_text: str | None) -> None:
        """Undo and Redo name what they would do ("Undo Move to Shortlisted"), or are off."""
        for action, verb, text in (
            (self.undo_action, "Undo", undo_text),
            (self.redo_action, "Redo", redo_text),
        ):
            action.setEnabled(text is not None)
            action.setText(f"&{verb} {text}" if text else f"&{verb}")
