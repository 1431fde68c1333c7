"""Settings ▸ Providers ▸ Messenger takes the webhook's app secret and verify token: kept
in the secrets store (never the database), the fields cleared once read, short ones
refused with the reason, and the box says what is stored and the Callback URL path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.workspace_db import stored_bytes

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

SECRET, TOKEN = "app-secret-0123456789", "verify-token-abcdef"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("talkpush_desktop.engine.secret_store._usable_keyring", lambda: None)


def test_the_webhook_secrets_are_kept_and_never_shown(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    window.providers_action.trigger()
    dialog = window.providers_dialog
    assert dialog is not None
    dialog.tabs.setCurrentWidget(dialog.pages["messenger"])
    box = dialog.webhook_box
    qtbot.waitExposed(dialog)
    assert box.isVisible() and box.status_label.text() == "Not set"
    qtbot.keyClicks(box.secret_edit, "short")
    qtbot.keyClicks(box.token_edit, TOKEN)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status_label.text().startswith("app_secret: at least 8")
    assert not ws.messenger_webhook.status().verify_token
    qtbot.keyClicks(box.secret_edit, SECRET)
    qtbot.keyClicks(box.token_edit, TOKEN)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.secret_edit.text() == box.token_edit.text() == ""
    assert box.status_label.text() == (
        f"Stored. Callback URL: <public URL>/v1/messenger/webhook/{ws.company_id}"
    )
    status = ws.messenger_webhook.status()
    assert status.app_secret and status.verify_token
    assert SECRET.encode() not in stored_bytes(ws.data_dir)
    dialog.reject()
