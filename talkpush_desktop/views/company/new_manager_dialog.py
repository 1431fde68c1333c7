"""New Manager Account: the owner invites a colleague by email; the invitation (a one-time,
expiring link) goes out through the company's email provider (the sandbox inbox in the
demo) and the dialog shows the link too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.company.invitations import Invitation
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons


class NewManagerDialog(QDialog):
    """Name and email; Send invitation. ``sent`` holds the last invitation.

    Signals:
        invited(object): an invitation went out (the :class:`Invitation`).
    """

    invited = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.sent: Invitation | None = None
        self.setWindowTitle(self.tr("New Manager Account"))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        buttons = translated_buttons(QDialogButtonBox.StandardButton.Close)
        self.send_button = buttons.addButton(
            self.tr("Send invitation"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.send_button.clicked.connect(self._on_send_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)

    def _on_send_clicked(self) -> None:
        try:
            self.sent = self._ws.accounts.invite(self.email.text(), self.name.text())
        except WorkspaceError as exc:
            self.outcome.setStyleSheet("color: #b00020")
            self.outcome.setText(error_text(exc))
            return
        self.outcome.setStyleSheet("")
        text = self.tr("Invitation to %1: %2. Link (valid until %3 UTC): %4")
        for mark, value in (
            ("%1", self.sent.email),
            ("%2", self.sent.delivery),
            ("%3", f"{self.sent.expires_at:%Y-%m-%d %H:%M}"),
            ("%4", self.sent.url),
        ):
            text = text.replace(mark, value)
        self.outcome.setText(text)
        self.email.clear()
        self.name.clear()
        self.invited.emit(self.sent)
