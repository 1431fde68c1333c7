"""100,000 leads on one campaign: the area opens, searches and filters them without the UI
thread waiting on the database (every read runs on the area's worker), one page of rows at
a time; scrolling to the end asks for the next page."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QLocale, QTimer
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.lead_table_model import PAGE
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

LEADS = 100_000
BATCH = 10_000
MAX_STALL_MS = 500
"""The longest the event loop may go without running: generous for a shared, loaded test
machine (measured 40-110 ms there, the GIL shared with the worker); reading 100,000 leads
on the UI thread would take seconds."""


class StallMeter:
    """Ticks every 5 ms on the UI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.longest = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart())


@pytest.mark.slow
def test_a_hundred_thousand_leads_never_block_the_window(
    qtbot: QtBot, ws: Workspace, interest_body: dict[str, Any], area: CompanyCampaignsWindow
) -> None:
    made = ws.outbound.create(interest_body)
    for k in range(LEADS // BATCH):
        leads = [
            {"email": f"lead{k}-{i}@example.com", "firstName": f"First{i}", "lastName": f"L{k}"}
            for i in range(BATCH)
        ]
        ws.outbound.add_leads(made.id, {"leads": leads})
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    area.refresh()
    qtbot.waitUntil(lambda: area.leads.total == LEADS, timeout=20000)
    opened_ms = (time.perf_counter() - started) * 1000
    assert area.leads.rowCount() == PAGE
    status = area.detail.leads.status
    counted = f"All statuses ({QLocale().toString(LEADS)})"  # numbers follow the locale
    qtbot.waitUntil(lambda: status.itemText(0) == counted, timeout=10000)

    pane = area.detail.leads
    pane.status.setCurrentIndex(pane.status.findData("Pending"))  # reads on the worker:
    assert area.leads.rowCount() == 0 and area.leads.loading  # the call returned at once
    qtbot.waitUntil(lambda: area.leads.rowCount() == PAGE, timeout=10000)
    pane.status.setCurrentIndex(0)
    started = time.perf_counter()
    qtbot.keyClicks(pane.search, "first1234")
    qtbot.waitUntil(lambda: area.leads.total == 10 and not area.leads.loading, timeout=10000)
    searched_ms = (time.perf_counter() - started) * 1000
    pane.search.clear()
    qtbot.waitUntil(lambda: area.leads.total == LEADS and not area.leads.loading, timeout=10000)
    area.list_view.setFocus()
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: area.leads.rowCount() >= 2 * PAGE, timeout=10000)
    meter.stop()
    print(
        f"\n100,000 leads: first page in {opened_ms:.0f} ms, search typed and answered in "
        f"{searched_ms:.0f} ms, longest UI stall {meter.longest} ms"
    )
    assert meter.longest < MAX_STALL_MS
