"""Company Settings (seed 000): name, time zone, domain whitelist and IP whitelist, with
this computer's own addresses shown for reference; only the owner may save them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.engine_errors import error_text


def machine_addresses() -> list[str]:
    """This computer's IP addresses (loopback first), for the IP whitelist's reference."""
    found: list[str] = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() in (
            QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
            QAbstractSocket.NetworkLayerProtocol.IPv6Protocol,
        ):
            text = address.toString().split("%")[0]
            if text and text not in found:
                found.append(text)
    return sorted(found, key=lambda a: (not a.startswith("127."), ":" in a, a))


class CompanySettingsPanel(QGroupBox):
    """The settings form. Signals: ``saved`` once the engine took the new settings."""

    saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setTitle(self.tr("Company Settings"))
        self.name = QLineEdit()
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText("Asia/Manila")
        self.domains = QLineEdit()
        self.domains.setPlaceholderText(self.tr("acme.com, acme.ph (empty: any domain)"))
        self.ips = QLineEdit()
        self.ips.setPlaceholderText(self.tr("203.0.113.7, 10.0.0.0/8 (empty: any address)"))
        self.machine = QLabel(", ".join(machine_addresses()))
        self.machine.setObjectName("machineAddresses")
        self.machine.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save Settings"))
        self.save_button.clicked.connect(self._on_save_clicked)
        form = QFormLayout(self)
        form.addRow(self.tr("Company name"), self.name)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Domain whitelist"), self.domains)
        form.addRow(self.tr("IP whitelist"), self.ips)
        form.addRow(self.tr("This computer's addresses"), self.machine)
        form.addRow(self.message)
        form.addRow("", self.save_button)
        self.load()

    def load(self) -> None:
        current = self._ws.accounts.settings()
        self.name.setText(current.name)
        self.timezone.setText(current.timezone)
        self.domains.setText(", ".join(current.domain_whitelist))
        self.ips.setText(", ".join(current.ip_whitelist))

    def set_editable(self, editable: bool) -> None:
        """Only the owner edits; a manager sees the settings read-only."""
        for field in (self.name, self.timezone, self.domains, self.ips):
            field.setReadOnly(not editable)
        self.save_button.setVisible(editable)

    def _on_save_clicked(self) -> None:
        try:
            self._ws.accounts.update_settings(
                name=self.name.text(),
                timezone=self.timezone.text(),
                domain_whitelist=self.domains.text(),
                ip_list=self.ips.text(),
            )
        except WorkspaceError as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(error_text(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.load()
        self.saved.emit()
