"""Settings > Providers: choose, fill in, test off the UI thread, save; secrets never shown."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.settings.providers_dialog import (
    KEEP_SECRET,
    ProvidersDialog,
    ServicePage,
)

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.twilio_server import DEFAULT_ACCOUNT_SID, TwilioServer  # noqa: E402

OUR_NUMBER = "+15005550006"
AUTH_TOKEN = "f00dfeed" * 4
"""The fake's auth token (unlike its default, not a piece of the account SID)."""


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets of these tests go to the workspace's file, never the user's keyring."""
    monkeypatch.setattr("talkpush_desktop.engine.secret_store._usable_keyring", lambda: None)


@pytest.fixture
def twilio() -> Iterator[TwilioServer]:
    with TwilioServer(auth_token=AUTH_TOKEN) as fake:
        yield fake
        assert fake.violations == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def open_dialog(qtbot: QtBot, window: MainWindow) -> ProvidersDialog:
    [settings] = [m for m in window.menuBar().actions() if m.text() == "&Settings"]
    assert window.providers_action in settings.menu().actions()
    window.providers_action.trigger()
    dialog = window.providers_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill_twilio(page: ServicePage, base_url: str, token: str | None) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("twilio"))
    form = page.form()
    form.edits["account_sid"].setText(DEFAULT_ACCOUNT_SID)
    form.edits["from_number"].setText(OUR_NUMBER)
    form.edits["api_base_url"].setText(base_url)
    if token is not None:
        assert form.secret_edit is not None
        form.secret_edit.setText(token)


def every_text(widget: QWidget) -> list[str]:
    return [e.text() + e.placeholderText() for e in widget.findChildren(QLineEdit)]


def test_every_service_starts_on_the_sandbox_and_every_field_is_named(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "SMS",
        "Voice calls",
        "Email",
        "Messenger",
    ]
    assert {p.kind for p in dialog.pages.values()} == {"sandbox"}
    assert "keyring" in dialog.warning_label.text()  # no keyring here: says where they go
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.parent().accessibleName(), widget
    email = dialog.pages["email"].form("smtp")
    assert email.port is not None and email.security is not None
    assert email.port.text() == "587"
    email.security.setCurrentIndex(email.security.findData("ssl"))
    assert email.port.text() == "465"  # follows the usual port
    dialog.reject()


def test_save_stores_twilio_and_the_secret_is_never_shown_again(
    qtbot: QtBot, window: MainWindow, ws: Workspace, twilio: TwilioServer
) -> None:
    reloads: list[int] = []
    dialog = open_dialog(qtbot, window)
    dialog.providers_changed.connect(lambda: reloads.append(1))
    fill_twilio(dialog.pages["sms"], twilio.url, AUTH_TOKEN)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert reloads == [1]
    sms = {i.service: i for i in ws.providers.infos()}["sms"]
    assert (sms.kind, sms.has_secret) == ("twilio", True)
    assert sms.settings["account_sid"] == DEFAULT_ACCOUNT_SID
    assert ws.secrets.get(sms.settings["secret_ref"]) == AUTH_TOKEN

    qtbot.waitUntil(lambda: window.providers_dialog is None)
    dialog = open_dialog(qtbot, window)
    page = dialog.pages["sms"]
    form = page.form()
    assert page.kind == "twilio"
    assert form.edits["from_number"].text() == OUR_NUMBER
    assert form.secret_edit is not None
    assert form.secret_edit.text() == ""
    assert form.secret_edit.placeholderText() == KEEP_SECRET
    assert form.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not any(AUTH_TOKEN in t for t in every_text(dialog))
    assert page.change() is None  # nothing changed: nothing to store
    dialog.save()  # closes without writing
    assert ws.secrets.get(sms.settings["secret_ref"]) == AUTH_TOKEN


def test_a_refused_tab_stays_open_with_the_reason(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    dialog = open_dialog(qtbot, window)
    fill_twilio(dialog.pages["voice"], "", None)  # no auth token
    dialog.pages["voice"].form().edits["from_number"].clear()
    dialog.tabs.setCurrentIndex(0)
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()))
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Voice calls not saved: twilio: missing from_number"
    assert dialog.tabs.currentWidget() is dialog.pages["voice"]
    assert {i.service: i.kind for i in ws.providers.infos()}["voice"] == "sandbox"
    dialog.reject()


def test_test_connection_runs_off_the_ui_thread_and_shows_the_answer(
    qtbot: QtBot, window: MainWindow, ws: Workspace, twilio: TwilioServer
) -> None:
    threads: list[str] = []
    real = ws.providers.test

    def spying(service: str) -> str:
        threads.append(threading.current_thread().name)
        return real(service)

    ws.providers.test = spying  # type: ignore[method-assign]
    dialog = open_dialog(qtbot, window)
    sandbox = dialog.pages["messenger"]
    qtbot.mouseClick(sandbox.test_button, Qt.MouseButton.LeftButton)
    assert not sandbox.test_button.isEnabled()  # while it runs
    qtbot.waitUntil(sandbox.test_button.isEnabled)
    assert "candidate phone simulator" in sandbox.result_label.text()
    assert sandbox.result_label.property("outcome") == "ok"

    page = dialog.pages["sms"]
    fill_twilio(page, twilio.url, AUTH_TOKEN)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
    assert page.result_label.text().startswith("\N{CHECK MARK} Twilio account")
    assert OUR_NUMBER in page.result_label.text()
    assert {i.service: i.kind for i in ws.providers.infos()}["sms"] == "twilio"  # saved first
    assert page.form().secret_edit is not None
    assert page.form().secret_edit.text() == ""  # cleared once stored

    page.form().edits["api_base_url"].setText(f"http://127.0.0.1:{free_port()}")
    page.test_button.click()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
    assert page.result_label.text().startswith("\N{BALLOT X} Twilio could not be reached")
    assert page.result_label.property("outcome") == "error"
    assert threads and all(name.startswith("engine") for name in threads)
    dialog.reject()


def test_a_damaged_secret_store_is_shown_and_never_written_over(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    store = ws.data_dir / "secrets.json"
    store.write_text('{"3f2a": "old-token", ', encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    assert str(store) in dialog.warning_label.text() and dialog.warning_label.isVisible()
    fill_twilio(dialog.pages["sms"], "", AUTH_TOKEN)
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()))
    assert dialog.isVisible() and str(store) in dialog.error_label.text()
    assert store.read_text(encoding="utf-8") == '{"3f2a": "old-token", '
    assert {i.service: i.kind for i in ws.providers.infos()}["sms"] == "sandbox"
    dialog.reject()
