"""Who signs in: asked when the window opens on a workspace with more than one account
(email and password; "Remember me" keeps a token in the OS keyring, never the password).
A single-account workspace (the demo, a lone recruiter) opens directly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons


class SignInDialog(QDialog):
    """Email, password and "Remember me"; accepted once the engine signed the user in."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Sign in to %1").replace("%1", ws.company.name()))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = translated_buttons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._on_sign_in_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_sign_in_clicked(self) -> None:
        try:
            self._ws.accounts.sign_in(
                self.email.text(), self.password.text(), remember=self.remember.isChecked()
            )
        except WorkspaceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


def ensure_signed_in(ws: Workspace, parent: QWidget | None = None) -> bool:
    """True when the window may open: one account only, a remembered sign-in, or the
    dialog's; False when the user cancelled."""
    if not ws.accounts.asks_sign_in() or ws.accounts.resume() is not None:
        return True
    return SignInDialog(ws, parent).exec() == QDialog.DialogCode.Accepted
