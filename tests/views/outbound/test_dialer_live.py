"""The area while the real dialer calls (in another process's workspace, on the sandbox
phone): the leads' statuses, the selected lead's calls, the counts and the chart follow
each pass without a click."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.outbound.vocab import iso_z
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

LIVE_MS = 4000
PRESSES_1, PRESSES_2 = "+639171234501", "+639171234502"


@pytest.fixture
def elsewhere(workspace_dir: Path) -> Iterator[Workspace]:
    other = Workspace.open(data_dir=workspace_dir)
    yield other
    other.close()


def status_of(area: CompanyCampaignsWindow, email: str) -> str:
    model = area.leads
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == email]
    return model.index(rows[0], 3).data() if rows else ""


def test_the_dialers_calls_show_as_they_happen(
    qtbot: QtBot,
    window: MainWindow,
    area: CompanyCampaignsWindow,
    elsewhere: Workspace,
    interest_body: dict[str, Any],
) -> None:
    body = {k: v for k, v in interest_body.items() if k not in ("callTime", "followUpRetries")}
    body |= {
        "callStartTimeUtc": iso_z(utcnow() - timedelta(seconds=1)),
        "callingWindow": {"start": "00:00", "end": "23:59"},  # whatever the hour in Manila
    }
    made = elsewhere.outbound.create(body)
    leads = [
        {"email": "ana@example.com", "firstName": "Ana", "phoneNumber": PRESSES_1},
        {"email": "jose@example.com", "firstName": "Jose", "phoneNumber": PRESSES_2},
    ]
    elsewhere.outbound.add_leads(made.id, {"leads": leads})
    area.refresh()
    qtbot.waitUntil(lambda: area.leads.rowCount() == 2, timeout=5000)
    area.detail.leads.table.selectRow(0)
    window.change_watcher.start()

    dialer = elsewhere.dialer.dialer(ring=timedelta(seconds=30))
    try:
        assert dialer.run_once().placed == 2
        qtbot.waitUntil(
            lambda: (
                area.detail.attempts.rows()[:1] != []
                and area.detail.attempts.rows()[0][2] == "Calling\N{HORIZONTAL ELLIPSIS}"
            ),
            timeout=LIVE_MS,
        )
        for phone, keys in ((PRESSES_1, "1"), (PRESSES_2, "2")):
            [call] = [c for c in elsewhere.calls.sandbox_incoming(phone) if c.state == "waiting"]
            elsewhere.calls.sandbox_answer(call.id, keys)
        assert dialer.run_once().finished == 2
    finally:
        dialer.close()
    qtbot.waitUntil(
        lambda: (
            status_of(area, "ana@example.com") == "Interested"
            and status_of(area, "jose@example.com") == "Not interested"
        ),
        timeout=LIVE_MS,
    )
    qtbot.waitUntil(lambda: area.detail.attempts.rows()[0][2] == "Answered", timeout=LIVE_MS)
    assert area.detail.attempts.rows()[0][5] == "1"
    chart = area.detail.chart
    qtbot.waitUntil(lambda: chart.series is not None and chart.series.total == 2, timeout=LIVE_MS)
    assert area.detail.leads.status.itemText(2) == "Interested (1)"
    assert area.detail.timeline.stops[0].passed
