"""Closing the main window takes the dialogs and windows it opened off the screen: they act
on its workspace, which closes next (quit, File > Company, Sign out)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talkpush_desktop.views.main_window import MainWindow


def test_closing_the_window_hides_what_it_opened(qtbot: QtBot, window: MainWindow) -> None:
    opened = [
        window.open_providers(),
        window.open_api_server(),
        window.open_add_candidate(),
        window.open_analytics(),
        window.open_company_campaigns(),
    ]
    for widget in opened:
        qtbot.waitExposed(widget)
    window.close()
    assert [type(w).__name__ for w in opened if w.isVisible()] == []
