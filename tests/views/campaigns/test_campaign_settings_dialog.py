"""The campaign settings dialog on the window the app builds: "+ New campaign" creates a
campaign with two members, its SMS and email messages, a Messenger job posting and a
traffic ad; every problem is shown at its field first; reopened, everything is there; a
manager who is not a member does not see it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaigns.campaign_settings_dialog import (
    CampaignSettingsDialog,
)
from talkpush_desktop.views.campaigns.permissions_tab import ManagerList
from talkpush_desktop.views.main_window import MainWindow

TITLE = "Night Shift - Cebu"
AD_PATH = "message.attachment.payload.buttons"


def _select(lst: ManagerList, emails: set[str]) -> None:
    lst.clearSelection()
    for i in range(lst.count()):
        item = lst.item(i)
        item.setSelected(item.data(Qt.ItemDataRole.UserRole) in emails)


def _save(qtbot: QtBot, dialog: CampaignSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.saving)  # on the worker


def _fill_basic_and_members(qtbot: QtBot, dialog: CampaignSettingsDialog) -> None:
    basic = dialog.basic_tab
    _save(qtbot, dialog)  # no title yet
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert dialog.errors.text("basic.title") == "a campaign needs a title"
    qtbot.keyClicks(basic.title_edit, TITLE)
    basic.country_combo.setCurrentIndex(basic.country_combo.findData("PH"))
    assert "+63" in basic.caller_id.text()
    basic.auto_call.setChecked(True)
    dialog.tabs.setCurrentWidget(dialog.permissions_tab)
    perms = dialog.permissions_tab
    _select(perms.team_list, {"ana@example.com", "bo@example.com", "cy@example.com"})
    qtbot.mouseClick(perms.give_button, Qt.MouseButton.LeftButton)
    _select(perms.access_list, {"cy@example.com"})
    qtbot.mouseClick(perms.take_button, Qt.MouseButton.LeftButton)
    assert sorted(perms.members()) == ["ana@example.com", "bo@example.com"]


def _fill_messages(qtbot: QtBot, dialog: CampaignSettingsDialog) -> None:
    dialog.tabs.setCurrentWidget(dialog.messages_tab)
    sms = dialog.messages_tab.sms
    sms.text_edit.clear()
    qtbot.keyClicks(sms.text_edit, "a" * 161)
    assert sms.count_label.text().startswith("161 characters \N{MIDDLE DOT} GSM-7")
    assert [len(t) for t in sms.bubble_texts()] == [153, 8]
    sms.text_edit.clear()
    qtbot.keyClicks(sms.text_edit, "Hi ")
    tokens = sms.findChild(QToolButton, "tokenButton")
    menu = tokens.menu()
    assert menu is not None and len(menu.actions()) == 9  # every token of the seed
    next(a for a in menu.actions() if a.data() == "candidate_first_name").trigger()
    sms.text_edit.insertPlainText(" \N{WAVING HAND SIGN}")  # QTest types no emoji
    qtbot.keyClicks(sms.text_edit, " your interview is ready")
    assert (
        sms.text() == "Hi <%= @candidate_first_name %> \N{WAVING HAND SIGN} your interview is ready"
    )
    assert "UCS-2" in sms.count_label.text()
    assert sms.bubble_texts() == ["Hi Maria \N{WAVING HAND SIGN} your interview is ready"]
    assert "candidate_first_name" in sms.warning_label.text()
    dialog.messages_tab.event_list.setCurrentRow(3)  # Rejection
    dialog.messages_tab.channels.setCurrentWidget(dialog.messages_tab.email)
    email = dialog.messages_tab.email
    email.enabled_box.setChecked(True)
    email.subject_edit.clear()
    qtbot.keyClicks(email.subject_edit, "About your application")
    email.rich_edit.clear()
    qtbot.keyClicks(email.rich_edit, "Dear candidate, thank you.")
    email.tabs.setCurrentIndex(1)  # <>: the source follows the editor
    assert "Dear candidate, thank you." in email.source_edit.toPlainText()
    email.source_edit.setPlainText(
        "<p>Dear <b><%= @candidate_name %></b>, thank you.</p><script>x()</script>"
    )
    email.tabs.setCurrentIndex(0)  # the editor follows the source
    assert "Dear <%= @candidate_name %>, thank you." in email.rich_edit.toPlainText()
    email.tabs.setCurrentIndex(2)
    assert "Dear Maria Santos, thank you." in email.preview.toPlainText()


def _fill_messenger_and_ad(qtbot: QtBot, dialog: CampaignSettingsDialog) -> None:
    messenger = dialog.messenger_tab
    messenger.mode_buttons["job"].setChecked(True)
    qtbot.keyClicks(messenger.title_edit, "t" * 81)
    assert messenger.title_count.text() == "81/80"
    ad = dialog.traffic_ad_tab
    qtbot.keyClicks(ad.intro_edit, "Hello from Cebu!")
    qtbot.keyClicks(ad.message_edit, "We are hiring night-shift agents.")
    qtbot.keyClicks(ad.rows[0].label, "Apply now")
    qtbot.keyClicks(ad.rows[0].value, "https://jobs.example.com/cebu")
    content = json.loads(ad.json_edit.toPlainText())
    assert content["message"]["attachment"]["payload"]["buttons"][0]["title"] == "Apply now"
    buttons = [{"type": "postback", "title": f"Job {n}", "payload": f"J{n}"} for n in range(4)]
    content["message"]["attachment"]["payload"]["buttons"] = buttons
    ad.json_edit.setPlainText(json.dumps(content))
    assert f"{AD_PATH}: at most 3 buttons (4 given)" in ad.problems_label.text()
    assert ad.rows[3 - 1].label.text() == "Job 2"  # the form follows the JSON
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("messenger.title") == "at most 80 characters (81)"
    assert f"{AD_PATH}: at most 3 buttons" in dialog.errors.text("traffic_ad")
    assert dialog.tabs.currentWidget() is messenger
    messenger.title_edit.setText("Night-shift agent")
    qtbot.keyClicks(messenger.subtitle_edit, "Cebu IT Park, 25k PHP")
    assert messenger.card_title.text() == "Night-shift agent"
    del content["message"]["attachment"]["payload"]["buttons"][3]
    ad.json_edit.setPlainText(json.dumps(content))
    assert ad.problems_label.text() == ""


def _check_saved(ws: Workspace, campaign_id: int) -> None:
    shown = ws.campaign_settings.show(campaign_id)
    assert (shown.basic.title, shown.basic.hotline_country, shown.basic.auto_call) == (
        TITLE,
        "PH",
        True,
    )
    assert [m.email for m in shown.access.members] == ["ana@example.com", "bo@example.com"]
    by_key = {(t.event, t.channel): t for t in shown.templates}
    invitation = by_key["invitation", "sms"].body
    assert (
        invitation == "Hi <%= @candidate_first_name %> \N{WAVING HAND SIGN} your interview is ready"
    )
    untouched = by_key["completion", "email"].body  # kept as written, not as Qt writes HTML
    assert untouched == "<p>" + by_key["completion", "sms"].body + "</p>"
    rejection = by_key["rejection", "email"]
    assert rejection.enabled and rejection.subject == "About your application"
    assert "<%= @candidate_name %>" in rejection.body and "<script>" not in rejection.body
    assert (shown.messenger.mode, shown.messenger.title) == ("job", "Night-shift agent")
    assert (
        shown.traffic_ad is not None
        and len(shown.traffic_ad["message"]["attachment"]["payload"]["buttons"]) == 3
    )


def test_new_campaign_end_to_end(
    qtbot: QtBot, window: MainWindow, ws: Workspace, workspace_dir: Path, tmp_path: Path
) -> None:
    for name, email in (("Ana Reyes", "ana"), ("Bo Lim", "bo"), ("Cy Tan", "cy")):
        ws.company.add_user(name, f"{email}@example.com")
    window.campaign_actions.new_action.trigger()
    dialog = window.campaign_actions.dialog
    assert dialog is not None and dialog.campaign_id is None
    _fill_basic_and_members(qtbot, dialog)
    _fill_messages(qtbot, dialog)
    _fill_messenger_and_ad(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    campaign_id = saved.args[0]
    qtbot.waitUntil(lambda: window.campaign_actions.dialog is None)
    assert window.navigation.current_campaign_id() == campaign_id
    assert window.scope.campaign_id == campaign_id
    _check_saved(ws, campaign_id)
    window.campaign_actions.settings_action.trigger()  # reopened: everything is there
    again = window.campaign_actions.dialog
    assert again is not None and again.campaign_id == campaign_id
    assert again.basic_tab.title_edit.text() == TITLE
    assert sorted(again.permissions_tab.members()) == ["ana@example.com", "bo@example.com"]
    assert again.messages_tab.sms.bubble_texts() == [
        "Hi Maria \N{WAVING HAND SIGN} your interview is ready"
    ]
    assert again.messenger_tab.subtitle_edit.text() == "Cebu IT Park, 25k PHP"
    assert again.traffic_ad_tab.form().buttons[0].label == "Job 0"
    again.traffic_ad_tab.save_to(tmp_path / "ad.json")
    assert (
        json.loads((tmp_path / "ad.json").read_text())
        == ws.campaign_settings.show(campaign_id).traffic_ad
    )
    again.reject()
    with Workspace.open(data_dir=workspace_dir, user="cy@example.com") as cy:  # not a member
        settings = QSettings(str(tmp_path / "cy.ini"), QSettings.Format.IniFormat)
        other = MainWindow(cy, settings=settings)
        qtbot.addWidget(other)
        combo = other.navigation.campaign_combo
        assert TITLE not in [combo.itemText(i) for i in range(combo.count())]
        assert other.scope.campaign_id is None and other.model.rowCount() == 0  # Show All
        assert other.navigation.folder_list.count_of("Inbox") == 0
        other.close()
        mine = MainWindow(
            ws, settings=QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(mine)
        assert mine.scope.campaign_id is None and mine.model.rowCount() == 5  # the owner: all
        mine.close()
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ana:
        assert [c.title for c in ana.campaigns.all()] == [TITLE]


def test_unsaved_changes_are_asked_about(qtbot: QtBot, window: MainWindow, ws: Workspace) -> None:
    campaign_id = ws.campaigns.all()[0].id
    window.navigation.select_campaign(campaign_id)
    window.navigation.campaign_selected.emit(campaign_id)
    dialog = window.campaign_actions.open_settings()
    assert dialog is not None and not dialog.dirty
    qtbot.keyClicks(dialog.basic_tab.title_edit, " (old)")
    assert dialog.dirty
    QTimer.singleShot(
        0, lambda: dialog.unsaved_prompt.button(QMessageBox.StandardButton.Cancel).click()
    )
    dialog.reject()
    assert dialog.isVisible()  # Cancel: still editing
    QTimer.singleShot(
        0, lambda: dialog.unsaved_prompt.button(QMessageBox.StandardButton.Discard).click()
    )
    dialog.reject()
    assert not dialog.isVisible()
    assert not ws.campaigns.get(campaign_id).title.endswith("(old)")


def test_a_template_the_engine_refuses_is_shown_at_its_editor(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    campaign_id = ws.campaigns.all()[0].id
    window.navigation.select_campaign(campaign_id)
    window.navigation.campaign_selected.emit(campaign_id)
    dialog = window.campaign_actions.open_settings()
    assert dialog is not None
    tab = dialog.messages_tab
    tab.event_list.setCurrentRow(2)  # Shortlisted
    tab.sms.text_edit.setPlainText("Hi <%= @candidat_name %>")
    tab.event_list.setCurrentRow(0)
    dialog.tabs.setCurrentIndex(0)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is tab
    assert tab.event_list.currentRow() == 2 and tab.channels.currentWidget() is tab.sms
    assert "candidat_name" in dialog.errors.text("messages.shortlisted.sms")
    before = {(t.event, t.channel): t.body for t in ws.messaging.templates(campaign_id)}
    assert "candidat_name" not in before["shortlisted", "sms"]
    tab.sms.text_edit.setPlainText("Hi <%= @candidate_name %>, good news!")
    _save(qtbot, dialog)
    assert window.campaign_actions.dialog is None  # saved and closed
    after = {(t.event, t.channel): t.body for t in ws.messaging.templates(campaign_id)}
    assert after["shortlisted", "sms"] == "Hi <%= @candidate_name %>, good news!"
    assert window.undo_action.isEnabled() and "Campaign Settings" in window.undo_action.text()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Campaign Settings" in window.redo_action.text())
    undone = {(t.event, t.channel): t.body for t in ws.messaging.templates(campaign_id)}
    assert undone["shortlisted", "sms"] == before["shortlisted", "sms"]


def test_the_interview_tab_edits_the_campaigns_steps(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    """The Interview tab shows the campaign's stored steps; a new campaign's questions are
    saved with it, under the id the save gives it."""
    campaign_id = ws.campaigns.all()[0].id
    dialog = CampaignSettingsDialog(ws, campaign_id, window)
    qtbot.addWidget(dialog)
    assert dialog.tabs.widget(3) is dialog.interview_tab
    stored = [s.text for s in ws.interview.list_steps(campaign_id)]
    assert [d.text for d in dialog.interview_tab.drafts()] == stored
    dialog.reject()
    dialog = window.campaign_actions.open_new()
    assert dialog.interview_tab.drafts() == []
    qtbot.keyClicks(dialog.basic_tab.title_edit, "Interviewed in the dialog")
    dialog.tabs.setCurrentWidget(dialog.interview_tab)
    dialog.interview_tab.add_step("question")
    qtbot.keyClicks(dialog.interview_tab.text_edit, "Why this job?")
    assert dialog.dirty
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    steps = ws.interview.list_steps(saved.args[0])
    assert [(s.section, s.text) for s in steps] == [("question", "Why this job?")]


def test_a_save_runs_on_the_windows_worker_and_undo_renames_the_selector_back(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    campaign = ws.campaigns.all()[0]
    window.navigation.select_campaign(campaign.id)
    window.navigation.campaign_selected.emit(campaign.id)
    dialog = window.campaign_actions.open_settings()
    assert dialog is not None
    jobs: list[str] = []
    window.recruiter_actions.runner.job_started.connect(lambda job: jobs.append(job.title))
    dialog.basic_tab.title_edit.clear()
    qtbot.keyClicks(dialog.basic_tab.title_edit, "Renamed")
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.save_finished):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # until the worker is done
    assert jobs == ["Saving the campaign"]
    combo = window.navigation.campaign_combo
    assert combo.currentText() == "Renamed"
    assert window.statusBar().currentMessage() == "Saved campaign Renamed"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: combo.currentText() == campaign.title)
    assert ws.campaigns.get(campaign.id).title == campaign.title
    assert window.scope.campaign_id == campaign.id
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: combo.currentText() == "Renamed")


def test_a_title_taken_is_shown_at_its_field_after_the_background_save(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    first, second = ws.campaigns.all()[:2]
    window.navigation.select_campaign(second.id)
    window.navigation.campaign_selected.emit(second.id)
    dialog = window.campaign_actions.open_settings()
    assert dialog is not None
    dialog.basic_tab.title_edit.clear()
    qtbot.keyClicks(dialog.basic_tab.title_edit, first.title.upper())
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert "already titled" in dialog.errors.text("basic.title")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert ws.campaigns.get(second.id).title == second.title
