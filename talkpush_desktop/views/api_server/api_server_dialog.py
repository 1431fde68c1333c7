"""Tools > API Server...: start and stop the workspace's API server, see its last requests,
and manage the API keys that career sites and partners use.

The server (:class:`ApiServerProcess`) belongs to the window, not to the dialog: closing the
dialog leaves it running, and closing the window to quit (or signing out) stops it. A window
closed to open again at once (a language or company chosen) hands it on running to the next
(``MenuWindows.release_api_server``, ``run_window``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QVBoxLayout, QWidget

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.api_server.keys_panel import KeysPanel
from talkpush_desktop.views.api_server.server_panel import ServerPanel
from talkpush_desktop.views.api_server.server_process import ApiServerProcess
from talkpush_desktop.views.widgets.background import BackgroundRunner
from talkpush_desktop.views.widgets.reused_dialog import present
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons


class ApiServerDialog(QDialog):
    """The server's panel over the keys' panel."""

    def __init__(
        self,
        ws: Workspace,
        runner: BackgroundRunner,
        server: ApiServerProcess,
        campaigns: Sequence[CampaignInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("apiServerDialog")
        self.setWindowTitle(self.tr("API Server"))
        self._server = server
        self.server_panel = ServerPanel(server)
        self.keys_panel = KeysPanel(ws, runner, campaigns, self._base_url)
        server_box = QGroupBox(self.tr("Server for this workspace"))
        QVBoxLayout(server_box).addWidget(self.server_panel)
        keys_box = QGroupBox(self.tr("API keys"))
        QVBoxLayout(keys_box).addWidget(self.keys_panel)
        buttons = translated_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(server_box, 1)
        box.addWidget(keys_box, 1)
        box.addWidget(buttons)
        self.resize(780, 640)

    def _base_url(self) -> str:
        """The running server's address, else the one it would have on the chosen port."""
        return self._server.url or f"http://127.0.0.1:{self.server_panel.port_box.value()}"

    @property
    def server(self) -> ApiServerProcess:
        return self._server


def open_api_server(
    window: QWidget,
    ws: Workspace,
    runner: BackgroundRunner,
    dialog: ApiServerDialog | None,
    server: ApiServerProcess | None = None,
) -> ApiServerDialog:
    """Show the window's API Server dialog, made the first time over ``server`` (the one the
    window took over) or a new one; closing it only hides it, so the server keeps running."""
    if dialog is None:
        if server is None:
            database = None if ws.db.is_sqlite else ws.db.url
            server = ApiServerProcess(ws.data_dir, database, window)
        dialog = ApiServerDialog(ws, runner, server, ws.campaigns.all(), window)
    else:
        dialog.keys_panel.reload()
    present(dialog)
    return dialog
