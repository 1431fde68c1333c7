"""Selecting several candidates (or all matching) and acting on them from the bulk bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import render_screenshot
from talkpush_desktop.views.campaign_view.label_dialog import LabelDialog
from talkpush_desktop.views.campaign_view.label_list import COLOR_ROLE
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets.operations import sent_text, skipped_reason
from tests.views.test_main_window import click_label, counts, names

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def click(
    qtbot: QtBot,
    window: MainWindow,
    full_name: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    view = window.list_pane.list_view
    rect = view.visualRect(window.model.index(names(window).index(full_name)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def pick(menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text() == text]
    action.trigger()


def test_ctrl_and_shift_clicks_select_and_the_bar_moves_them_undo_redo(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.list_pane.bulk_bar
    click(qtbot, window, "Mark Lim")
    assert not bar.isVisible()  # one candidate: the profile buttons do
    click(qtbot, window, "Jose Reyes", SHIFT)  # Mark, Ana, Jose
    click(qtbot, window, "Paolo Garcia", CTRL)
    click(qtbot, window, "Ana Cruz", CTRL)  # off again
    assert bar.isVisible() and bar.count_label.text() == "3 selected"
    assert bar.invite_button.isEnabled() and bar.reply_button.isEnabled()
    pick(bar.move_menu, "Shortlisted")
    assert names(window) == ["Ana Cruz", "Maria Santos"]
    assert (counts(window)["Inbox"], counts(window)["Shortlisted"]) == (2, 3)
    assert window.list_pane.count_label.text() == "2 candidates"
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert (counts(window)["Inbox"], counts(window)["Shortlisted"]) == (5, 0)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert (counts(window)["Inbox"], counts(window)["Shortlisted"]) == (2, 3)
    bar.clear_button.click()
    assert not bar.isVisible()


def test_select_all_means_every_match_not_only_loaded_rows(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, window: MainWindow
) -> None:
    for i in range(250):
        ws.intake.add_candidate(campaign.id, first_name=f"Bulk{i}", email=f"bulk{i}@example.com")
    window.navigation.folder_list.folder_selected.emit("Inbox")  # re-read the Inbox
    assert window.model.rowCount() == 200 and not window.model.exhausted
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, CTRL)
    bar = window.list_pane.bulk_bar
    assert bar.count_label.text() == "255 selected" and bar.matching_label.isVisible()
    click(qtbot, window, "Bulk249", CTRL)  # leave the newest out
    assert bar.count_label.text() == "254 selected"
    actions = window.recruiter_actions
    with qtbot.waitSignal(actions.workspace_changed, timeout=10000):
        pick(bar.move_menu, "Rejected")  # a whole-filter move runs in the background
    rejected = CandidateFilter(folder=parse_folder("Rejected"))
    assert ws.candidates.count(rejected) == 254 == counts(window)["Rejected"]
    assert names(window) == ["Bulk249"] and not bar.isVisible()
    with qtbot.waitSignal(actions.workspace_changed, timeout=10000):
        window.undo_action.trigger()
    assert ws.candidates.count(rejected) == 0 and counts(window)["Inbox"] == 255


def fill_label_dialog(name: str, swatch: int) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LabelDialog)
    dialog.name_edit.setText(name)
    dialog.colors.button(swatch).click()
    dialog.ok_button.click()


def test_new_label_then_label_two_and_filter_by_it(qtbot: QtBot, window: MainWindow) -> None:
    QTimer.singleShot(0, lambda: fill_label_dialog("Night shift", 3))
    window.navigation.new_label_button.click()
    item = window.navigation.label_list.item_named("Night shift")
    assert item is not None and item.data(COLOR_ROLE) == "#e8912d"
    click(qtbot, window, "Mark Lim")
    click(qtbot, window, "Maria Santos", CTRL)
    pick(window.list_pane.bulk_bar.add_menu, "Night shift")
    click_label(qtbot, window, "Night shift")
    assert names(window) == ["Mark Lim", "Maria Santos"]
    assert window.list_pane.title_label.text() == "Night shift"
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, CTRL)
    pick(window.list_pane.bulk_bar.remove_menu, "Night shift")
    qtbot.waitUntil(lambda: names(window) == [])
    with qtbot.waitSignal(window.recruiter_actions.workspace_changed, timeout=10000):
        window.undo_action.trigger()
    assert names(window) == ["Mark Lim", "Maria Santos"]


def test_refresh_pin_of_the_selection(qtbot: QtBot, ws: Workspace, window: MainWindow) -> None:
    click(qtbot, window, "Mark Lim")
    click(qtbot, window, "Ana Cruz", CTRL)
    window.list_pane.bulk_bar.pin_button.click()
    assert window.statusBar().currentMessage() == "Refreshed the PIN code of 2"


def test_screenshot_with_everyone_selected(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    out = render_screenshot(ws, tmp_path / "bulk.png", (1400, 860), select_all=True)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _nina(ws: Workspace, campaign: CampaignInfo, window: MainWindow) -> int:
    """A candidate with a phone number (the others have only an email address)."""
    nina = ws.intake.add_candidate(
        campaign.id, first_name="Nina", last_name="Cruz", phone="+639171234567"
    )
    window.navigation.folder_list.folder_selected.emit("Inbox")  # re-read the Inbox
    return nina


def test_quick_reply_to_all_matching_queues_and_reports_who_was_skipped(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, window: MainWindow, tmp_path: Path
) -> None:
    nina = _nina(ws, campaign, window)
    ws.messaging.create_quick_reply("See you", "Hi <%= @candidate_first_name %>, see you tomorrow.")
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, CTRL)
    bar = window.list_pane.bulk_bar
    assert bar.count_label.text() == "6 selected"
    bar.fill_reply_menu()
    titles = [a.text() for a in bar.reply_menu.actions() if not a.isSeparator()]
    assert titles[0] == "See you" and "By SMS only" in titles
    pick(bar.reply_menu, "By SMS only")
    assert bar.reply_channel == "sms"
    with qtbot.waitSignal(window.recruiter_actions.messages_sent, timeout=10000):
        pick(bar.reply_menu, "See you")  # a whole-filter send runs in the background
    status = window.statusBar().currentMessage()
    assert status == "Queued 1 message \N{MIDDLE DOT} 5 skipped (no phone number)"
    assert [m.body for m in ws.messaging.messages(nina)] == ["Hi Nina, see you tomorrow."]
    report = window.send_report
    assert report.isVisible() and report.accessibleName()
    saved = report.save(tmp_path / "skipped.csv")
    assert saved is not None
    rows = saved.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "candidate_id,reason" and len(rows) == 6
    assert rows[1].endswith(",sms: the candidate has no phone number")
    qtbot.waitUntil(lambda: not report.isVisible())  # saving says where, and the offer ends


def test_quick_reply_over_either_channel_skips_nobody(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, window: MainWindow
) -> None:
    nina = _nina(ws, campaign, window)
    ws.messaging.create_quick_reply("Thanks", "Thank you for applying.")
    click(qtbot, window, "Nina Cruz")
    click(qtbot, window, "Mark Lim", CTRL)
    bar = window.list_pane.bulk_bar
    bar.fill_reply_menu()
    assert bar.reply_channel == ""  # SMS, or email without a phone number
    pick(bar.reply_menu, "Thanks")
    assert window.statusBar().currentMessage() == "Queued 2 messages"
    assert not window.send_report.isVisible()
    assert [m.channel for m in ws.messaging.messages(nina)] == ["sms"]


def test_invitation_to_the_selection(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], window: MainWindow
) -> None:
    click(qtbot, window, "Mark Lim")
    click(qtbot, window, "Ana Cruz", CTRL)
    bar = window.list_pane.bulk_bar
    assert bar.invite_button.isEnabled() and "invitation" in bar.invite_button.toolTip()
    bar.invite_button.click()
    assert window.statusBar().currentMessage() == "Queued 2 invitation messages"
    assert [m.channel for m in ws.messaging.messages(people["Mark"])] == ["email"]
    assert ws.messaging.messages(people["Maria"]) == []


def test_sent_text_names_the_reasons() -> None:
    skipped = [(1, "sms: the candidate has no phone number")] * 3 + [(2, "unknown token @x")]
    assert sent_text(4998, skipped[:2], any_channel=False) == (
        "Queued 4,998 messages \N{MIDDLE DOT} 2 skipped (no phone number)"
    )
    assert sent_text(1, skipped, any_channel=False) == (
        "Queued 1 message \N{MIDDLE DOT} 4 skipped (3 no phone number, 1 unknown token @x)"
    )
    assert (
        skipped_reason("email: the candidate has no email address", any_channel=True)
        == "no phone number or email address"
    )
