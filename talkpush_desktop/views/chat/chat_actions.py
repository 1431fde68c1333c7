"""The chat pane's Actions menu (seed 000: Tokens, Robocall, Call Candidate, Send Invitation
SMS, Stop/Resume Bot), offered by the engine's rule (``ws.chat_actions.available``) each time
it opens, and the live state of a Call Candidate call.

Writes go through :class:`RecruiterActions` (the window refreshes from
``workspace_changed``). A call's network work (placing it, polling its state, hanging up)
runs on this widget's own one-thread executor; a timer picks the results up on the Qt
thread, so no widget is touched from the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.interview.recruiter_calls import RecruiterCall, duration_text
from talkpush_desktop.engine.messaging import chat_actions as rules
from talkpush_desktop.engine.providers.base import ProviderError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.vocabulary import shown, token_label, token_tip
from talkpush_desktop.views.chat.composer import Composer
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.operations import RecruiterActions

POLL_MS = 1000
CHECK_MS = 100


class ChatActionsBar(QWidget):
    """The Actions button and, during a call, its state and Hang up.

    Signals:
        call_changed(object): a Call Candidate call's new state (a RecruiterCall).
    """

    call_changed = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        actions: RecruiterActions,
        composer: Composer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._actions, self._composer = ws, actions, composer
        self._row: CandidateRow | None = None
        self.call: RecruiterCall | None = None
        self.phone_dialog: QInputDialog | None = None
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="chat-call")
        self._pending: tuple[Future[Any], Callable[[Any], None]] | None = None
        self.button = QToolButton()
        self.button.setObjectName("chatActionsButton")
        self.button.setText(self.tr("Actions"))
        self.button.setAccessibleName(self.tr("Conversation actions"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.setAccessibleName(self.tr("Conversation actions"))
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.button.setMenu(self.menu)
        self.call_label = QLabel()
        self.call_label.setObjectName("callState")
        self.hang_up_button = QPushButton(self.tr("Hang up"))
        self.hang_up_button.clicked.connect(self._on_hang_up_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.call_label)
        layout.addWidget(self.hang_up_button)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._show_call(None)
        self.destroyed.connect(lambda: self._executor.shutdown(wait=False, cancel_futures=True))

    # -- public ----------------------------------------------------------------------------

    def set_candidate(self, row: CandidateRow | None) -> None:
        self._row = row
        self.button.setEnabled(row is not None)

    def offered(self) -> list[str]:
        """The names the menu offers now (built as when it opens), as the engine names them."""
        self._on_menu_about_to_show()
        return [str(a.data()) for a in self.menu.actions() if not a.isSeparator()]

    def trigger(self, name: str) -> None:
        """Choose ``name`` (the engine's name) in the menu (as a click does)."""
        self._on_menu_about_to_show()
        [action] = [a for a in self.menu.actions() if a.data() == name]
        action.trigger()

    # -- the menu --------------------------------------------------------------------------

    def _on_menu_about_to_show(self) -> None:
        self.menu.clear()
        row = self._row
        if row is None:
            return
        try:
            offered = self._ws.chat_actions.available(row.id)
        except WorkspaceError:
            return
        for name in offered.names:
            if name == rules.TOKENS:
                self.menu.addMenu(self._tokens_menu()).setData(name)
                continue
            action = self.menu.addAction(shown(name))
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name, v=offered.voice: self._do(n, v))
            if name == rules.CALL and self.call is not None:
                action.setEnabled(False)  # one call at a time

    def _tokens_menu(self) -> QMenu:
        menu = QMenu(shown(rules.TOKENS), self.menu)
        for token in self._ws.messaging.message_tokens():
            action = menu.addAction(token_label(token))
            action.setToolTip(token_tip(token))
            action.triggered.connect(lambda _c=False, t=token.text: self._insert(t))
        return menu

    def _insert(self, text: str) -> None:
        self._composer.message_button.setChecked(True)
        self._composer.insert_text(text)

    def _do(self, name: str, voice: str) -> None:
        row = self._row
        if row is None:
            return
        if name == rules.ROBOCALL:
            self._actions.robocall(row.id, row.full_name)
        elif name == rules.INVITE_SMS:
            self._actions.send_invitation_sms(row.id)
        elif name in (rules.STOP_BOT, rules.RESUME_BOT):
            self._actions.set_bot_stopped(row.id, name == rules.STOP_BOT)
        elif name == rules.CALL:
            self._call(row.id, voice)

    # -- Call Candidate --------------------------------------------------------------------

    def _call(self, candidate_id: int, voice: str) -> None:
        if voice == "twilio" and not self._ws.recruiter_calls.my_phone():
            self._ask_my_phone(candidate_id)
            return
        self._start(candidate_id)

    def _ask_my_phone(self, candidate_id: int) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("My phone"))
        dialog.setLabelText(
            self.tr(
                "Your phone rings first, then the candidate's (e.g. +63 917 ...);\n"
                "it is kept in My Account:"
            )
        )
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._on_my_phone(candidate_id, text))
        dialog.destroyed.connect(self._on_phone_dialog_destroyed)
        self.phone_dialog = dialog
        dialog.open()

    def _on_phone_dialog_destroyed(self) -> None:
        self.phone_dialog = None

    def _on_my_phone(self, candidate_id: int, text: str) -> None:
        try:
            self._ws.recruiter_calls.set_my_phone(text)
        except WorkspaceError as exc:
            self._actions.action_failed.emit(error_text(exc))
            return
        self._start(candidate_id)

    def _start(self, candidate_id: int) -> None:
        self.call_label.setText(self.tr("Call: dialing…"))
        self.call_label.show()
        self._submit(lambda: self._ws.recruiter_calls.call(candidate_id), self._on_call_state)

    def _on_hang_up_button_clicked(self) -> None:
        if self.call is not None:
            call_id = self.call.message_id
            self._poll.stop()
            self._submit(lambda: self._ws.recruiter_calls.hang_up(call_id), self._on_call_state)

    def _on_poll_timeout(self) -> None:
        if self.call is not None and self._pending is None:
            call_id = self.call.message_id
            self._submit(lambda: self._ws.recruiter_calls.state(call_id), self._on_call_state)

    def _on_call_state(self, call: RecruiterCall) -> None:
        first = self.call is None
        self.call = None if call.finished else call
        self._show_call(call)
        self.call_changed.emit(call)
        if first or call.finished:
            self._actions.workspace_changed.emit(
                self.tr("Call ended") if call.finished else self.tr("Calling the candidate")
            )
        if not call.finished:
            self._poll.start()

    def _show_call(self, call: RecruiterCall | None) -> None:
        if call is None:
            self.call_label.hide()
            self.hang_up_button.hide()
            return
        state = shown(call.status.replace("-", " "))
        if call.finished:
            state += f", {duration_text(call.seconds)}"
        self.call_label.setText(self.tr("Call: {state}").format(state=state))
        self.call_label.show()
        self.hang_up_button.setVisible(not call.finished)

    # -- the executor ----------------------------------------------------------------------

    def _submit(self, fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self._pending = (self._executor.submit(fn), then)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._pending is None or not self._pending[0].done():
            return
        future, then = self._pending
        self._pending = None
        self._timer.stop()
        try:
            result = future.result()
        except (WorkspaceError, ProviderError) as exc:
            self.call = None
            self.call_label.setText(self.tr("Call failed: {reason}").format(reason=exc))
            self.hang_up_button.hide()
            self._actions.action_failed.emit(error_text(exc))
            return
        then(result)
