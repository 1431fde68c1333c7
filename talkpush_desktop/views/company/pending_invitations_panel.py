"""Company Profile's pending invitations (the owner's): who was invited and not yet
accepted, by whom, until when; Revoke Invitation makes the selected link refuse (its page
and ``users accept`` say it was revoked). Read and revoked on the background worker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.company.pending_invitations import PendingInvitation
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job


class PendingInvitationsPanel(QWidget):
    """The table of pending invitations and its Revoke Invitation button.

    Signals:
        invitations_read: the table shows what the engine answered (after a refresh).
    """

    invitations_read = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[PendingInvitation] = []
        self._runner = BackgroundRunner(self)
        self.table = QTreeWidget()
        self.table.setObjectName("pendingInvitations")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Email"), self.tr("Name"), self.tr("Invited by"), self.tr("Expires (UTC)")]
        )
        self.table.setAccessibleName(self.tr("Pending Invitations"))
        self.table.setMaximumHeight(140)
        self.table.currentItemChanged.connect(self._on_table_current_item_changed)
        self.revoke_button = QPushButton(self.tr("Revoke Invitation"))
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{self.tr('Pending Invitations')}</b>"))
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._on_table_current_item_changed()

    def refresh(self) -> Job:
        """Read the pending invitations again (on the worker)."""
        job = self._runner.submit(
            "Pending invitations", lambda _job: self._ws.accounts.invitations()
        )
        job.succeeded.connect(self._on_invitations_read)
        job.failed.connect(self.message.setText)
        return job

    def select_email(self, email: str) -> None:
        row = next(i for i, p in enumerate(self._rows) if p.email == email)
        item = self.table.topLevelItem(row)
        if item is not None:
            self.table.setCurrentItem(item)

    def emails(self) -> list[str]:
        return [p.email for p in self._rows]

    def stop(self) -> None:
        self._runner.shutdown()

    def _on_invitations_read(self, rows: list[PendingInvitation]) -> None:
        self._rows = rows
        self.table.clear()
        for p in rows:
            shown = (p.email, p.name, p.invited_by, f"{p.expires_at:%Y-%m-%d %H:%M}")
            self.table.addTopLevelItem(QTreeWidgetItem(list(shown)))
        self._on_table_current_item_changed()
        self.invitations_read.emit()

    def _on_table_current_item_changed(self, *_items: object) -> None:
        self.revoke_button.setEnabled(self.table.currentItem() is not None)

    def _on_revoke_clicked(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        email = self._rows[self.table.indexOfTopLevelItem(item)].email
        self.revoke_button.setEnabled(False)
        job = self._runner.submit(
            "Revoke invitation", lambda _job: self._ws.accounts.revoke_invitation(email)
        )
        job.succeeded.connect(lambda _rows: self._on_revoked(email))
        job.failed.connect(self.message.setText)

    def _on_revoked(self, email: str) -> None:
        self.message.setText(
            self.tr("Invitation of %1 revoked: its link no longer works.").replace("%1", email)
        )
        self.refresh()
