"""The chat pane's Actions menu on the window the app builds: it offers what the folder and
the campaign settings allow; Stop/Resume Bot shows as a bot event in the conversation; Send
Invitation SMS queues the campaign's SMS; Call Candidate places a sandbox call (answered on
the simulated phone, hung up from the pane) and a Twilio call against the loopback fake
(asking for the recruiter's own phone first), the call's state live in the pane and a call
bubble in the conversation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.twilio_voice import voice_on_fake

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.chat_pane import ChatPane
from talkpush_desktop.views.main_window import MainWindow

MARIA = "+639171234567"
ME = "+639181112222"


@pytest.fixture
def caller(ws: Workspace, campaign: CampaignInfo, people: dict[str, int]) -> int:  # noqa: ARG001
    return ws.intake.add_candidate(campaign.id, first_name="Lea", last_name="Tan", phone=MARIA)


def open_candidate(qtbot: QtBot, window: MainWindow, candidate_id: int) -> ChatPane:
    window.select_candidate(candidate_id)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == candidate_id)
    return pane


def bodies(pane: ChatPane) -> list[str]:
    return [m.body for m in pane.model.messages]


def test_the_menu_follows_the_folder_and_the_campaign_settings(
    qtbot: QtBot, caller: int, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=False)
    pane = open_candidate(qtbot, window, caller)
    bar = pane.actions_bar
    assert bar.button.isVisible()
    assert bar.offered() == ["Tokens", "Call Candidate", "Stop Bot"]
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=True)
    ws.interview.add_step(campaign.id, "question", "Tell us about yourself")
    assert bar.offered() == [
        "Tokens",
        "Robocall",
        "Call Candidate",
        "Send Invitation SMS",
        "Stop Bot",
    ]
    assert ws.calls.history(caller) == []
    bar.trigger("Robocall")
    qtbot.waitUntil(lambda: len(ws.calls.history(caller)) == 1)
    ws.candidates.move([caller], "Hired")
    assert "Send Invitation SMS" not in bar.offered()


def test_stop_resume_bot_and_the_invitation_sms_from_the_menu(
    qtbot: QtBot, caller: int, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=True)
    pane = open_candidate(qtbot, window, caller)
    bar = pane.actions_bar
    bar.trigger("Stop Bot")
    qtbot.waitUntil(lambda: any(b.startswith("Bot stopped by") for b in bodies(pane)))
    assert "Resume Bot" in bar.offered() and "Stop Bot" not in bar.offered()
    bar.trigger("Resume Bot")
    qtbot.waitUntil(lambda: any(b.startswith("Bot resumed by") for b in bodies(pane)))
    before = [m for m in pane.model.messages if m.channel == "sms"]
    bar.trigger("Send Invitation SMS")
    qtbot.waitUntil(lambda: len([m for m in pane.model.messages if m.channel == "sms"]) > 0)
    assert before == []
    [sms] = [m for m in ws.messaging.messages(caller) if m.channel == "sms"]
    assert sms.state == "queued"


def test_tokens_go_into_the_composer(qtbot: QtBot, caller: int, window: MainWindow) -> None:
    pane = open_candidate(qtbot, window, caller)
    bar = pane.actions_bar
    bar.offered()
    [tokens] = [a.menu() for a in bar.menu.actions() if a.text() == "Tokens"]
    first = tokens.actions()[0]
    first.trigger()
    assert "@" in pane.composer.text()


def test_call_candidate_on_the_sandbox_phone(
    qtbot: QtBot, caller: int, window: MainWindow, ws: Workspace
) -> None:
    pane = open_candidate(qtbot, window, caller)
    bar = pane.actions_bar
    bar.trigger("Call Candidate")
    qtbot.waitUntil(lambda: bar.call_label.text() == "Call: ringing")
    qtbot.waitUntil(lambda: "Calling Lea Tan" in bodies(pane))
    assert bar.hang_up_button.isVisible()
    [ringing] = ws.calls.sandbox_incoming(MARIA)
    ws.calls.sandbox_answer(ringing.id, "Hello?")
    qtbot.waitUntil(lambda: bar.call_label.text() == "Call: in progress", timeout=5000)
    qtbot.mouseClick(bar.hang_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.call_label.text().startswith("Call: completed, 0:0"))
    qtbot.waitUntil(lambda: any(b.startswith("Call ended: completed") for b in bodies(pane)))
    assert not bar.hang_up_button.isVisible()


@pytest.fixture
def twilio(ws: Workspace, memory_keyring: Any) -> Iterator[Any]:  # noqa: ARG001
    with voice_on_fake(ws) as fake:
        yield fake


def test_call_candidate_with_twilio_asks_for_my_phone_then_bridges(
    qtbot: QtBot, caller: int, window: MainWindow, ws: Workspace, twilio: Any
) -> None:
    pane = open_candidate(qtbot, window, caller)
    bar = pane.actions_bar
    assert "Call Candidate" in bar.offered()
    bar.trigger("Call Candidate")
    dialog = bar.phone_dialog
    assert dialog is not None and twilio.calls == []
    dialog.setTextValue("+63 918 111 2222")
    dialog.accept()
    qtbot.waitUntil(lambda: len(twilio.calls) == 1)
    [placed] = twilio.calls
    assert placed["to"] == ME and ws.recruiter_calls.my_phone() == ME
    assert f"<Number>{MARIA}</Number>" in twilio.call_twiml(placed["sid"])[0]
    qtbot.waitUntil(lambda: bar.call_label.text() == "Call: queued")
    twilio.set_call_status(placed["sid"], "in-progress")
    qtbot.waitUntil(lambda: bar.call_label.text() == "Call: in progress", timeout=5000)
    twilio.set_call_status(placed["sid"], "completed", duration=42)
    qtbot.waitUntil(lambda: bar.call_label.text() == "Call: completed, 0:42", timeout=5000)
    qtbot.waitUntil(lambda: "Call ended: completed, 0:42" in bodies(pane))
