"""Fixtures for driving the window: a few named candidates and settings of the test's own.

Every test here fails on a Qt warning, except the offscreen platform's notices that it cannot
pass window size hints on or raise a window (qutebrowser ignores the same lines).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.two_recruiters import BEN

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.style import apply_style

OFFSCREEN_NOTICE = r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture
def people(ws: Workspace, campaign: CampaignInfo) -> dict[str, int]:
    """Candidate ids by first name: four in the Manila campaign (oldest first), one in Cebu.

    Ana and Paolo carry the label "Bilingual"; the undo history starts empty.
    """
    ids: dict[str, int] = {}
    for first, last in (("Maria", "Santos"), ("Jose", "Reyes"), ("Ana", "Cruz"), ("Mark", "Lim")):
        ids[first] = ws.intake.add_candidate(
            campaign.id, first_name=first, last_name=last, email=f"{first.lower()}@example.com"
        )
    cebu = ws.campaigns.create("Technical Support - Cebu", hotline_country="PH")
    ids["Paolo"] = ws.intake.add_candidate(
        cebu.id, first_name="Paolo", last_name="Garcia", email="paolo@example.com"
    )
    ws.labels.add([ids["Ana"], ids["Paolo"]], "Bilingual")
    ws.undo_stack.clear()
    return ids


@pytest.fixture
def ben(ws: Workspace, workspace_dir: Path, campaign: CampaignInfo) -> Iterator[Workspace]:
    """A second recruiter, Ben Cruz, with access to the campaign, at another workstation."""
    ws.company.add_user("Ben Cruz", BEN)
    ws.campaign_settings.change_members(campaign.id, add=[BEN], remove=[])
    with Workspace.open(data_dir=workspace_dir, user=BEN) as other:
        yield other


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own font and style sheet, as the window is shown to users."""
    font = QFont(qapp.font())
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setFont(font)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """An INI file of the test's own, so the user's window settings are never touched."""
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], settings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ws, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
