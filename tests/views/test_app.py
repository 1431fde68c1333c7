"""Starting the window, the screenshot renderer and the style sheet."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import app as app_module
from talkpush_desktop.views import style
from talkpush_desktop.views.main_window import MainWindow


def test_render_screenshot_writes_a_png_of_the_window(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", email="m@x.org"
    )
    out = app_module.render_screenshot(ws, tmp_path / "shots" / "main.png", (1100, 700), cid)
    assert out == tmp_path / "shots" / "main.png"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)  # the window's minimum is ~1040


def test_run_window_fills_an_empty_workspace_and_returns_on_close(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "DEMO_CANDIDATES", 40)
    monkeypatch.setattr(app_module, "MainWindow", _window_with_test_settings(ws))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QTimer.singleShot(50, app.closeAllWindows)
    try:
        assert app_module.run_window(ws) == 0
    finally:
        asyncio.set_event_loop(None)
    assert not ws.campaigns.is_empty()
    assert ws.candidates.count() == 40


def _window_with_test_settings(ws: Workspace) -> type[MainWindow]:
    from PySide6.QtCore import QSettings

    class TestWindow(MainWindow):
        def __init__(self, workspace: Workspace) -> None:
            super().__init__(workspace, QSettings("", QSettings.Format.IniFormat))

    return TestWindow


def test_style_sheet_ships_and_a_missing_one_is_no_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert "#3b6fe0" in style.load_style_sheet()
    assert style.load_style_sheet(tmp_path / "missing.qss") == ""
    assert "style sheet not loaded" in caplog.text
