"""The API Server dialog's top half: port, Start/Stop, status and the last requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.api_server.server_process import ApiServerProcess, ServerState
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

SHOWN_REQUESTS = 50
STATUS_TEXT = {
    ServerState.STOPPED: QT_TRANSLATE_NOOP("ServerPanel", "Stopped"),
    ServerState.STARTING: QT_TRANSLATE_NOOP("ServerPanel", "Starting…"),
    ServerState.STOPPING: QT_TRANSLATE_NOOP("ServerPanel", "Stopping…"),
}


class ServerPanel(QWidget):
    """Shows ``server`` and starts or stops it; the server outlives the dialog."""

    def __init__(self, server: ApiServerProcess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._server = server
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(server.port)
        self.port_box.setAccessibleName(self.tr("Port"))
        self.start_button = QPushButton()
        self.start_button.setObjectName("apiServerStart")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("apiServerStatus")
        self.status_label.setAccessibleName(self.tr("Server status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)
        self.requests = QListWidget()
        self.requests.setObjectName("apiRequests")
        self.requests.setAccessibleName(self.tr("Last requests"))
        self.requests.setAlternatingRowColors(True)
        self.requests.setMinimumHeight(110)
        self.requests.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Port")))
        row.addWidget(self.port_box)
        row.addWidget(self.start_button)
        row.addWidget(self.status_label, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        heading = QLabel(self.tr("Last requests (time, method, path, status, duration, key id)"))
        heading.setObjectName("sectionHeading")
        box.addWidget(heading)
        box.addWidget(self.requests, 1)
        server.state_changed.connect(self._show_state)
        server.request_logged.connect(self._on_server_request_logged)
        for line in reversed(list(server.requests)[:SHOWN_REQUESTS]):
            self._on_server_request_logged(line)
        self._show_state()

    def _on_start_button_clicked(self) -> None:
        if self._server.running:
            self._server.stop()
        else:
            self._server.start(self.port_box.value())

    def _on_server_request_logged(self, line: str) -> None:
        self.requests.insertItem(0, line)
        while self.requests.count() > SHOWN_REQUESTS:
            self.requests.takeItem(self.requests.count() - 1)

    def _show_state(self) -> None:
        server = self._server
        state = server.state
        if state == ServerState.RUNNING:
            text = self.tr("Listening on {url}").format(url=server.url)
        elif state == ServerState.STOPPED and server.problem:
            text = self.tr("Stopped: {reason}").format(reason=server.problem)
        else:
            text = self.tr(STATUS_TEXT[state]) if state in STATUS_TEXT else str(state)
        self.status_label.setText(text)
        self.status_label.setProperty("level", "ok" if state == ServerState.RUNNING else "")
        self.start_button.setText(self.tr("Stop") if server.running else self.tr("Start"))
        self.start_button.setEnabled(state != ServerState.STOPPING)
        self.port_box.setEnabled(state == ServerState.STOPPED)
