"""Tools > Company Campaigns as a recruiter uses it: open the area from the main window,
create an interest check (a bad field first: its message shows beside it), add leads by
pasting them, filter and search them, see a lead's calls and the outcomes chart, pause and
resume. ``TALKPUSH_UPDATE_SCREENSHOTS=1`` writes the steps' pictures to
docs/screenshots/company-campaigns*.png (else to the test's temporary folder)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.outbound_calls import finish_call

from talkpush_desktop.engine.outbound.dto import SiteInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.campaign_form import CampaignForm
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

MANILA = ZoneInfo("Asia/Manila")
SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
PASTED = (
    "Email\tFirst name\tLast name\tPhone\n"
    "ana.cruz@example.com\tAna\tCruz\t+63 917 123 4567\n"
    "jose.reyes@example.com\tJose\tReyes\t+63 917 234 5678\n"
    "maria.santos@example.com\tMaria\tSantos\t+63 917 345 6789\n"
)


def shoot(widget: QWidget, name: str, folder: Path) -> None:
    """Save ``widget`` as ``name`` in ``folder``, or in docs/screenshots (the README's
    pictures) when ``TALKPUSH_UPDATE_SCREENSHOTS=1``."""
    if os.environ.get("TALKPUSH_UPDATE_SCREENSHOTS") == "1":
        folder = SCREENSHOTS
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(3):  # pending layouts (a label hidden by the last answer)
        QApplication.processEvents()
    assert widget.grab().save(str(folder / name), "PNG")


def lead_names(area: CompanyCampaignsWindow) -> list[str]:
    model = area.leads
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def settled(qtbot: QtBot, area: CompanyCampaignsWindow) -> None:
    qtbot.waitUntil(lambda: not area.reader.busy and not area.outbound_actions.runner.busy)
    qtbot.wait(50)  # the answers' queued signals
    qtbot.waitUntil(lambda: not area.reader.busy)


def fill_interest_check(qtbot: QtBot, form: CampaignForm, site: SiteInfo) -> None:
    qtbot.keyClicks(form.title, "Warehouse interest check - December")
    assert form.purpose.currentData() == "INTEREST_CHECK"
    form.site.setCurrentIndex(form.site.findData(site.id))
    form.zone.setCurrentText("Asia/Manila")
    qtbot.keyClicks(form.opening, "Hi, this is Acme. Press 1 if you are interested, 2 if not.")
    qtbot.keyClicks(form.closing, "Thank you. Goodbye.")
    # the first call at the last 10 AM at least an hour ago, its retry the day after at 4 PM
    now = datetime.now(MANILA).replace(tzinfo=None)
    first = now.replace(hour=10, minute=0, second=0, microsecond=0)
    if first > now - timedelta(hours=1):
        first -= timedelta(days=1)
    form.schedule_fields.set_call_time(first)
    retry = form.schedule_fields.retries[0]
    retry.days.setValue(1)
    retry.at.setTime(QTime(16, 0))


def test_a_recruiter_creates_an_interest_check_and_works_its_leads(
    qtbot: QtBot,
    styled: None,
    area: CompanyCampaignsWindow,
    ws: Workspace,
    tmp_path: Path,
) -> None:
    site = ws.outbound.sites()[0]  # the area fixture's
    assert area.stack.currentWidget() is area.empty
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    form = area.form
    assert form is not None and form.isVisible()
    qtbot.waitExposed(form)
    fill_interest_check(qtbot, form, site)
    # the purpose's own fields: an interest check asks for the job, not an assessment
    shown = form.purpose_fields.visible_keys()
    assert "jobTitle" in shown and "assessmentTestId" not in shown
    assert len(form.schedule_fields.timeline.stops) == 2  # first call and one retry

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no job title yet
    qtbot.waitUntil(lambda: bool(form.errors.text("jobDetails.jobTitle")))
    assert form.errors.text("jobDetails.jobTitle") == '"jobTitle" is not allowed to be empty'
    assert form.isVisible()
    form.resize(720, 1080)  # the whole form in the picture, down to the timeline
    shoot(form, "company-campaigns-form.png", tmp_path)
    form.resize(720, 860)

    qtbot.keyClicks(form.purpose_fields.editors["jobTitle"], "Warehouse associate")
    with qtbot.waitSignal(form.saved, timeout=10000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settled(qtbot, area)
    assert area.campaigns.rowCount() == 1
    row = [area.campaigns.index(0, c).data() for c in range(6)]
    assert row[:4] == [
        "Warehouse interest check - December",
        "Running",
        "Interest check",
        "IVR (keypad)",
    ]
    assert row[4].endswith(" (Asia/Manila)")
    assert row[5].endswith(f"({area.zone.key})")
    assert area.detail.next_call.text().startswith("Next call: ")

    dialog = area.open_add_leads()
    assert dialog is not None
    dialog.text.setPlainText(PASTED)
    assert dialog.count_label.text() == "3 leads to add"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_of_add is not None)
    settled(qtbot, area)
    assert lead_names(area) == ["Ana Cruz", "Jose Reyes", "Maria Santos"]
    assert "Added 3 leads" in area.statusBar().currentMessage()

    campaign = area.selected()
    assert campaign is not None
    ids = [area.leads.lead(r).id for r in range(3)]  # type: ignore[union-attr]
    first_call = campaign.execution_times()[0]
    ended = first_call + timedelta(minutes=3)
    finish_call(ws, campaign.id, ids[0], digits="1", ended_at=ended)
    later = ended + timedelta(minutes=50)
    finish_call(ws, campaign.id, ids[1], outcome="no-answer", ended_at=later)
    area.refresh()
    settled(qtbot, area)
    assert area.detail.chart.series is not None and area.detail.chart.series.total == 2
    assert area.detail.leads.status.itemText(2) == "Interested (1)"

    leads = area.detail.leads
    leads.status.setCurrentIndex(leads.status.findData("Interested"))
    settled(qtbot, area)
    assert lead_names(area) == ["Ana Cruz"]
    leads.status.setCurrentIndex(0)
    qtbot.keyClicks(leads.search, "SANTOS")
    qtbot.waitUntil(lambda: lead_names(area) == ["Maria Santos"], timeout=3000)
    leads.search.clear()
    qtbot.waitUntil(lambda: len(lead_names(area)) == 3, timeout=3000)

    with qtbot.waitSignal(area.attempts_shown, timeout=5000):
        leads.table.selectRow(0)
    assert area.detail.attempts.rows()[0][2:] == ["Answered", "human", "0:30", "1"]
    shoot(area, "company-campaigns.png", tmp_path)

    qtbot.mouseClick(area.detail.pause_button, Qt.MouseButton.LeftButton)
    settled(qtbot, area)
    assert area.campaigns.index(0, 1).data() == "Paused"
    assert area.detail.pause_button.text() == "Resume"
    assert ws.outbound.get(campaign.id).status == "PAUSED"
    qtbot.mouseClick(area.detail.pause_button, Qt.MouseButton.LeftButton)
    settled(qtbot, area)
    assert area.campaigns.index(0, 1).data() == "Running"
    assert ws.outbound.get(campaign.id).status == "RUNNING"
