"""Messenger's inquiry type on the window: a person who wrote to an inquiry campaign shows
in its list with the Inquiry label, with no bot message, and the recruiter answers them
in the chat pane on Messenger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.messaging import inbound, replies
from talkpush_desktop.engine.messaging.inquiries import INQUIRY_LABEL
from talkpush_desktop.engine.providers.base import Inbound
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.candidate_list_model import ROW_ROLE
from talkpush_desktop.views.chat.message_model import KIND_ROLE
from talkpush_desktop.views.main_window import MainWindow


def test_an_inquiry_is_listed_labelled_and_answered_in_the_chat(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    made = ws.campaign_settings.create(Basic("Questions about jobs", "PH"))
    assert made.id is not None
    ws.interview.set_steps(made.id, [("question", "Why us?", "text")])
    ws.campaign_settings.set_messenger(made.id, mode="inquiry")
    fe = ws.intake.add_candidate(
        made.id, first_name="Fe", email="fe@example.com", others={"messenger_psid": "2471"}
    )
    with ws.transaction() as s:
        item = Inbound("M-1", "messenger", "2471", "Do you hire students?", utcnow())
        inbound.record(s, ws.company_id, [item])
    replies.handle(ws.context)

    window = MainWindow(ws, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.navigation.select_campaign(made.id)
    window.navigation.campaign_selected.emit(made.id)
    qtbot.waitUntil(lambda: window.scope.campaign_id == made.id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.index(0).data(ROW_ROLE)
    assert row.id == fe and INQUIRY_LABEL in row.labels
    window.select_candidate(fe)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == fe)
    kinds = [pane.model.index(r).data(KIND_ROLE) for r in range(pane.model.rowCount())]
    assert kinds == ["candidate"]  # no interview bot
    composer = pane.composer
    assert composer.channel == "messenger"  # where Fe wrote from
    qtbot.keyClicks(composer.text_edit, "Yes, part-time roles too.")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    last = ws.messaging.messages(fe)[-1]
    assert (last.direction, last.channel, last.body) == (
        "out",
        "messenger",
        "Yes, part-time roles too.",
    )
    window.close()
