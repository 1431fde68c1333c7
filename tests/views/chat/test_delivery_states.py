"""Delivery marks under outgoing bubbles, and Retry on a failed message (link, Enter, menu)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message
from talkpush_desktop.views.chat.chat_pane import COPY_ACTION, RETRY_ACTION, ChatPane
from talkpush_desktop.views.chat.message_model import (
    MESSAGE_ROLE,
    STATE_ROLE,
    MessageListModel,
    can_retry,
    delivery,
)
from talkpush_desktop.views.main_window import MainWindow

UNSUBSCRIBED = "Attempt to send to unsubscribed recipient"
POPUP_NOTICES = (
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)
"""What the offscreen platform says when a popup menu opens."""


def set_state(ws: Workspace, message_id: int, state: str, error: str = "") -> None:
    """What the outbox records after an attempt."""
    with ws.transaction() as s:
        row = s.get(Message, message_id)
        assert row is not None
        row.state, row.error = state, error


def conversation(ws: Workspace, candidate_id: int) -> dict[str, int]:
    """One message in each state, oldest first; returns their ids by name."""
    ids = {}
    for name, state, error in (
        ("delivered", "delivered", ""),
        ("sent", "sent", ""),
        ("sending", "sending", ""),
        ("retrying", "queued", "will retry: Twilio could not be reached"),
        ("failed", "failed", UNSUBSCRIBED),
        ("queued", "queued", ""),
    ):
        ids[name] = ws.messaging.queue_message(candidate_id, f"The {name} one", "email").id
        set_state(ws, ids[name], state, error)
    return ids


def open_candidate(qtbot: QtBot, window: MainWindow, candidate_id: int) -> ChatPane:
    window.select_candidate(candidate_id)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == candidate_id)
    return pane


def row_of(pane: ChatPane, message_id: int) -> int:
    model = pane.model
    [row] = [
        r for r in range(model.rowCount()) if model.index(r).data(MESSAGE_ROLE).id == message_id
    ]
    return row


def state_of(pane: ChatPane, message_id: int) -> str:
    return str(pane.model.index(row_of(pane, message_id)).data(STATE_ROLE))


def height_of(pane: ChatPane, message_id: int) -> int:
    return pane.message_list.visualRect(pane.model.index(row_of(pane, message_id))).height()


def menu_key() -> QContextMenuEvent:
    """What the context-menu key (or Shift+F10) sends to the focused widget."""
    return QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), QPoint(5, 5))


def test_each_state_has_its_words_and_reason(
    qtmodeltester: ModelTester, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    ids = conversation(ws, maria)
    ws.messaging.add_comment(maria, "A note")
    model = MessageListModel(ws)
    model.load(maria, "Maria Santos")
    qtmodeltester.check(model)
    found = {m.id: m for m in model.messages}
    assert delivery(found[ids["delivered"]]) == ("Delivered", "")
    assert delivery(found[ids["sent"]]) == ("Sent", "")
    assert delivery(found[ids["sending"]]) == ("Sending\N{HORIZONTAL ELLIPSIS}", "")
    assert delivery(found[ids["retrying"]]) == (
        "Queued",
        "Will retry: Twilio could not be reached",
    )
    assert delivery(found[ids["failed"]]) == ("Failed", UNSUBSCRIBED)
    assert delivery(model.messages[-1]) is None  # a comment has no delivery
    assert [can_retry(found[i]) for i in ids.values()] == [False] * 4 + [True, False]
    failed = model.index(4)
    spoken = failed.data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"failed ({UNSUBSCRIBED})" in spoken
    assert "Enter to retry" in spoken
    assert UNSUBSCRIBED in failed.data(Qt.ItemDataRole.ToolTipRole)
    assert "delivered" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_failed_bubble_shows_its_reason_and_retry_link_sends_it_again(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    ids = conversation(ws, maria)
    pane = open_candidate(qtbot, window, maria)
    view = pane.message_list
    # the reason takes a line of its own under the mark
    assert height_of(pane, ids["failed"]) > height_of(pane, ids["queued"])
    assert height_of(pane, ids["retrying"]) > height_of(pane, ids["queued"])

    def retry_link() -> QRect:
        """Where the failed bubble's link is now (the view may still be laying out)."""
        index = pane.model.index(row_of(pane, ids["failed"]))
        view.scrollTo(index)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        link = pane.delegate.retry_rect(option, index)
        assert link is not None
        return link

    def pointing_at_the_link() -> bool:
        qtbot.mouseMove(view.viewport(), QPoint(1, 1))
        qtbot.mouseMove(view.viewport(), retry_link().center())
        return view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor

    qtbot.waitUntil(pointing_at_the_link)
    link = retry_link()
    assert view.viewport().rect().contains(link)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    sent = pane.model.index(row_of(pane, ids["sent"]))
    option.rect = view.visualRect(sent)
    assert pane.delegate.retry_rect(option, sent) is None
    before = height_of(pane, ids["failed"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link.center())
    qtbot.waitUntil(lambda: state_of(pane, ids["failed"]) == "queued")
    assert [m.state for m in ws.messaging.messages(maria) if m.id == ids["failed"]] == ["queued"]
    assert "again" in window.statusBar().currentMessage()
    # measured again: no reason line any more
    qtbot.waitUntil(lambda: height_of(pane, ids["failed"]) < before)


def test_keyboard_focus_starts_at_the_newest_and_enter_retries(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    ids = conversation(ws, maria)
    pane = open_candidate(qtbot, window, maria)
    view = pane.message_list
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().data(MESSAGE_ROLE).id == ids["queued"]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # not failed: nothing happens
    assert state_of(pane, ids["queued"]) == "queued"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().data(MESSAGE_ROLE).id == ids["failed"]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state_of(pane, ids["failed"]) == "queued")


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_the_context_menu_key_offers_retry_and_copy(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    ids = conversation(ws, maria)
    pane = open_candidate(qtbot, window, maria)
    view = pane.message_list
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    QApplication.sendEvent(view, menu_key())
    menu = pane.context_menu
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [RETRY_ACTION, COPY_ACTION]
    [copy] = [a for a in menu.actions() if a.text() == COPY_ACTION]
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "The failed one"
    [retry] = [a for a in menu.actions() if a.text() == RETRY_ACTION]
    retry.trigger()
    qtbot.waitUntil(lambda: state_of(pane, ids["failed"]) == "queued")
    menu.close()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # a queued message: no Retry in its menu
    QApplication.sendEvent(view, menu_key())
    assert pane.context_menu is not None
    assert [a.text() for a in pane.context_menu.actions()] == [COPY_ACTION]
    pane.context_menu.close()


def test_retrying_what_is_no_longer_failed_says_so(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    ids = conversation(ws, maria)
    pane = open_candidate(qtbot, window, maria)
    set_state(ws, ids["failed"], "delivered")  # the CLI retried it meanwhile
    pane.retry_message(ids["failed"])
    assert "no longer failed" in window.statusBar().currentMessage()
    assert state_of(pane, ids["failed"]) == "delivered"  # and the bubble caught up
