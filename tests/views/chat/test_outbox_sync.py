"""The sync worker in the window: rate-limited refreshes, the outbox status, offline, quit."""

from __future__ import annotations

import asyncio
import socket

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message
from talkpush_desktop.views import app as app_module
from talkpush_desktop.views.chat.outbox_sync import OutboxSync, outbox_text
from talkpush_desktop.views.main_window import MainWindow

DOT = " \N{MIDDLE DOT} "


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets of these tests go to the workspace's file, never the user's keyring."""
    monkeypatch.setattr("talkpush_desktop.engine.secret_store._usable_keyring", lambda: None)


@pytest.fixture
def rosa(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name="Rosa", last_name="Diaz", phone="09171234567"
    )


def free_port() -> int:
    """A local port nobody listens on (connections to it are refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_outbox_text() -> None:
    assert outbox_text({}) == "Outbox: all sent"
    assert outbox_text({"delivered": 9}) == "Outbox: all sent"
    assert outbox_text({"queued": 2, "sending": 1, "failed": 1}) == f"Outbox: 3 queued{DOT}1 failed"


def test_a_burst_of_changes_is_one_refresh_now_and_one_after(qtbot: QtBot, ws: Workspace) -> None:
    sync = OutboxSync(ws, interval_ms=150)
    seen: list[int] = []
    sync.changed.connect(lambda: seen.append(1))
    try:
        for _ in range(20):
            sync.notify()  # what the worker calls after each round
        qtbot.waitUntil(lambda: len(seen) == 1)
        qtbot.wait(50)
        assert len(seen) == 1  # the rest waits for the interval
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
        qtbot.wait(300)
        assert len(seen) == 2  # nothing more was pending
    finally:
        sync.close()


def test_a_change_queued_before_close_refreshes_nothing_after(qtbot: QtBot, ws: Workspace) -> None:
    """The worker's last poke can still be queued when the window closes; the workspace it
    would read may be closed (on PostgreSQL a test's database dropped) by the time it runs."""
    sync = OutboxSync(ws, interval_ms=150)
    seen: list[int] = []
    sync.changed.connect(lambda: seen.append(1))
    sync.notify()
    sync.close()
    qtbot.wait(300)
    assert seen == []
    sync.notify()  # a worker winding down
    qtbot.wait(50)
    assert seen == []


def test_the_status_bar_counts_the_outbox(
    qtbot: QtBot, window: MainWindow, ws: Workspace, rosa: int
) -> None:
    indicator = window.outbox_indicator
    assert indicator.accessibleName() == "Outbox status"
    qtbot.waitUntil(lambda: indicator.text() == "Outbox: all sent")
    window.list_pane.refresh()
    window.select_candidate(rosa)
    for text in ("One", "Two", "Three"):
        window.chat_pane.composer.set_text(text)
        window.chat_pane.composer.submit()
    qtbot.waitUntil(lambda: indicator.text() == "Outbox: 3 queued")
    failed = ws.messaging.messages(rosa)[0].id
    with ws.transaction() as s:
        row = s.get(Message, failed)
        assert row is not None
        row.state, row.error = "failed", "Unreachable"
    window.outbox_sync.notify()
    qtbot.waitUntil(lambda: indicator.text() == f"Outbox: 2 queued{DOT}1 failed")
    assert indicator.property("level") == "warn"


def test_an_unreachable_provider_shows_offline(
    qtbot: QtBot, window: MainWindow, ws: Workspace, rosa: int
) -> None:
    ws.providers.configure(
        "sms",
        "twilio",
        {
            "account_sid": "AC" + "0" * 32,
            "from_number": "+15005550006",
            "api_base_url": f"http://127.0.0.1:{free_port()}",
        },
        "token",
    )
    ws.messaging.queue_message(rosa, "Hello", "sms")
    sync = window.outbox_sync
    worker = SyncWorker(ws.context, on_change=sync.notify)
    sync.worker = worker  # as if started by the app
    try:
        report = asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    assert report.offline
    indicator = window.outbox_indicator
    qtbot.waitUntil(lambda: indicator.text().startswith("Offline: "))
    assert "Twilio" in indicator.text()
    assert indicator.property("level") == "offline"
    assert sync.offline_reason == report.offline[-1]
    [bubble] = ws.messaging.messages(rosa)
    assert bubble.state == "queued"
    assert bubble.error.startswith("will retry:")
    sync.reload()  # new settings: the offline line goes until the worker says so again
    qtbot.waitUntil(lambda: indicator.text() == "Outbox: 1 queued")
    sync.worker = None


def test_the_app_sends_in_the_background_and_stops_on_close(
    qtbot: QtBot, ws: Workspace, rosa: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.messaging.queue_message(rosa, "Hello from the app", "sms")
    windows: list[MainWindow] = []

    class TestWindow(MainWindow):
        def __init__(self, workspace: Workspace) -> None:
            super().__init__(workspace, QSettings("", QSettings.Format.IniFormat))
            windows.append(self)

    monkeypatch.setattr(app_module, "MainWindow", TestWindow)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    outcome: dict[str, object] = {}

    def check(tries: int = 200) -> None:
        sync = windows[0].outbox_sync
        if ws.messaging.outbox_status() == {"delivered": 1} or not tries:
            outcome["running"] = sync.running
            outcome["sandbox"] = [m.body for m in ws.providers.sandbox_inbox("+639171234567")]
            app.closeAllWindows()
        else:
            QTimer.singleShot(50, lambda: check(tries - 1))

    QTimer.singleShot(50, check)
    try:
        assert app_module.run_window(ws) == 0
    finally:
        asyncio.set_event_loop(None)
    assert outcome == {"running": True, "sandbox": ["Hello from the app"]}
    sync = windows[0].outbox_sync
    assert not sync.running
    assert sync.worker is None  # stopped and closed
    assert app.quitOnLastWindowClosed()  # restored
