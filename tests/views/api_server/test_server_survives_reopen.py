"""The API server belongs to the session, not the window: choosing a language in My Account
closes and rebuilds the window (``run_window``), and the server started from the first
window keeps serving (the same process), shown running in the new window's Tools ▸ API
Server... in the new language; closing that window to quit, or signing out, stops it."""

from __future__ import annotations

import json
import os
import urllib.request

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import i18n
from talkpush_desktop.views.api_server.server_process import ServerState
from talkpush_desktop.views.app import build_window
from talkpush_desktop.views.main_window import MainWindow
from tests.support.i18n import english_left
from tests.views.api_server.test_api_server_dialog import START_MS, free_port, start
from tests.views.i18n.test_core_languages import _choose_language, _open_window
from tests.views.test_window_live_sync import run_app, until


def _serves(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/openapi.json", timeout=30) as response:
        return response.status == 200 and "paths" in json.load(response)


@pytest.mark.usefixtures("qapp", "people")
def test_the_server_keeps_running_when_the_language_changes(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids: list[int] = []
    shown_texts: list[tuple[str, str, list[str]]] = []

    async def switch(first: MainWindow) -> None:
        dialog = first.open_api_server()
        dialog.server_panel.port_box.setValue(free_port())
        dialog.server_panel.start_button.click()
        server = dialog.server
        await until(lambda: server.state == ServerState.RUNNING, timeout=START_MS / 1000)
        process, url = server._process, server.url
        assert process is not None and _serves(url)
        pids.append(process.processId())
        dialog.close()  # the server outlives its dialog
        _choose_language(first, "es")
        await until(lambda: (w := _open_window()) is not None and w is not first)
        second = _open_window()
        assert second is not None
        assert second.api_server is server and server.state == ServerState.RUNNING
        assert server._process is process and server.url == url
        assert _serves(url)  # no restart: the same process answers
        shown = second.open_api_server()  # shows the running server, in Spanish
        await until(shown.isVisible)
        panel = shown.server_panel
        shown_texts.append((panel.start_button.text(), panel.status_label.text(), []))
        stop = QCoreApplication.translate("ServerPanel", "Stop")
        shown_texts.append((stop, "", english_left(shown)))

    try:
        run_app(ws, monkeypatch, switch)
    finally:
        i18n.install("en")
    [pid] = pids
    [(button, status, _), (stop, _, left)] = shown_texts
    assert button == stop != "Stop", button
    assert "127.0.0.1" in status and not status.startswith("Listening"), status
    assert left == [], left
    with pytest.raises(ProcessLookupError):  # the last window closed to quit: it stopped
        os.kill(pid, 0)


def test_signing_out_stops_the_server(
    qtbot: QtBot, ws: Workspace, settings: QSettings, memory_keyring: object
) -> None:
    """Signing out ends the session: the server stops with the window (nobody is handed it)."""
    del memory_keyring
    ws.accounts.change_password(None, "Owner password 1")
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(sent.token, "Ana password 1")
    ws.accounts.sign_in("ana@acme.ph", "Ana password 1", remember=True)
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.open_api_server()
    start(qtbot, dialog)
    process = dialog.server._process
    assert process is not None
    pid = process.processId()
    window.user_menu.sign_out_action.trigger()
    assert not window.isVisible() and window.user_menu.signed_out
    assert window.handed_api_server is None and dialog.server.state == ServerState.STOPPED
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
