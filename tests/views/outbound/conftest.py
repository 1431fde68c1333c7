"""The Company Campaigns area opened from the main window the app builds, over a workspace
with a site and a verified caller ID made through ``ws.outbound``."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.outbound.dto import SiteInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

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


@pytest.fixture
def interest_body(site: SiteInfo) -> dict[str, Any]:
    """An INTEREST_CHECK create body at ``site``: first call Dec 7, 2026 9 AM in Manila,
    a retry at 2 PM the same day."""
    return {
        "title": "Night shift interest check",
        "timezone": "Asia/Manila",
        "companySiteId": site.id,
        "phoneNumber": CALLER_ID,
        "purposeType": "INTEREST_CHECK",
        "openingMessage": "Press 1 if you are interested, 2 if not.",
        "closingMessage": "Goodbye.",
        "callTime": "2026-12-07T09:00",
        "followUpRetries": [{"time": "14:00", "delayDays": 0}],
        "jobDetails": {"jobTitle": "Call center agent"},
    }
