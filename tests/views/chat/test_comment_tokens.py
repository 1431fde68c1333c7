"""A private comment is stored as the text that was shown: tokens filled in (issue 13, #13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.cli import run_json

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

WRITTEN = "Called <%= @candidate_name %> about <%= @campaign %>"


def test_a_comment_from_the_composer_is_stored_with_its_tokens_filled_in(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    maria = people["Maria"]
    window.select_candidate(maria)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == maria)
    composer = pane.composer
    qtbot.mouseClick(composer.comment_button, Qt.MouseButton.LeftButton)
    composer.set_text(WRITTEN)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    stored = ws.messaging.messages(maria)[-1]
    assert stored.body == "Called Maria Santos about Customer Service - Manila"


def test_messages_comment_stores_and_lists_the_filled_in_text(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cid = str(
            ws.intake.add_candidate(camp.id, first_name="Maria", last_name="Santos", email="m@x.co")
        )
    saved = run_json(capsys, workspace_dir, "messages", "comment", cid, "--text", WRITTEN)
    assert isinstance(saved, dict)
    assert saved["body"] == "Called Maria Santos about CSR Manila"
    listed = run_json(capsys, workspace_dir, "messages", "list", cid)
    assert isinstance(listed, list)
    assert listed[-1]["body"] == "Called Maria Santos about CSR Manila"
