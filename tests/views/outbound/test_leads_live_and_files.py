"""The leads while the dialer runs elsewhere (another process's writes reach the open area
through the main window's change watcher), leads from a CSV file, a pasted row the engine
refuses (named by its row), removing a lead, and the area's models under qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.outbound_calls import finish_call

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow

LIVE_MS = 2000
SLACK_MS = 1500


@pytest.fixture
def calling(ws: Workspace, interest_body: dict[str, Any]) -> CompanyCampaignInfo:
    made = ws.outbound.create(interest_body)
    leads = [
        {"email": f"lead{i}@example.com", "firstName": f"Lead{i}", "lastName": "Reyes"}
        for i in range(1, 4)
    ]
    ws.outbound.add_leads(made.id, {"leads": leads})
    return made


@pytest.fixture
def opened(
    qtbot: QtBot, calling: CompanyCampaignInfo, area: CompanyCampaignsWindow
) -> CompanyCampaignsWindow:
    qtbot.waitUntil(lambda: area.leads.rowCount() == 3 and not area.reader.busy, timeout=5000)
    return area


@pytest.fixture
def elsewhere(workspace_dir: Path) -> Iterator[Workspace]:
    """The workspace as another process (the dialer, the CLI) opens it."""
    other = Workspace.open(data_dir=workspace_dir)
    yield other
    other.close()


def statuses(area: CompanyCampaignsWindow) -> list[str]:
    return [area.leads.index(r, 3).data() for r in range(area.leads.rowCount())]


def test_calls_made_elsewhere_move_the_statuses_and_the_chart(
    qtbot: QtBot,
    window: MainWindow,
    opened: CompanyCampaignsWindow,
    elsewhere: Workspace,
    calling: CompanyCampaignInfo,
) -> None:
    window.change_watcher.start()
    ids = [opened.leads.lead(r).id for r in range(3)]  # type: ignore[union-attr]
    ended = utcnow() - timedelta(minutes=5)
    finish_call(elsewhere, calling.id, ids[0], digits="1", ended_at=ended)
    finish_call(elsewhere, calling.id, ids[1], digits="2", ended_at=ended)
    qtbot.waitUntil(
        lambda: statuses(opened) == ["Interested", "Not interested", "Pending"],
        timeout=LIVE_MS + SLACK_MS,
    )
    qtbot.waitUntil(
        lambda: opened.detail.chart.series is not None and opened.detail.chart.series.total == 2,
        timeout=LIVE_MS + SLACK_MS,
    )
    assert opened.detail.leads.status.itemText(3) == "Not interested (1)"
    assert "Calling started" not in opened.detail.next_call.text()


def test_leads_from_a_csv_file_and_a_refused_row(
    qtbot: QtBot, opened: CompanyCampaignsWindow, tmp_path: Path
) -> None:
    csv_file = tmp_path / "leads.csv"
    csv_file.write_text(
        "\ufeffFirst Name,Last Name,E-mail,Mobile\n"
        "Ana,Cruz,ana@example.com,+639171234567\n"
        "Jose,Reyes,not-an-email,+639172345678\n",
        encoding="utf-8",
    )
    dialog = opened.open_add_leads()
    assert dialog is not None
    dialog.load_csv(csv_file)
    assert dialog.count_label.text() == "2 leads to add"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == 'Row 3: "email" must be a valid email'
    dialog.text.setPlainText(dialog.text.toPlainText().replace("not-an-email", "jose@example.com"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.leads.total == 5, timeout=5000)
    assert dialog.result_of_add is not None and dialog.result_of_add.added == 2

    dialog = opened.open_add_leads()
    assert dialog is not None
    dialog.text.setPlainText("Name,Phone\nAna,+639171234567\n")
    assert dialog.count_label.text().startswith("the CSV has no email column")
    assert not dialog.add_button.isEnabled()
    dialog.close()


def test_removing_a_lead_after_saying_yes(
    qtbot: QtBot, opened: CompanyCampaignsWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def exec_(box: QMessageBox) -> object:
        asked.append(box.text())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)  # the user's click, not a fake
    pane = opened.detail.leads
    assert not pane.remove_button.isEnabled()
    pane.table.selectRow(1)
    assert pane.remove_button.isEnabled()
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)  # Cancel
    assert asked[0].startswith("Remove this lead from Night shift interest check?")
    qtbot.wait(100)
    assert opened.leads.total == 3 and not opened.outbound_actions.runner.busy
    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.leads.total == 2 and opened.leads.rowCount() == 2)
    names = [opened.leads.index(r, 0).data() for r in range(2)]
    assert names == ["Lead1 Reyes", "Lead3 Reyes"]
    assert opened.statusBar().currentMessage() == "Removed 1 lead"


def test_the_models_pass_qtmodeltester(
    qtmodeltester: ModelTester, opened: CompanyCampaignsWindow
) -> None:
    qtmodeltester.check(opened.campaigns)
    qtmodeltester.check(opened.leads)


def test_an_assessment_reminder_marks_leads_submitted(
    qtbot: QtBot, area: CompanyCampaignsWindow, ws: Workspace, interest_body: dict[str, Any]
) -> None:
    body = interest_body | {
        "title": "Assessment reminders",
        "purposeType": "ASSESSMENT_REMINDER",
        "jobDetails": {"assessmentTestId": "t-1", "jobTitle": "Software engineer"},
    }
    made = ws.outbound.create(body)
    ws.outbound.add_leads(made.id, {"leads": [{"email": "ada@example.com", "firstName": "Ada"}]})
    area.refresh()
    qtbot.waitUntil(lambda: area.leads.rowCount() == 1 and not area.reader.busy, timeout=5000)
    pane = area.detail.leads
    assert pane.submitted_button.isVisible() and not pane.table.isColumnHidden(5)
    assert area.leads.index(0, 5).data() == "Not submitted"
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.submitted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.leads.index(0, 5).data() == "Submitted", timeout=5000)
    assert ws.outbound.leads(made.id).leads[0].assessment_submitted
    assert pane.submitted_button.text() == "Mark Not Submitted"


def test_a_campaign_made_elsewhere_keeps_the_one_selected(
    qtbot: QtBot,
    window: MainWindow,
    opened: CompanyCampaignsWindow,
    elsewhere: Workspace,
    interest_body: dict[str, Any],
) -> None:
    window.change_watcher.start()
    elsewhere.outbound.create(interest_body | {"title": "Made elsewhere"})
    qtbot.waitUntil(lambda: opened.campaigns.rowCount() == 2, timeout=LIVE_MS + SLACK_MS)
    qtbot.waitUntil(lambda: not opened.reader.busy)
    assert opened.campaigns.index(0, 0).data() == "Made elsewhere"  # newest first
    selected = opened.selected()
    assert selected is not None and selected.title == "Night shift interest check"
    assert opened.detail.title.text() == "Night shift interest check"
    assert opened.leads.total == 3
