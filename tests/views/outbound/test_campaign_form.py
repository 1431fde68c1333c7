"""The campaign form: the purpose's own fields appear with the purpose, the call type picks
questions or a script, the schedule's timeline follows the retries, and a campaign whose
calling started keeps its schedule (locked) while its title can still change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow


def test_purpose_and_call_type_show_their_own_fields(
    qtbot: QtBot, area: CompanyCampaignsWindow
) -> None:
    form = area.open_form(None)
    qtbot.waitExposed(form)
    assert form.status.currentData() == "RUNNING" and form.status.isVisible()
    fields = form.purpose_fields
    assert fields.visible_keys() == ["jobTitle", "jobLocation", "jobDescription"]
    form.purpose.setCurrentIndex(form.purpose.findData("SCHEDULE"))
    assert "interviewSlots" in fields.visible_keys()
    form.purpose.setCurrentIndex(form.purpose.findData("ONLINE_INTERVIEW"))
    assert "meetingUrl" in fields.visible_keys() and "interviewSlots" not in fields.visible_keys()
    form.purpose.setCurrentIndex(form.purpose.findData("ASSESSMENT_REMINDER"))
    assert fields.visible_keys() == [
        "jobTitle",
        "assessmentTestId",
        "assessmentName",
        "assessmentReminderSmsTemplate",
        "assessmentPostCallSmsTemplate",
        "assessmentFirstReminderDelayHours",
        "autoAddInvitedCandidates",
    ]
    assert fields.editors["assessmentTestId"].isVisible()
    assert not fields.editors["jobLocation"].isVisible()
    assert form.purpose_box.title() == "Assessment"
    assert form.questions.isVisible() and not form.script.isVisible()
    form.call_type.setCurrentIndex(form.call_type.findData("AICall"))
    assert form.script.isVisible() and not form.questions.isVisible()

    schedule = form.schedule_fields
    assert len(schedule.timeline.stops) == 2
    schedule.add_retry(2, datetime(2026, 1, 1, 10, 0).time())
    assert [s.name for s in schedule.timeline.stops] == [
        "First call",
        "Retry 1 \N{MIDDLE DOT} same day",
        "Retry 2 \N{MIDDLE DOT} +2 days",
    ]
    qtbot.mouseClick(schedule.retries[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(schedule.timeline.stops) == 2
    schedule.retries[0].days.setValue(0)
    schedule.retries[0].at.setTime(schedule.call_time.time().addSecs(-3600))
    assert schedule.refresh_timeline() == '"followUpRetries[0]" must come after the call before it'
    form.close()


def test_a_started_campaign_keeps_its_schedule_but_can_be_renamed(
    qtbot: QtBot, area: CompanyCampaignsWindow, ws: Workspace, interest_body: dict[str, Any]
) -> None:
    retries = [{"time": "14:00", "delayDays": 0}, {"time": "10:00", "delayDays": 1}]
    camp = ws.outbound.create(interest_body | {"followUpRetries": retries})
    ws.outbound.mark_calling_started(camp.id)
    area.refresh()
    qtbot.waitUntil(lambda: area.campaigns.rowCount() == 1 and not area.reader.busy)
    form = area.open_form(area.selected())
    qtbot.waitExposed(form)
    schedule = form.schedule_fields
    assert schedule.locked and schedule.locked_note.isVisible()
    assert "can no longer change" in schedule.locked_note.text()
    assert not schedule.retries[0].isEnabled()
    assert [s.when for s in schedule.timeline.stops] == [
        "Dec 7, 9:00 AM",
        "Dec 7, 2:00 PM",
        "Dec 8, 10:00 AM",
    ]
    assert not form.purpose.isEnabled() and not form.zone.isEnabled()
    form.title.clear()
    qtbot.keyClicks(form.title, "Night shift interest check (week 2)")
    with qtbot.waitSignal(form.saved, timeout=10000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = ws.outbound.get(camp.id)
    assert saved.title == "Night shift interest check (week 2)"
    assert saved.execution_times() == camp.execution_times()
    qtbot.waitUntil(lambda: area.campaigns.index(0, 0).data() == saved.title, timeout=5000)
