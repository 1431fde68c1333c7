"""The Messenger tab's webhook box (Settings ▸ Providers ▸ Messenger): the Meta app's secret
and the verify token, entered once and kept in the keyring (``ws.messenger_webhook``); the
fields are cleared once read and the box says only whether each is stored, and the
Callback URL path to give Meta."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace


class MessengerWebhookBox(QGroupBox):
    """App secret, verify token, Save, and what is stored."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Webhook (replies from Messenger)"))
        self._ws = ws
        self.secret_edit = self._secret_field(self.tr("App secret"))
        self.token_edit = self._secret_field(self.tr("Verify token"))
        self.save_button = QPushButton(self.tr("Save webhook secrets"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Webhook status"))
        form = QFormLayout(self)
        form.addRow(self.tr("App secret"), self.secret_edit)
        form.addRow(self.tr("Verify token"), self.token_edit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status_label, 1)
        form.addRow(row)
        self._show_status()

    def _secret_field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(self.tr("Messenger webhook {secret}").format(secret=name.lower()))
        edit.setPlaceholderText(self.tr("Leave empty to keep the stored one"))
        return edit

    def _show_status(self, problem: str = "") -> None:
        if problem:
            self.status_label.setText(problem)
            return
        try:
            status = self._ws.messenger_webhook.status()
        except WorkspaceError as exc:
            self.status_label.setText(str(exc))
            return
        stored = status.app_secret and status.verify_token
        path = f"/v1/messenger/webhook/{self._ws.company_id}"
        self.status_label.setText(
            self.tr("Stored. Callback URL: <public URL>{path}").format(path=path)
            if stored
            else self.tr("Not set")
        )

    def _on_save_button_clicked(self) -> None:
        secret, token = self.secret_edit.text(), self.token_edit.text()
        self.secret_edit.clear()  # read once: never left in a widget
        self.token_edit.clear()
        try:
            self._ws.messenger_webhook.configure(secret, token)
        except WorkspaceError as exc:
            self._show_status(str(exc))
            return
        self._show_status()
