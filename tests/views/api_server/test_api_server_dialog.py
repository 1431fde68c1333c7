"""Tools > API Server... in the window: start the workspace's server (a real
``talkpush-desktop serve`` process on a loopback port), see a request in the last requests,
stop it; the window's closing stops it too. API keys: create one (its secret shown once,
with an example request for a campaign), revoke it. The whole path: the example ``curl``,
run as shown, adds a candidate that the window shows within 2 seconds."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import urllib.request

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.api_server.api_server_dialog import ApiServerDialog
from talkpush_desktop.views.api_server.server_process import ServerState
from talkpush_desktop.views.main_window import MainWindow
from tests.support.modal import answer_box

LEFT = Qt.MouseButton.LeftButton
LIVE_MS = 2000
SLACK_MS = 500  # the refresh itself on a loaded test machine
START_MS = 60000  # the server imports FastAPI and opens the workspace


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(qtbot: QtBot, dialog: ApiServerDialog) -> str:
    panel = dialog.server_panel
    port = free_port()
    panel.port_box.setValue(port)
    qtbot.mouseClick(panel.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.server.state == ServerState.RUNNING, timeout=START_MS)
    assert panel.status_label.text() == f"Listening on http://127.0.0.1:{port}"
    assert panel.start_button.text() == "Stop"
    return dialog.server.url


def test_start_see_a_request_and_stop(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_api_server()
    assert dialog.server_panel.status_label.text() == "Stopped"
    url = start(qtbot, dialog)
    with urllib.request.urlopen(f"{url}/openapi.json", timeout=30) as response:
        assert response.status == 200
        assert "paths" in json.load(response)
    requests = dialog.server_panel.requests
    qtbot.waitUntil(
        lambda: any(
            " GET /openapi.json 200 " in requests.item(i).text() for i in range(requests.count())
        ),
        timeout=5000,
    )
    qtbot.mouseClick(dialog.server_panel.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.server.state == ServerState.STOPPED, timeout=15000)
    assert dialog.server_panel.status_label.text() == "Stopped"
    assert dialog.server_panel.start_button.text() == "Start"


def test_closing_the_window_stops_the_server(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_api_server()
    dialog.close()  # the server outlives its dialog
    dialog = window.open_api_server()
    start(qtbot, dialog)
    process = dialog.server._process
    assert process is not None
    pid = process.processId()
    window.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_create_a_key_see_its_secret_once_and_revoke_it(
    qtbot: QtBot,
    window: MainWindow,
    ws: Workspace,
    campaign: CampaignInfo,
) -> None:
    dialog = window.open_api_server()
    keys = dialog.keys_panel
    keys.name_edit.setText("Careers site")
    keys.campaign_combo.setCurrentIndex(keys.campaign_combo.findData(campaign.id))
    qtbot.mouseClick(keys.create_button, LEFT)
    qtbot.waitUntil(lambda: keys.new_key.isVisible() and keys.keys.topLevelItemCount() == 1)
    secret = keys.new_key.secret_field.text()
    key = keys.new_key.key_field.text()
    assert secret and key and keys.new_key.secret_field.isReadOnly()
    curl = keys.new_key.curl.toPlainText()
    assert f"/api/talkpush_services/campaigns/{campaign.id}/campaign_invitations" in curl
    assert f"api_key={key}" in curl and f"api_secret={secret}" in curl
    qtbot.mouseClick(keys.new_key.copy_secret, LEFT)
    assert keys.new_key.secret_field.text() == secret
    assert QGuiApplication.clipboard().text() == secret
    item = keys.keys.topLevelItem(0)
    assert [item.text(0), item.text(1), item.text(5)] == ["Careers site", "intake", "Active"]
    assert secret not in {item.text(i) for i in range(item.columnCount())}
    [listed] = ws.api_keys.list()
    assert secret not in repr(listed)

    keys.keys.setCurrentItem(item)
    assert keys.revoke_button.isEnabled()
    asked = answer_box(QMessageBox.StandardButton.Yes)  # the user says Yes
    qtbot.mouseClick(keys.revoke_button, LEFT)
    assert len(asked) == 1
    qtbot.waitUntil(lambda: keys.keys.topLevelItem(0).text(5) == "Revoked")
    assert not keys.revoke_button.isEnabled()
    [revoked] = ws.api_keys.list()
    assert revoked.revoked_at is not None


def test_a_port_in_use_says_why_the_server_stopped(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_api_server()
    panel = dialog.server_panel
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        panel.port_box.setValue(taken.getsockname()[1])
        qtbot.mouseClick(panel.start_button, LEFT)
        qtbot.waitUntil(lambda: dialog.server.state == ServerState.STOPPED, timeout=START_MS)
    assert panel.status_label.text().startswith("Stopped: talkpush-desktop: error:")
    assert panel.start_button.text() == "Start" and panel.port_box.isEnabled()


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_the_example_request_adds_a_candidate_the_window_shows(
    qtbot: QtBot, window: MainWindow, campaign: CampaignInfo
) -> None:
    window.change_watcher.start()  # as run_window does
    dialog = window.open_api_server()
    panel, keys = dialog.server_panel, dialog.keys_panel
    panel.port_box.setValue(free_port())
    qtbot.mouseClick(panel.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.server.state == ServerState.RUNNING, timeout=60000)
    keys.campaign_combo.setCurrentIndex(keys.campaign_combo.findData(campaign.id))
    qtbot.mouseClick(keys.create_button, LEFT)
    qtbot.waitUntil(keys.new_key.isVisible)
    inbox = window.navigation.folder_list.count_of("Inbox")

    curl = keys.new_key.curl.toPlainText() + " --silent --write-out '\\n%{http_code}'"
    done = subprocess.run(["bash", "-c", curl], check=True, capture_output=True, text=True)
    body, _, status = done.stdout.rpartition("\n")
    assert status == "201", done.stdout + done.stderr
    assert json.loads(body)["id"]

    qtbot.waitUntil(
        lambda: (
            window.model.index(0).data() == "Maria Santos"
            and window.navigation.folder_list.count_of("Inbox") == inbox + 1
        ),
        timeout=LIVE_MS + SLACK_MS,
    )
    requests = panel.requests
    qtbot.waitUntil(
        lambda: any(
            f"POST /api/talkpush_services/campaigns/{campaign.id}/campaign_invitations 201"
            in requests.item(i).text()
            for i in range(requests.count())
        )
    )
