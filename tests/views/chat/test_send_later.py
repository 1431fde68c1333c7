"""Send later from the composer (the candidate's 9:00), and managing quick replies."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message
from talkpush_desktop.views.chat.composer import PICK_TIME, next_monday_morning, tomorrow_morning
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets.formatting import schedule_note, when_text
from tests.views.campaign_view.test_bulk_actions import pick
from tests.views.chat.test_chat_pane import open_candidate

MONDAY = datetime(2031, 3, 17, 15, 30)  # a Monday afternoon, the recruiter's clock


def scheduled_at(ws: Workspace, message_id: int) -> datetime | None:
    with ws.transaction() as s:
        return s.scalar(select(Message.scheduled_at).where(Message.id == message_id))


def test_times_offered_and_how_they_read() -> None:
    assert tomorrow_morning(MONDAY) == datetime(2031, 3, 18, 9, 0)
    assert next_monday_morning(MONDAY) == datetime(2031, 3, 24, 9, 0)
    assert next_monday_morning(datetime(2031, 3, 23, 8, 0)) == datetime(2031, 3, 24, 9, 0)
    assert when_text(datetime(2031, 3, 18, 9, 0), MONDAY) == "Tue 9:00"
    assert when_text(datetime(2031, 3, 28, 14, 30), MONDAY) == "Fri 28 Mar 14:30"
    assert schedule_note(datetime(2031, 3, 18, 9, 0), MONDAY) == (
        "Scheduled for Tue 9:00 (candidate's time)"
    )


def test_tomorrow_morning_is_nine_in_the_candidates_time_zone(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    nina = ws.intake.add_candidate(
        campaign.id, first_name="Nina", last_name="Cruz", phone="+639171234567"
    )
    window.navigation.folder_list.folder_selected.emit("Inbox")
    pane = open_candidate(qtbot, window, nina)
    composer = pane.composer
    composer.now = lambda: MONDAY
    assert composer.send_later_button.isVisible() and not composer.send_later_button.isEnabled()
    composer.set_text("Your interview is at 10:00, <%= @candidate_first_name %>.")
    assert composer.send_later_button.isEnabled()
    composer.fill_send_later_menu()
    entries = [a.text() for a in composer.send_later_menu.actions() if not a.isSeparator()]
    assert entries == [
        "Tomorrow 9:00 (candidate's time)",
        "Monday 9:00 (candidate's time)",
        PICK_TIME,
    ]
    pick(composer.send_later_menu, "Tomorrow 9:00 (candidate's time)")
    [message] = ws.messaging.messages(nina)
    assert message.state == "queued" and message.channel == "sms"
    assert scheduled_at(ws, message.id) == datetime(2031, 3, 18, 1, 0)  # 9:00 in Manila
    assert composer.text() == ""
    assert composer.hint_label.text() == "Scheduled for Tue 9:00 (candidate's time)"
    bubble = pane.model.index(pane.model.rowCount() - 1)
    shown = bubble.data(MESSAGE_ROLE)
    assert shown.error == "Scheduled for Tue 9:00 (candidate's time)"
    assert "Queued\nScheduled for Tue 9:00" in bubble.data(Qt.ItemDataRole.ToolTipRole)
    assert window.statusBar().currentMessage() == (
        "Message scheduled for Tue 9:00 (candidate's time)"
    )


def test_a_picked_time_and_a_refusal(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    pane = open_candidate(qtbot, window, people["Maria"])  # email only: the company's zone
    composer = pane.composer
    composer.now = lambda: MONDAY
    composer.set_text("See you <%= @nonsense %>")
    composer.send_later(datetime(2031, 3, 20, 8, 15))
    assert composer.hint_label.text().startswith("Not scheduled: ")
    assert ws.messaging.messages(people["Maria"]) == []
    composer.set_text("See you on Thursday.")
    dialog = composer.pick_send_time()
    assert dialog.edit.accessibleName() and dialog.edit.calendarPopup()
    dialog.edit.setDateTime(QDateTime(2031, 3, 20, 8, 15, 0))
    dialog.accept()
    [message] = ws.messaging.messages(people["Maria"])
    assert message.channel == "email"
    assert scheduled_at(ws, message.id) == datetime(2031, 3, 20, 8, 15)  # UTC company
    assert pane.model.index(0).data(MESSAGE_ROLE).error == (
        "Scheduled for Thu 8:15 (candidate's time)"
    )
    composer.set_mode("comment")
    assert not composer.send_later_button.isVisible()


def test_manage_quick_replies_edits_and_deletes(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ws.messaging.create_quick_reply("Reminder", "Your interview is tomorrow.")
    ws.messaging.create_quick_reply("Thanks", "Thank you for applying.")
    pane = open_candidate(qtbot, window, people["Maria"])
    composer = pane.composer
    composer.reply_menu.aboutToShow.emit()
    pick(composer.reply_menu, "Manage quick replies\N{HORIZONTAL ELLIPSIS}")
    dialog = pane.manage_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert sorted(dialog.titles()) == ["Reminder", "Thanks"]
    for widget in (dialog.reply_list, dialog.title_edit, dialog.body_edit, dialog.save_button):
        assert widget.accessibleName()
    dialog.select("Reminder")
    assert dialog.body_edit.toPlainText() == "Your interview is tomorrow."
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.title_edit.setText("Interview reminder")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert sorted(q.title for q in ws.messaging.quick_replies()) == ["Interview reminder", "Thanks"]
    assert dialog.current is not None and dialog.current.title == "Interview reminder"
    dialog.select("Thanks")
    dialog.delete_button.click()
    assert [q.title for q in ws.messaging.quick_replies()] == ["Interview reminder"]
    assert dialog.titles() == ["Interview reminder"]
    dialog.delete_button.click()
    assert ws.messaging.quick_replies() == [] and not dialog.delete_button.isEnabled()
    assert dialog.empty_label.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: pane.manage_dialog is None)


def test_a_message_scheduled_elsewhere_says_when_it_goes(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    """Scheduled from the command line (or before a restart): the send time is stored."""
    leo = ws.intake.add_candidate(campaign.id, first_name="Leo", phone="+639171234999")
    ws.messaging.queue_message(leo, "See you", "sms", send_at=datetime(2099, 3, 17, 1, 0))  # UTC
    window.navigation.folder_list.folder_selected.emit("Inbox")
    pane = open_candidate(qtbot, window, leo)
    shown = pane.model.index(pane.model.rowCount() - 1).data(MESSAGE_ROLE)
    assert shown.error == "Scheduled for Tue 17 Mar 9:00 (candidate's time)"  # Manila
