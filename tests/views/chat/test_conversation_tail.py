"""A conversation opens on its newest messages, read alone; the rest is read when needed
(scrolling up, or to find the channel the candidate last wrote from)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.messaging.messages import reply_channel
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE
from talkpush_desktop.views.main_window import MainWindow
from tests.views.chat.test_chat_pane import _inbound

SHOWN = 3  # rows a conversation opens on here (the model's PAGE)


@pytest.fixture(autouse=True)
def small_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("talkpush_desktop.views.chat.message_model.PAGE", SHOWN)


def _reply(ws: Workspace, candidate_id: int, channel: str) -> None:
    with ws.transaction() as s:
        s.add(
            Message(
                candidate_id=candidate_id,
                direction="in",
                channel=channel,
                kind="candidate",
                body="Hello, I applied.",
                state="received",
                created_at=utcnow(),
            )
        )


def _ids(window: MainWindow) -> list[int]:
    model = window.chat_pane.model
    return [model.index(r).data(MESSAGE_ROLE).id for r in range(model.rowCount())]


def test_long_conversation_opens_on_its_newest_and_grows_both_ways(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    mark = people["Mark"]
    for n in range(6):
        ws.messaging.add_comment(mark, f"note {n}")
    _reply(ws, mark, window.chat_pane.composer.channels[0])  # the newest says where to answer
    everything = [m.id for m in ws.messaging.messages(mark)]
    window.select_candidate(mark)
    model = window.chat_pane.model
    assert _ids(window) == everything[-SHOWN:]
    assert len(model.loaded) == SHOWN + 1  # the newest only (one more tells there are older)
    assert window.chat_pane.subtitle_label.text().endswith("7 messages")
    ws.messaging.add_comment(mark, "newest")  # e.g. the sync worker: the same candidate reloaded
    window.refresh_after_sync()
    everything = [m.id for m in ws.messaging.messages(mark)]
    assert _ids(window) == everything[-SHOWN - 1 :]
    assert window.chat_pane.subtitle_label.text().endswith("8 messages")
    assert model.show_older(SHOWN) == SHOWN
    assert _ids(window) == everything[-2 * SHOWN - 1 :]
    assert model.show_older(SHOWN) == 1 and _ids(window) == everything
    assert [m.id for m in model.messages] == everything


def test_reply_channel_comes_from_a_reply_older_than_the_newest_messages(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ana = people["Ana"]
    _inbound(ws, ana, "candidate", "Hi, this is Ana.")  # over Messenger, long ago
    for n in range(2 * SHOWN):
        ws.messaging.add_comment(ana, f"note {n}")
    window.select_candidate(ana)
    composer = window.chat_pane.composer
    row = ws.candidates.get(ana).row
    expected = reply_channel(
        ws.messaging.messages(ana),
        phone=bool(row.phone),
        email=bool(row.email),
        offered=composer.channels,
    )
    assert composer.channel == expected
    assert _ids(window) == [m.id for m in ws.messaging.messages(ana)][-SHOWN:]
