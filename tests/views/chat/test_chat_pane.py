"""The conversation pane: bubbles of each kind, the composer, tokens, quick replies, big chats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine import demo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.models import Message
from talkpush_desktop.views import style
from talkpush_desktop.views.campaign_view.candidate_list_model import ROW_ROLE
from talkpush_desktop.views.chat.chat_pane import ChatPane
from talkpush_desktop.views.chat.message_delegate import attachment_name, bubble_colours
from talkpush_desktop.views.chat.message_model import (
    DAY_ROLE,
    KIND_ROLE,
    MESSAGE_ROLE,
    PAGE,
    SPEAKER_ROLE,
    STATE_ROLE,
    MessageListModel,
)
from talkpush_desktop.views.chat.quick_reply_dialog import QuickReplyDialog
from talkpush_desktop.views.main_window import MainWindow


def _inbound(ws: Workspace, candidate_id: int, kind: str, body: str, **extra: str) -> None:
    """A message as the messaging module will store it (candidate answers, bot questions)."""
    at = utcnow() - timedelta(days=1)
    with ws.transaction() as s:
        s.add(
            Message(
                candidate_id=candidate_id,
                direction="in" if kind == "candidate" else "out",
                channel="messenger",
                kind=kind,
                body=body,
                state="received" if kind == "candidate" else "delivered",
                created_at=at,
                **extra,
            )
        )


@pytest.fixture
def talk(ws: Workspace, people: dict[str, int]) -> int:
    """Maria's conversation: bot question, answer with a voice note, a comment, a reply."""
    maria = people["Maria"]
    _inbound(ws, maria, "bot", "What shift can you work?")
    _inbound(
        ws,
        maria,
        "candidate",
        "Nights are fine.",
        media_type="audio",
        media_url="https://files.example/voice%20note.m4a",
    )
    ws.messaging.add_comment(maria, "Sounds confident.")
    ws.messaging.queue_message(maria, "Thanks <%= @candidate_first_name %>!", "email")
    return maria


def kinds(pane: ChatPane) -> list[str]:
    model = pane.model
    return [model.index(r).data(KIND_ROLE) for r in range(model.rowCount())]


def pixels(image: QImage, colour: QColor) -> list[int]:
    """The x of every pixel of ``colour`` (sampled every 2 px)."""
    target = colour.rgb()
    return [
        x
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == target
    ]


def open_candidate(qtbot: QtBot, window: MainWindow, candidate_id: int) -> ChatPane:
    window.select_candidate(candidate_id)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == candidate_id)
    return pane


def test_model_passes_the_model_tester_while_growing(
    qtmodeltester: ModelTester, ws: Workspace, talk: int
) -> None:
    model = MessageListModel(ws)
    assert model.load(talk, "Maria Santos")
    qtmodeltester.check(model)
    assert not model.load(talk, "Maria Santos")  # nothing new: nothing changes
    ws.messaging.add_comment(talk, "Another one")
    assert model.load(talk, "Maria Santos")
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.rowCount(model.index(0)) == 0
    assert model.index(0).data(DAY_ROLE) == "Yesterday"
    assert model.index(2).data(DAY_ROLE) == "Today"
    assert model.index(3).data(DAY_ROLE) == ""
    assert [model.index(r).data(SPEAKER_ROLE) for r in (0, 1)] == ["Bot", "Maria Santos"]
    spoken = model.index(2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Private comment")
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert not model.has_older
    assert model.show_older() == 0


def test_opening_a_candidate_shows_bubbles_of_each_kind(
    qtbot: QtBot, window: MainWindow, talk: int
) -> None:
    pane = open_candidate(qtbot, window, talk)
    assert kinds(pane) == ["bot", "candidate", "comment", "recruiter"]
    model = pane.model
    assert model.index(3).data(STATE_ROLE) == "queued"
    assert model.index(3).data() == "Thanks Maria!"  # tokens shown filled in
    voice = model.index(1).data(MESSAGE_ROLE)
    assert attachment_name(voice) == "voice note.m4a"
    fills = [bubble_colours(model.index(r).data(MESSAGE_ROLE))[0] for r in range(4)]
    assert fills == [
        style.Bubble.OUTGOING_FILL,
        style.Bubble.CANDIDATE_FILL,
        style.Bubble.COMMENT_FILL,
        style.Bubble.OUTGOING_FILL,
    ]
    assert "4 messages" in pane.subtitle_label.text()
    assert pane.stack.currentWidget() is pane.message_list
    image = pane.message_list.viewport().grab().toImage()
    green = pixels(image, style.Bubble.CANDIDATE_FILL)
    grey = pixels(image, style.Bubble.OUTGOING_FILL)
    orange = pixels(image, style.Bubble.COMMENT_FILL)
    assert green and grey and orange
    assert sum(green) / len(green) < image.width() / 2 < sum(grey) / len(grey)  # left / right


def test_a_comment_written_in_the_composer_appears_orange_and_persists(
    qtbot: QtBot, window: MainWindow, ws: Workspace, talk: int
) -> None:
    pane = open_candidate(qtbot, window, talk)
    composer = pane.composer
    qtbot.mouseClick(composer.comment_button, Qt.MouseButton.LeftButton)
    assert not composer.channel_combo.isVisibleTo(composer)
    assert composer.text_edit.property("mode") == "comment"
    pane.focus_composer()
    qtbot.keyClicks(composer.text_edit, "Call back on Monday")
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5)
    last = pane.model.index(4).data(MESSAGE_ROLE)
    assert (last.kind, last.body) == ("comment", "Call back on Monday")
    assert bubble_colours(last)[0] == style.Bubble.COMMENT_FILL
    assert composer.text() == ""
    assert ws.messaging.messages(talk)[-1] == last
    bar = pane.message_list.verticalScrollBar()
    assert bar.value() == bar.maximum()


def test_a_queued_message_is_marked_and_updates_the_list_preview(
    qtbot: QtBot, window: MainWindow, ws: Workspace, talk: int
) -> None:
    pane = open_candidate(qtbot, window, talk)
    composer = pane.composer
    assert composer.mode == "message"
    assert composer.channel == "messenger"  # where Maria last wrote from
    composer.set_channel("email")
    qtbot.keyClicks(composer.text_edit, "See you at 9, <%= @candidate_first_name %>")
    assert "See you at 9, Maria" in composer.hint_label.text()  # token preview
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5)
    last = pane.model.index(4)
    assert (last.data(KIND_ROLE), last.data(STATE_ROLE)) == ("recruiter", "queued")
    assert "queued" in last.data(Qt.ItemDataRole.AccessibleTextRole)
    rows = [window.model.index(r).data(ROW_ROLE) for r in range(window.model.rowCount())]
    [maria] = [r for r in rows if r.id == talk]
    assert maria.last_message_preview == "See you at 9, Maria"
    assert ws.candidates.get(talk).row.last_message_preview == "See you at 9, Maria"


def test_a_refused_message_keeps_its_text_and_says_why(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    pane = open_candidate(qtbot, window, people["Jose"])
    composer = pane.composer
    assert pane.stack.currentIndex() == 0  # no messages yet
    assert composer.isVisible()
    assert composer.channel == "email"  # Jose has no phone
    composer.set_channel("sms")
    qtbot.keyClicks(composer.text_edit, "Hello")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert "no phone number" in composer.hint_label.text()
    assert composer.text() == "Hello"
    assert pane.model.rowCount() == 0


def test_token_and_quick_reply_menus_insert_text(
    qtbot: QtBot, window: MainWindow, ws: Workspace, talk: int
) -> None:
    ws.messaging.create_quick_reply("Reminder", "Your interview is tomorrow.")
    pane = open_candidate(qtbot, window, talk)
    composer = pane.composer
    [first_name] = [a for a in composer.token_menu.actions() if a.text() == "First name"]
    first_name.trigger()
    assert composer.text() == "<%= @candidate_first_name %>"
    composer.reply_menu.aboutToShow.emit()
    titles = [a.text() for a in composer.reply_menu.actions() if not a.isSeparator()]
    assert titles == [
        "Reminder",
        "New quick reply\N{HORIZONTAL ELLIPSIS}",
        "Manage quick replies\N{HORIZONTAL ELLIPSIS}",
    ]
    composer.reply_menu.actions()[0].trigger()
    assert composer.text() == "<%= @candidate_first_name %>Your interview is tomorrow."


def test_a_new_quick_reply_is_saved_from_the_menu(
    qtbot: QtBot, window: MainWindow, ws: Workspace, talk: int
) -> None:
    pane = open_candidate(qtbot, window, talk)
    pane.composer.set_text("Please bring an ID.")
    pane.composer.reply_menu.aboutToShow.emit()
    [new] = [a for a in pane.composer.reply_menu.actions() if a.text().startswith("New")]
    new.trigger()
    dialog = pane.findChild(QuickReplyDialog)
    assert dialog is not None
    assert dialog.body == "Please bring an ID."
    qtbot.keyClicks(dialog.title_edit, "Bring ID")
    dialog.accept()
    assert [q.title for q in ws.messaging.quick_replies()] == ["Bring ID"]


def test_drafts_stay_with_their_candidate(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    pane = open_candidate(qtbot, window, people["Maria"])
    pane.composer.set_mode("comment")
    pane.composer.set_text("half-written")
    open_candidate(qtbot, window, people["Jose"])
    assert (pane.composer.mode, pane.composer.text()) == ("message", "")
    open_candidate(qtbot, window, people["Maria"])
    assert (pane.composer.mode, pane.composer.text()) == ("comment", "half-written")


@pytest.fixture
def demo_window(
    qtbot: QtBot, tmp_path: Path, template_dir: Path, settings: QSettings
) -> Iterator[tuple[MainWindow, int]]:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / DB_FILE).write_bytes((template_dir / DB_FILE).read_bytes())
    with Workspace.open(data_dir=folder) as ws:
        report = demo.generate(ws.context, candidates=40)
        win = MainWindow(ws, settings=settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        yield win, report["long_conversation_candidate"]
        win.close()


def test_a_5000_message_history_opens_at_the_newest_message(
    qtbot: QtBot, demo_window: tuple[MainWindow, int]
) -> None:
    window, long_id = demo_window
    pane = open_candidate(qtbot, window, long_id)
    model = pane.model
    assert len(model.messages) >= demo.LONG_CONVERSATION
    assert model.rowCount() == PAGE  # the newest; earlier ones come as you scroll up
    assert set(kinds(pane)) == {"candidate", "bot", "recruiter", "comment"}
    media = {model.index(r).data(MESSAGE_ROLE).media_type for r in range(model.rowCount())}
    assert {"audio", "video", "image"} <= media
    view = pane.message_list
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()
    last = model.index(model.rowCount() - 1)
    assert view.viewport().rect().intersects(view.visualRect(last))
    newest = last.data(MESSAGE_ROLE)
    bar.setValue(0)  # scrolled to the top: earlier messages appear above, the view stays put
    assert model.rowCount() == 2 * PAGE
    assert bar.value() > 0
    first_shown = view.indexAt(view.viewport().rect().topLeft()).row()
    assert first_shown >= PAGE - 5
    assert model.index(model.rowCount() - 1).data(MESSAGE_ROLE) == newest


def test_model_reveals_older_messages_page_by_page(
    qtmodeltester: ModelTester, ws: Workspace, talk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talkpush_desktop.views.chat.message_model.PAGE", 3)
    model = MessageListModel(ws)
    model.load(talk)
    assert [model.index(r).data(KIND_ROLE) for r in range(3)] == [
        "candidate",
        "comment",
        "recruiter",
    ]
    assert model.has_older
    qtmodeltester.check(model)
    assert model.show_older(3) == 1
    assert model.index(0).data(KIND_ROLE) == "bot"
    ws.messaging.add_comment(talk, "newer")
    assert model.load(talk)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
