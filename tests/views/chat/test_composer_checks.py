"""The composer checks a message before sending: SMS cost, token problems, clear refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sms_segments import sms_cost
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.chat_pane import ChatPane, refusal
from talkpush_desktop.views.chat.composer import character_name, sms_counter_text
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE
from talkpush_desktop.views.main_window import MainWindow

DOT = " \N{MIDDLE DOT} "


def open_candidate(qtbot: QtBot, window: MainWindow, candidate_id: int) -> ChatPane:
    window.select_candidate(candidate_id)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == candidate_id)
    return pane


def texter(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name="Rosa", last_name="Diaz", phone="09171234567", email="r@x.org"
    )


def test_the_counter_text() -> None:
    assert sms_counter_text(sms_cost(""), 0) == "160 characters per SMS"
    assert sms_counter_text(sms_cost("Hi"), 2) == f"1 SMS{DOT}2 characters{DOT}GSM-7"
    long = "a" * 187
    assert sms_counter_text(sms_cost(long), 187) == f"2 SMS{DOT}187 characters{DOT}GSM-7"
    quote = "We\N{RIGHT SINGLE QUOTATION MARK}re here"
    assert sms_counter_text(sms_cost(quote), len(quote)) == (
        f"1 SMS{DOT}10 characters{DOT}UCS-2 because of \N{RIGHT SINGLE QUOTATION MARK}"
    )
    assert character_name("\N{NO-BREAK SPACE}") == "no-break space"
    assert character_name("\t") == "U+0009"


def test_an_sms_shows_its_cost_with_tokens_filled_in(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    rosa = texter(ws, campaign)
    window.list_pane.refresh()
    pane = open_candidate(qtbot, window, rosa)
    composer = pane.composer
    assert composer.channel == "sms"
    assert composer.counter_label.isVisibleTo(composer)
    assert composer.counter_label.text() == "160 characters per SMS"
    assert composer.counter_label.accessibleName() == "SMS length"
    # 150 letters + "Rosa" = 154 characters: two SMS once the token is filled in
    qtbot.keyClicks(composer.text_edit, "x" * 150)
    assert composer.counter_label.text() == f"1 SMS{DOT}150 characters{DOT}GSM-7"
    composer.insert_text("<%= @candidate_first_name %>!!!!!!!")
    assert composer.counter_label.text() == f"2 SMS{DOT}161 characters{DOT}GSM-7"
    assert "left before SMS number 3" in composer.counter_label.toolTip()
    composer.set_text("Can you start at 9\N{LEFT SINGLE QUOTATION MARK}ish?")
    text = composer.counter_label.text()
    assert text.endswith("UCS-2 because of \N{LEFT SINGLE QUOTATION MARK}")
    assert composer.counter_label.property("warn") is True
    assert "left single quotation mark" in composer.counter_label.toolTip()
    composer.set_channel("email")  # no SMS, no counter
    assert not composer.counter_label.isVisibleTo(composer)
    composer.set_channel("sms")
    composer.set_mode("comment")
    assert not composer.counter_label.isVisibleTo(composer)


def test_token_problems_show_while_typing_and_sending_is_refused(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    rosa = texter(ws, campaign)
    window.list_pane.refresh()
    pane = open_candidate(qtbot, window, rosa)
    composer = pane.composer
    pane.focus_composer()
    qtbot.keyClicks(composer.text_edit, "Hi <%= @candidat_name %>")
    assert composer.problems == ("@candidat_name is not a token (did you mean @candidate_name?)",)
    assert composer.hint_label.property("error") is True
    assert "did you mean @candidate_name?" in composer.hint_label.text()
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert composer.hint_label.text().startswith("Not sent: @candidat_name is not a token")
    assert composer.text() == "Hi <%= @candidat_name %>"  # kept, to fix
    assert ws.messaging.messages(rosa) == []
    composer.set_text("From <%= @referee %> and <%= @x")  # empty for Rosa; unfinished
    assert composer.problems == (
        '@referee is empty for this candidate (add a fallback: <%= @referee || "..." %>)',
    )
    composer.set_text("Hi <%= @candidate_first_name %>")  # fixed: the red goes away
    assert composer.problems == ()
    assert composer.hint_label.property("error") is False
    assert composer.hint_label.text() == "Preview: Hi Rosa"
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.index(0).data(MESSAGE_ROLE).body == "Hi Rosa"
    assert composer.hint_label.text() == "Queued"


def test_an_engine_refusal_reads_clearly(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    pane = open_candidate(qtbot, window, people["Jose"])  # no phone
    composer = pane.composer
    composer.set_channel("sms")
    composer.set_text("Hello")
    composer.submit()
    assert composer.hint_label.text() == "Not sent: the candidate has no phone number (SMS)"
    assert refusal("message: the text is empty") == "the text is empty"
    assert refusal("something else: kept as is") == "something else: kept as is"
