"""While the dialer calls, a refresh of the leads table re-reads only the leads on screen
(by id, with the query's total), not every page loaded; a lead off screen is read when it
scrolls into view; a change to the list itself (a lead added) re-reads the pages shown.
The model stays sound under qtmodeltester throughout."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.outbound_calls import finish_call

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.lead_table_model import PAGE
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

LEADS = PAGE + 50


class Reads:
    """The engine's lead reads the window asks for (counted, then answered)."""

    def __init__(self, ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ws = ws
        self.pages: list[int] = []
        self.by_id: list[list[int]] = []
        out = ws.outbound
        leads, by_id = out.leads, out.leads_by_id

        def counted_leads(*args: Any, **kwargs: Any) -> Any:
            self.pages.append(int(kwargs.get("limit", 20)))
            return leads(*args, **kwargs)

        def counted_by_id(campaign_id: object, ids: list[int]) -> Any:
            self.by_id.append(list(ids))
            return by_id(campaign_id, ids)

        monkeypatch.setattr(out, "leads", counted_leads)
        monkeypatch.setattr(out, "leads_by_id", counted_by_id)

    def clear(self) -> None:
        self.pages.clear()
        self.by_id.clear()


@pytest.fixture
def reads(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Reads:
    return Reads(ws, monkeypatch)


@pytest.fixture
def listed(ws: Workspace, interest_body: dict[str, Any]) -> int:
    """A campaign with more leads than a page; its id."""
    made = ws.outbound.create(interest_body)
    rows = [{"email": f"lead{i}@example.com", "firstName": f"Lead{i}"} for i in range(LEADS)]
    ws.outbound.add_leads(made.id, {"leads": rows})
    return made.id


def status_at(area: CompanyCampaignsWindow, row: int) -> str:
    return str(area.leads.index(row, 3).data())


def test_a_refresh_reads_the_rows_on_screen_only(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    area: CompanyCampaignsWindow,
    listed: int,
    reads: Reads,
) -> None:
    ws = reads.ws
    area.refresh()
    qtbot.waitUntil(lambda: area.leads.rowCount() == PAGE and not area.reader.busy, timeout=5000)
    qtmodeltester.check(area.leads)  # it scrolls to the end: every page is loaded
    qtbot.waitUntil(lambda: area.leads.rowCount() == LEADS and not area.reader.busy, timeout=5000)
    pane = area.detail.leads
    shown = pane.visible_rows()
    assert shown is not None and 0 < len(shown) < PAGE
    on_screen, off_screen = area.leads.lead(0), area.leads.lead(LEADS - 1)
    assert on_screen is not None and off_screen is not None
    reads.clear()

    for lead in (on_screen, off_screen):  # the dialer reaches both; both press 1
        finish_call(ws, listed, lead.id, digits="1", ended_at=utcnow())
    area.refresh()
    qtbot.waitUntil(lambda: status_at(area, 0) == "Interested", timeout=5000)
    qtbot.waitUntil(lambda: not area.reader.busy and not area.leads.loading, timeout=5000)
    assert reads.by_id == [[area.leads.lead(r).id for r in shown]]  # type: ignore[union-attr]
    assert PAGE not in reads.pages  # no page re-read: only the total (a one-row page)
    assert status_at(area, LEADS - 1) == "Pending"  # off screen: not read yet
    assert area.leads.rowCount() == LEADS and area.leads.total == LEADS

    reads.clear()
    pane.table.scrollToBottom()  # into view: read (and only what was not read since)
    qtbot.waitUntil(lambda: status_at(area, LEADS - 1) == "Interested", timeout=5000)
    assert reads.by_id and on_screen.id not in reads.by_id[-1]
    assert off_screen.id in reads.by_id[-1] and PAGE not in reads.pages

    reads.clear()
    ws.outbound.add_leads(listed, {"leads": [{"email": "new@example.com"}]})
    area.refresh()  # the list itself changed: the pages shown are read again
    qtbot.waitUntil(lambda: area.leads.total == LEADS + 1, timeout=5000)
    qtbot.waitUntil(lambda: not area.reader.busy and not area.leads.loading, timeout=5000)
    assert PAGE in reads.pages
    qtmodeltester.check(area.leads)
