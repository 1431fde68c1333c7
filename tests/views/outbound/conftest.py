"""The Company Campaigns area opened from the main window the app builds, over a workspace
with a site and a verified caller ID made through ``ws.outbound``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.outbound.dto import SiteInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
CALLER_ID = "+15551234567"


@pytest.fixture
def site(ws: Workspace) -> SiteInfo:
    ws.outbound.add_caller_id(CALLER_ID)
    return ws.outbound.add_site(
        "Manila \N{EM DASH} Ortigas", city="Pasig", country="PH", primary=True
    )


@pytest.fixture
def area(qtbot: QtBot, window: MainWindow, site: SiteInfo) -> CompanyCampaignsWindow:
    """Tools > Company Campaigns..., opened and read."""
    window.company_campaigns_action.trigger()
    opened = window.company_campaigns_window
    assert opened is not None
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: not opened.reader.busy)
    return opened


def shoot(widget: QWidget, name: str) -> Path:
    """Save ``widget`` as docs/screenshots/``name`` (the README shows them)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    out = SCREENSHOTS / name
    assert widget.grab().save(str(out), "PNG")
    return out
