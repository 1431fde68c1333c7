"""An assessment campaign in the window the app builds: the recruiter invites a candidate
to the assessment from the profile's actions, the Company Campaigns area (open beside it)
shows the candidate as a lead of the campaign that takes invited candidates, and the
lead's reminder text queued, then sent after the dialer's pass."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.outbound.dialer.runner import Dialer
from talkpush_desktop.engine.outbound.dto import SiteInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow
from tests.views.outbound.conftest import CALLER_ID
from tests.views.outbound.test_company_campaigns_area import lead_names, settled

TEST_ID = "tech-screen-2026"
NOTHING = "\N{EM DASH}"


def _assessment_campaign(ws: Workspace, site: SiteInfo, *, auto_add: bool) -> int:
    return ws.outbound.create(
        {
            "title": "Technical screen reminders" if auto_add else "Added by hand",
            "timezone": "Asia/Manila",
            "companySiteId": site.id,
            "phoneNumber": CALLER_ID,
            "purposeType": "ASSESSMENT_REMINDER",
            "openingMessage": "Hi, this is Acme about your assessment.",
            "closingMessage": "Goodbye.",
            "callStartTimeUtc": "2030-01-07T01:00:00Z",
            "jobDetails": {
                "assessmentTestId": TEST_ID,
                "assessmentName": "Technical screen",
                "jobTitle": "Support engineer",
                "autoAddInvitedCandidates": auto_add,
                "assessmentFirstReminderDelayHours": 1,
                "assessmentReminderSmsTemplate": "Hi {first_name}, your {assessment_name} waits.",
            },
        }
    ).id


def test_an_invited_candidate_becomes_a_lead_with_its_texts(
    qtbot: QtBot,
    window: MainWindow,
    area: CompanyCampaignsWindow,
    ws: Workspace,
    site: SiteInfo,
) -> None:
    _assessment_campaign(ws, site, auto_add=False)
    made = _assessment_campaign(ws, site, auto_add=True)
    lia = ws.intake.add_candidate(
        "Customer Service - Manila",
        first_name="Lia",
        last_name="Cruz",
        email="lia@example.com",
        phone="+639171234567",
    )
    area.refresh()
    settled(qtbot, area)
    assert area.selected() is not None and area.selected().id == made  # type: ignore[union-attr]
    assert lead_names(area) == []

    window.select_candidate(lia)
    profile = window.profile_pane
    qtbot.waitUntil(lambda: profile.candidate_id == lia)
    qtbot.mouseClick(profile.assessment_button, Qt.MouseButton.LeftButton)
    dialog = window.profile_actions.assessment_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()  # no test yet
    assert [dialog.test_combo.itemText(i) for i in range(dialog.test_combo.count())] == [TEST_ID]
    dialog.test_combo.setCurrentIndex(0)
    assert dialog.name_edit.text() == "Technical screen"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lead of 1 company campaign" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("Invited to Technical screen")

    # the area refreshes on the recruiter's action: the lead is there without a click
    qtbot.waitUntil(lambda: lead_names(area) == ["Lia Cruz"], timeout=5000)
    settled(qtbot, area)
    with qtbot.waitSignal(area.attempts_shown, timeout=5000):
        area.detail.leads.table.selectRow(0)
    texts = area.detail.texts
    assert texts.isVisibleTo(area) and texts.heading.text() == "Texts to Lia Cruz"
    [row] = texts.rows()
    assert row[0] == "Reminder" and row[2:] == [
        "Queued",
        NOTHING,
        "Hi Lia, your Technical screen waits.",
    ]

    later = utcnow() + timedelta(hours=2)
    dialer = Dialer(ws.context, clock=lambda: later, ring=timedelta(seconds=5))
    try:
        assert dialer.run_once().sms_sent == 1
    finally:
        dialer.close()
    with qtbot.waitSignal(area.attempts_shown, timeout=5000):
        area.refresh()
    [row] = texts.rows()
    assert row[2] == "Sent" and row[3] != NOTHING
    assert row[4] == "Hi Lia, your Technical screen waits."
    assert [i.body for i in ws.providers.sandbox_inbox("+639171234567")] == [row[4]]
