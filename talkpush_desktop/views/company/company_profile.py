"""Company Profile (seed 000): the Team panel (name, email, Owner, Receive Weekly
Statistics Email; Deactivate, Reactivate, Delete and Transfer Company Ownership for the
owner only), New Manager Account, the pending invitations (the owner's), My Account, and
Company Settings. Every rule is the
engine's: a refusal shows on the dialog's error line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.company.accounts import Account
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.company.company_settings_panel import CompanySettingsPanel
from talkpush_desktop.views.company.pending_invitations_panel import PendingInvitationsPanel
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.standard_buttons import Answer, ask

COLUMNS = (
    QT_TRANSLATE_NOOP("CompanyProfileDialog", "Name"),
    QT_TRANSLATE_NOOP("CompanyProfileDialog", "Email"),
    QT_TRANSLATE_NOOP("CompanyProfileDialog", "Owner"),
    QT_TRANSLATE_NOOP("CompanyProfileDialog", "Weekly Statistics Email"),
    QT_TRANSLATE_NOOP("CompanyProfileDialog", "Status"),
)
WEEKLY = 3


class CompanyProfileDialog(QDialog):
    """The team and the company's settings.

    Signals:
        team_changed: an account was changed (the window refreshes the user menu and
            the campaigns it shows).
        account_opened: the My Account link was clicked.
    """

    team_changed = Signal()
    account_opened = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._accounts: list[Account] = []
        self.setWindowTitle(self.tr("Company Profile"))
        self.resize(760, 620)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.transfer_button = QPushButton(self.tr("Transfer Company Ownership"))
        self.new_manager_button = QPushButton(self.tr("New Manager Account…"))
        self.my_account_button = QPushButton(self.tr("My Account…"))
        self.deactivate_button.clicked.connect(lambda: self._act(self._ws.accounts.deactivate))
        self.reactivate_button.clicked.connect(lambda: self._act(self._ws.accounts.reactivate))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.transfer_button.clicked.connect(self._on_transfer_clicked)
        self.new_manager_button.clicked.connect(self.open_new_manager)
        self.my_account_button.clicked.connect(self.account_opened)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.invitations_panel = PendingInvitationsPanel(ws, self)
        self.settings_panel = CompanySettingsPanel(ws, self)
        self.settings_panel.saved.connect(self.refresh)
        owner_row = QHBoxLayout()
        for button in (
            self.deactivate_button,
            self.reactivate_button,
            self.delete_button,
            self.transfer_button,
        ):
            owner_row.addWidget(button)
        owner_row.addStretch(1)
        links = QHBoxLayout()
        links.addWidget(self.new_manager_button)
        links.addWidget(self.my_account_button)
        links.addStretch(1)
        layout = QVBoxLayout(self)
        team = QLabel(self.tr("Team"))
        team.setStyleSheet("font-weight: bold")
        layout.addWidget(team)
        layout.addWidget(self.table, 1)
        layout.addLayout(owner_row)
        layout.addLayout(links)
        layout.addWidget(self.invitations_panel)
        layout.addWidget(self.error)
        layout.addWidget(self.settings_panel)
        self.refresh()

    # -- the team --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the team again and show what the acting user may do."""
        self._accounts = self._ws.accounts.all()
        me = self._ws.accounts.me()
        self._owner = me.owner
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._accounts))
        for row, a in enumerate(self._accounts):
            status = self.tr("Active") if a.active else self.tr("Deactivated")
            values = (a.name, a.email, self.tr("Owner") if a.owner else "", "", status)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == WEEKLY:
                    if self._owner or a.id == me.id:  # one's own, or the owner: anyone's
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    on = Qt.CheckState.Checked if a.weekly_email else Qt.CheckState.Unchecked
                    item.setCheckState(on)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        for button in (
            self.deactivate_button,
            self.reactivate_button,
            self.delete_button,
            self.transfer_button,
            self.new_manager_button,
        ):
            button.setVisible(self._owner)  # seed 000: the owner's actions only
        self.settings_panel.set_editable(self._owner)
        self.invitations_panel.setVisible(self._owner)
        if self._owner:
            self.invitations_panel.refresh()
        self._update_buttons()

    def select_email(self, email: str) -> None:
        """Select the team member with ``email`` (as a click on their row does)."""
        row = next(i for i, a in enumerate(self._accounts) if a.email == email)
        self.table.selectRow(row)

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self._accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        other = chosen is not None and not chosen.owner
        self.deactivate_button.setEnabled(other and chosen is not None and chosen.active)
        self.reactivate_button.setEnabled(other and chosen is not None and not chosen.active)
        self.delete_button.setEnabled(other)
        self.transfer_button.setEnabled(other and chosen is not None and chosen.active)

    def _act(self, action: Callable[[str], object]) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        try:
            action(chosen.email)
        except WorkspaceError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        self.refresh()
        self.team_changed.emit()
        return True

    def done(self, result: int) -> None:
        self.invitations_panel.stop()
        super().done(result)

    def confirm(self, text: str) -> bool:
        """Ask before an action that cannot simply be undone (tests answer for the user)."""
        return ask(self, self.windowTitle(), text) == Answer.Yes

    def _on_delete_clicked(self) -> None:
        chosen = self.selected()
        if chosen and self.confirm(self.tr("Delete the account of %1?").replace("%1", chosen.name)):
            self._act(self._ws.accounts.delete)

    def _on_transfer_clicked(self) -> None:
        chosen = self.selected()
        text = self.tr("Make %1 the company's owner? You will become a manager.")
        if chosen and self.confirm(text.replace("%1", chosen.name)):
            self._act(self._ws.accounts.transfer_ownership)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != WEEKLY:
            return
        a = self._accounts[item.row()]
        try:
            self._ws.accounts.set_preferences(
                a.email, weekly_email=item.checkState() == Qt.CheckState.Checked
            )
        except WorkspaceError as exc:
            self.error.setText(error_text(exc))
        self.refresh()

    def open_new_manager(self) -> QDialog:
        from talkpush_desktop.views.company.new_manager_dialog import NewManagerDialog

        dialog = NewManagerDialog(self._ws, self)
        dialog.invited.connect(self.invitations_panel.refresh)
        dialog.show()
        return dialog
