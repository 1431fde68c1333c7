"""The composer names the setting a link token is missing (issue 13, #6)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


def test_the_composer_says_which_setting_a_link_needs(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], memory_keyring: object
) -> None:
    maria = people["Maria"]
    window.select_candidate(maria)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == maria)
    composer = pane.composer
    composer.set_text("Start here: <%= @webdialout %>")
    qtbot.waitUntil(lambda: bool(composer.problems))
    assert "public URL" in composer.problems[0]
    assert "public URL" in composer.hint_label.text()
    assert not composer.send_button.isEnabled() or composer.problems

    ws.company.set_public_url("https://jobs.example.com")
    window.select_candidate(people["Jose"])
    qtbot.waitUntil(lambda: pane.candidate_id == people["Jose"])
    composer.set_text("Start here: <%= @webdialout %>")
    qtbot.waitUntil(lambda: "jobs.example.com/webdialout/" in composer.hint_label.text())
    assert composer.problems == ()
