"""The candidate phone simulator: see what the sandbox delivered, answer as the candidate."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.providers.sandbox_world import SandboxItem
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.message_model import DAY_ROLE, MESSAGE_ROLE, SPEAKER_ROLE
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.settings.sandbox_phone import SandboxInboxModel, SandboxPhoneWindow

PHONE = "+639171234567"
RAISE_NOTICE = r"^This plugin does not support (raise\(\)|propagateSizeHints\(\))$"
"""What the offscreen platform says when a window opens and is brought to the front."""


def sync_once(ws: Workspace, window: MainWindow) -> dict[str, object]:
    """One pass of the sync worker, wired to the window as the app wires it."""
    sync = window.outbox_sync
    worker = SyncWorker(ws.context, on_change=sync.notify, on_received=sync.notify_received)
    try:
        return asyncio.run(worker.run(once=True)).to_json()
    finally:
        worker.close()


def bodies(phone: SandboxPhoneWindow) -> list[tuple[str, str]]:
    model = phone.model
    return [
        (model.index(r).data(MESSAGE_ROLE).kind, model.index(r).data())
        for r in range(model.rowCount())
    ]


def test_the_model_appends_and_resets(qtmodeltester: ModelTester) -> None:
    model = SandboxInboxModel("Acme BPO")
    at = utcnow() - timedelta(days=1)
    first = SandboxItem(1, "to_candidate", "sms", "", "Hi Rosa", at)
    reply = SandboxItem(2, "from_candidate", "sms", "", "Hello!", utcnow())
    assert model.load(PHONE, [first])
    qtmodeltester.check(model)
    assert not model.load(PHONE, [first])
    assert model.load(PHONE, [first, reply])
    qtmodeltester.check(model)
    assert [model.index(r).data(SPEAKER_ROLE) for r in range(2)] == ["Acme BPO", "You"]
    assert [model.index(r).data(DAY_ROLE) for r in range(2)] == ["Yesterday", "Today"]
    assert model.index(1).data(MESSAGE_ROLE).kind == "candidate"
    assert "You wrote by SMS" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.load("rosa@example.com", [])  # another address: a reset
    assert model.rowCount() == 0
    qtmodeltester.check(model)


@pytest.mark.qt_log_ignore(RAISE_NOTICE)
def test_reply_as_the_candidate_and_see_it_in_the_recruiters_chat(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    rosa = ws.intake.add_candidate(
        campaign.id, first_name="Rosa", last_name="Diaz", phone="09171234567", email="r@x.org"
    )
    window.list_pane.refresh()
    window.select_candidate(rosa)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == rosa)
    pane.composer.set_text("Hi <%= @candidate_first_name %>, can you talk today?")
    pane.composer.submit()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)

    tools = [m for m in window.menuBar().actions() if m.text() == "&Tools"]
    assert tools and window.phone_action in tools[0].menu().actions()
    window.phone_action.trigger()
    phone = window.sandbox_phone
    assert phone is not None and phone.isVisible()
    assert phone.address == PHONE  # the focused candidate's phone
    assert [phone.address_combo.itemText(i) for i in range(2)] == [PHONE, "r@x.org"]
    assert phone.channel == "sms"
    assert phone.stack.currentIndex() == 0  # nothing delivered before the sync
    assert "Nothing delivered" in phone.empty_label.text()

    assert sync_once(ws, window)["sent"] == 1
    qtbot.waitUntil(lambda: bodies(phone) == [("recruiter", "Hi Rosa, can you talk today?")])
    qtbot.waitUntil(lambda: pane.model.index(0).data(MESSAGE_ROLE).state == "delivered")

    assert not phone.send_button.isEnabled()
    qtbot.keyClicks(phone.reply_edit, "Yes, after 5 pm please")
    with qtbot.waitSignal(phone.reply_sent):
        qtbot.mouseClick(phone.send_button, Qt.MouseButton.LeftButton)
    assert phone.reply_edit.toPlainText() == ""
    assert "next sync" in phone.status_label.text()
    assert bodies(phone)[-1] == ("candidate", "Yes, after 5 pm please")
    image = phone.message_list.viewport().grab().toImage()
    assert image.width() > 0

    assert sync_once(ws, window)["received"] == 1
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    last = pane.model.index(1).data(MESSAGE_ROLE)
    assert (last.kind, last.body) == ("candidate", "Yes, after 5 pm please")
    assert "2 messages" in pane.subtitle_label.text()
    assert window.statusBar().currentMessage() == "1 new reply"
    assert window.list_pane.current_candidate_id() == rosa  # the focus stayed


@pytest.mark.qt_log_ignore(RAISE_NOTICE)
def test_another_address_and_a_refused_reply(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    window.select_candidate(people["Maria"])
    phone = window.open_sandbox_phone()
    assert phone.address == "maria@example.com"  # Maria has no phone: her email
    assert phone.channel == "email"
    window.select_candidate(people["Jose"])
    qtbot.waitUntil(lambda: phone.address == "jose@example.com")  # follows the focus
    phone.set_address("+639998887777")  # typed by hand: stays
    assert phone.channel == "sms"
    window.select_candidate(people["Ana"])
    qtbot.waitUntil(lambda: window.chat_pane.candidate_id == people["Ana"])
    assert phone.address == "+639998887777"
    phone.set_address("")
    assert "Type the candidate" in phone.empty_label.text()
    phone.reply_edit.setPlainText("Hello?")
    phone.send_reply()
    assert phone.status_label.text().startswith("Not sent: address:")
    assert phone.status_label.property("error") is True
    assert window.open_sandbox_phone() is phone  # one simulator per window
    phone.close()
    assert not phone.timer.isActive()


def test_closing_the_window_closes_its_phone_simulator(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    """The simulator reads the window's workspace every few seconds: it goes with the window
    (signing out closes the window, then the workspace)."""
    window.select_candidate(people["Maria"])
    phone = window.open_sandbox_phone()
    qtbot.waitExposed(phone)
    assert phone.timer.isActive()
    window.close()
    assert not phone.isVisible() and not phone.timer.isActive()
