"""The engine's fixed notes read in the interface language in the window: a bot stopped by
someone, a robocall not answered, an invitation not sent (the reason stays the engine's),
and the list's fixed previews ("Invitation sent"); what a person wrote stays as written.
The engine keeps its English (the CLI and API show notes as stored)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo, CandidateRow
from talkpush_desktop.engine.interview import call_driver, placing
from talkpush_desktop.engine.interview.call_driver import NOT_ANSWERED_NOTES
from talkpush_desktop.engine.messaging import chat_actions, invitations
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, Message
from talkpush_desktop.views.campaign_view.candidate_delegate import preview_line
from talkpush_desktop.views.campaign_view.candidate_list_model import ROW_ROLE
from talkpush_desktop.views.chat import event_notes
from talkpush_desktop.views.chat.message_model import sentence
from talkpush_desktop.views.main_window import MainWindow
from tests.support.i18n import SHIPPED, english_of, language

BUSY = NOT_ANSWERED_NOTES["busy"]
WHY = "no SMS provider is set up"
SUMMARY = "The robocall ended after 1 of 3 answers."
TRANSCRIPT = "Hello po, I can start Monday."
WRITTEN = "Invitation sent"  # a recruiter's own comment: never translated
NOT_CONNECTED = "not connected: no provider is set for this channel"  # a refused message's


def _note(
    ws: Workspace, candidate_id: int, body: str, channel: str = "internal", error: str = ""
) -> None:
    """A note as the engine writes it (channel internal, nobody's); with ``error``, a bot
    message the provider refused."""
    with ws.transaction() as s:
        s.add(
            Message(
                candidate_id=candidate_id,
                direction="out",
                channel=channel,
                kind="bot",
                body=body,
                state="failed" if error else "delivered",
                error=error,
                created_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )


@pytest.fixture(params=SHIPPED)
def code(request: pytest.FixtureRequest) -> Iterator[str]:
    with language(request.param):
        yield request.param


def test_the_tables_follow_the_engine() -> None:
    """The English the tables match is the engine's: a reworded note fails here, not
    silently in the window."""
    assert set(NOT_ANSWERED_NOTES.values()) <= event_notes.NOTES
    assert {invitations.NOTE, placing.NOTE} <= set(event_notes.LEADS)
    driver, actions = inspect.getsource(call_driver), inspect.getsource(chat_actions)
    for written in (
        '"Twilio has no recording of the call."',
        'f"Transcript of the robocall: {call.transcript}"',
        'f"Robocall finished: all {call.questions} questions answered."',
        'f"The robocall ended after {answers} of {call.questions} answers."',
        'f"The robocall could not be placed: {call.error}"',
        'f"The robocall could not be followed: {exc.reason}"',
    ):
        assert written in driver, written
    assert 'f"Bot stopped by {who}" if stopped else f"Bot resumed by {who}"' in actions


def test_notes_and_previews_read_in_the_language(
    code: str,
    *,
    qtbot: QtBot,
    ws: Workspace,
    campaign: CampaignInfo,
    people: dict[str, int],
    settings: QSettings,
) -> None:
    maria = people["Maria"]
    ws.messaging.set_bot_stopped(maria, True)  # "Bot stopped by <the user>"
    _note(ws, maria, BUSY)
    _note(ws, maria, invitations.NOTE + WHY)
    _note(ws, maria, f"{SUMMARY} Transcript of the robocall: {TRANSCRIPT}")
    ws.messaging.add_comment(maria, WRITTEN)
    _note(ws, maria, "Hello!", channel="sms", error=NOT_CONNECTED)
    with ws.transaction() as s:
        s.get(Candidate, maria).last_message_preview = "Invitation sent"  # the demo's
    me = ws.accounts.me().name
    window = MainWindow(ws, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_candidate(maria)
    model = window.chat_pane.model
    qtbot.waitUntil(lambda: model.rowCount() >= 6)
    bodies = [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    notes = [b for b in bodies if b != WRITTEN]

    def tr(text: str) -> str:
        return QCoreApplication.translate("EventNotes", text)

    assert tr("Bot stopped by {value}").format(value=me) in notes, bodies
    assert tr(BUSY) in notes and tr(BUSY) != BUSY, bodies
    assert tr("Invitation not sent: {value}").format(value=WHY) in notes, bodies
    ended = tr("The robocall ended after {answers} of {count} answers.").format(answers=1, count=3)
    heard = tr("Transcript of the robocall: {value}").format(value=TRANSCRIPT)
    assert f"{ended} {heard}" in notes, bodies  # the candidate's words as said
    assert WRITTEN in bodies  # a person's words as written
    tips = [model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    why = QCoreApplication.translate("EngineErrors", NOT_CONNECTED)
    assert why != NOT_CONNECTED and any(tip.endswith("\n" + sentence(why)) for tip in tips), tips
    assert english_of(notes) == [] and not any(b.startswith("Bot stopped") for b in bodies)
    rows: list[CandidateRow] = [
        window.model.index(r, 0).data(ROW_ROLE) for r in range(window.model.rowCount())
    ]
    [row] = [r for r in rows if r.id == maria]
    assert preview_line(row) == tr("Invitation sent") != "Invitation sent"
    window.close()
