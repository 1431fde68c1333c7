"""After a move to Shortlisted or Rejected: "Notify Maria Santos that they were shortlisted?"

Only asked when the campaign has that message switched on (Shortlisted and Rejection
templates start off), so triage over campaigns that never notify is never interrupted.

The question has keyboard defaults (Enter notifies, Esc does not) so keyboard triage stays
fast, and "Don't ask again" remembers the answer (always / never) in the window's settings,
per decision; Settings > Notify Candidates changes it back. With "never" nothing asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QCheckBox, QMenu, QMessageBox, QWidget

from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.operations import NOTIFY_EVENTS, Moved, RecruiterActions

ASK, ALWAYS, NEVER = "ask", "always", "never"
CHOICES = (
    (ASK, QT_TRANSLATE_NOOP("NotifyPrompt", "Ask Each Time")),
    (ALWAYS, QT_TRANSLATE_NOOP("NotifyPrompt", "Always Notify")),
    (NEVER, QT_TRANSLATE_NOOP("NotifyPrompt", "Never Notify")),
)
SECTIONS = {
    "shortlisted": QT_TRANSLATE_NOOP("NotifyPrompt", "After Shortlisting"),
    "rejection": QT_TRANSLATE_NOOP("NotifyPrompt", "After Rejecting"),
}
DONT_ASK = QT_TRANSLATE_NOOP("NotifyPrompt", "Don't ask again")


def settings_key(event: str) -> str:
    return f"notify/{event}"


class NotifyPrompt(QObject):
    """Asks (or not, as remembered) whether to tell moved candidates of the decision."""

    def __init__(
        self,
        window: QWidget,
        ws: Workspace,
        actions: RecruiterActions,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window, self._ws, self._actions, self._settings = window, ws, actions, settings
        self.dialog: QMessageBox | None = None
        self.notify_button: QWidget | None = None
        self.remember_box: QCheckBox | None = None
        self._asking: Moved | None = None
        self._waiting: list[tuple[Moved, str]] = []  # moves still to ask about, and how
        self._focus: QWidget | None = None
        self.choice_actions: dict[tuple[str, str], QAction] = {}
        self.known_row: Callable[[int], CandidateRow | None] = lambda _id: None
        """A candidate's row the window read a moment ago (the one just decided by key),
        so asking about them reads nothing; None when it has none."""
        actions.wants_moved_ids = self.wants
        actions.moved.connect(self._on_actions_moved)

    # -- the remembered choice -------------------------------------------------------------

    def choice(self, event: str) -> str:
        value = str(self._settings.value(settings_key(event), ASK) or ASK)
        return value if value in (ASK, ALWAYS, NEVER) else ASK

    def set_choice(self, event: str, value: str) -> None:
        self._settings.setValue(settings_key(event), value)
        action = self.choice_actions.get((event, value))
        if action is not None and not action.isChecked():
            action.setChecked(True)

    def wants(self, folder: str) -> bool:
        """Whether a move to ``folder`` may notify (so the move keeps whom it moved)."""
        event = NOTIFY_EVENTS.get(folder)
        return event is not None and self.choice(event) != NEVER

    def fill_menu(self, menu: QMenu) -> None:
        """Settings > Notify Candidates > After Shortlisting: ask, always or never."""
        for event, section in SECTIONS.items():
            submenu = menu.addMenu(self.tr(section))
            group = QActionGroup(submenu)
            for value, text in CHOICES:
                action = group.addAction(self.tr(text))
                action.setCheckable(True)
                action.setChecked(self.choice(event) == value)
                action.setStatusTip(f"{self.tr(section)}: {self.tr(text).lower()}")
                action.triggered.connect(lambda _on=False, e=event, v=value: self.set_choice(e, v))
                submenu.addAction(action)
                self.choice_actions[event, value] = action

    # -- asking ----------------------------------------------------------------------------

    def question(self, moved: Moved) -> str:
        """ "Notify Maria Santos that they were shortlisted?" """
        return self._consider(moved)[0]

    def _consider(self, moved: Moved) -> tuple[str, bool]:
        """The question, and whether the campaign (for several: any campaign) has the
        decision's message switched on."""
        event = NOTIFY_EVENTS[moved.folder]
        shortlisted = event == "shortlisted"
        if len(moved.ids) == 1:
            row = self.known_row(moved.ids[0])
            try:
                row = row or self._ws.candidates.get(moved.ids[0]).row
            except WorkspaceError:  # removed meanwhile
                return "", False
            name = row.full_name or self.tr("the candidate")
            one = (
                self.tr("Notify {name} that they were shortlisted?")
                if shortlisted
                else self.tr("Notify {name} that they were rejected?")
            )
            return one.format(name=name), self._switched_on(event, [row.campaign_id])
        campaigns = [c.id for c in self._ws.campaigns.all()]
        several = (
            self.tr("Notify the {count} candidates that they were shortlisted?")
            if shortlisted
            else self.tr("Notify the {count} candidates that they were rejected?")
        )
        question = several.format(count=f"{len(moved.ids):,}")
        return question, self._switched_on(event, campaigns)

    def _switched_on(self, event: str, campaign_ids: list[int]) -> bool:
        try:
            return any(
                t.event == event and t.enabled
                for c in campaign_ids
                for t in self._ws.messaging.templates(c)
            )
        except WorkspaceError:
            return False

    def _on_actions_moved(self, moved: object) -> None:
        if not isinstance(moved, Moved) or not moved.ids:
            return
        event = NOTIFY_EVENTS.get(moved.folder)
        if event is None:
            return
        choice = self.choice(event)
        if choice == NEVER:
            return
        question, switched_on = self._consider(moved)
        if not switched_on:
            return
        if choice == ALWAYS:
            self._actions.notify(moved.ids, event)
        else:
            self._waiting.append((moved, question))
            if self.dialog is None:
                self._ask_next()

    def _ask_next(self) -> None:
        if not self._waiting:
            return
        moved, question = self._waiting.pop(0)
        self._asking = moved
        event = NOTIFY_EVENTS[moved.folder]
        box = QMessageBox(self._window)
        box.setObjectName("notifyPrompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Notify candidates"))
        box.setText(question)
        box.setInformativeText(
            self.tr("This sends the campaign's Shortlisted message.\nEnter notifies, Esc does not.")
            if event == "shortlisted"
            else self.tr(
                "This sends the campaign's Rejection message.\nEnter notifies, Esc does not."
            )
        )
        box.setAccessibleName(self.tr("Notify candidates"))
        notify = box.addButton(self.tr("Notify"), QMessageBox.ButtonRole.AcceptRole)
        notify.setAccessibleName(self.tr("Notify"))
        skip = box.addButton(self.tr("Don't notify"), QMessageBox.ButtonRole.RejectRole)
        skip.setAccessibleName(self.tr("Don't notify"))
        box.setDefaultButton(notify)
        box.setEscapeButton(skip)
        dont_ask = self.tr(DONT_ASK)
        remember = self.remember_box = QCheckBox(dont_ask, box)  # kept: the box does not own it
        remember.setAccessibleName(dont_ask)
        remember.setToolTip(
            self.tr("Remember this answer; change it in Settings > Notify Candidates")
        )
        box.setCheckBox(remember)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._on_dialog_finished)
        self.dialog, self.notify_button = box, notify
        self._focus = QApplication.focusWidget()
        box.open()
        box.activateWindow()  # the keys go to the question, not on to triage
        notify.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _on_dialog_finished(self, _result: int) -> None:
        box, moved = self.dialog, self._asking
        if box is None or moved is None:
            return
        event = NOTIFY_EVENTS[moved.folder]
        yes = box.clickedButton() is self.notify_button
        remembered = self.remember_box is not None and self.remember_box.isChecked()
        if remembered:
            self.set_choice(event, ALWAYS if yes else NEVER)
        self.dialog = self.notify_button = self.remember_box = self._asking = None
        box.deleteLater()
        if yes:
            self._actions.notify(moved.ids, event)
        focus, self._focus = self._focus, None
        box.hide()
        self._window.activateWindow()  # the keys go back to triage
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if self._waiting:
            if remembered:
                waiting, self._waiting = self._waiting, []
                for later, _question in waiting:
                    self._on_actions_moved(later)
            else:
                self._ask_next()
