"""The composer offers WeChat and Web chat only while a provider carries them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

SMTP = {"host": "127.0.0.1", "port": 2525, "from_address": "hr@example.com"}


def test_chat_channels_leave_the_composer_once_a_real_provider_is_set(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    combo = window.chat_pane.composer.channel_combo

    def offered() -> list[str]:
        return [combo.itemData(i) for i in range(combo.count())]

    window.select_candidate(people["Maria"])
    assert offered() == ["sms", "email", "messenger", "wechat", "web"]  # the sandbox's world
    dialog = window.open_providers()
    ws.providers.configure("email", "smtp", SMTP)
    dialog.providers_changed.emit()
    qtbot.waitUntil(lambda: offered() == ["sms", "email", "messenger"])
    assert "WeChat" in combo.toolTip() and "not connected" in combo.toolTip()
    ws.providers.configure("email", "sandbox", {})
    dialog.providers_changed.emit()
    qtbot.waitUntil(lambda: "wechat" in offered())
