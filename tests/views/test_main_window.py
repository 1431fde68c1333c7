"""The main window driven the way a recruiter uses it: campaign, search, folders, actions."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.analytics.series import Drill
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.candidate_list_model import PAGE_SIZE
from talkpush_desktop.views.main_window import MainWindow


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r).data() for r in range(model.rowCount())]


def counts(window: MainWindow) -> dict[str, int]:
    folders = window.navigation.folder_list
    return {name: folders.count_of(name) for name in folders.folder_names()}


def click_folder(qtbot: QtBot, window: MainWindow, name: str) -> None:
    folders = window.navigation.folder_list
    [item] = folders.findItems(name, Qt.MatchFlag.MatchExactly)
    rect = folders.visualItemRect(item)
    qtbot.mouseClick(folders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_label(qtbot: QtBot, window: MainWindow, name: str) -> None:
    labels = window.navigation.label_list
    item = labels.item_named(name)
    assert item is not None
    rect = labels.visualItemRect(item)
    qtbot.mouseClick(labels.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_candidate(qtbot: QtBot, window: MainWindow, full_name: str) -> None:
    view = window.list_pane.list_view
    row = names(window).index(full_name)
    rect = view.visualRect(window.model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def notify_prompt(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    """The "Notify ... ?" question asked after a move, once it is on screen with the keys."""
    qtbot.waitUntil(
        lambda: (
            window.notify_prompt.dialog is not None
            and QApplication.activeWindow() is window.notify_prompt.dialog
        )
    )
    box = window.notify_prompt.dialog
    assert box is not None
    return box


def answer(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Answer the notify question by keyboard; the keys are the window's again after."""
    box = notify_prompt(qtbot, window)
    qtbot.keyClick(box, key)
    qtbot.waitUntil(
        lambda: window.notify_prompt.dialog is None and QApplication.activeWindow() is window
    )


def switch_on(ws: Workspace, event: str) -> None:
    """Switch on a decision's email for every campaign (they start off)."""
    for campaign in ws.campaigns.all():
        ws.messaging.set_template(campaign.id, event, "email", enabled=True)


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.list_pane.search_edit
    edit.clear()
    with qtbot.waitSignal(window.list_pane.search_changed, timeout=2000):
        qtbot.keyClicks(edit, text)


def test_opens_on_the_inbox_of_all_campaigns_newest_first(window: MainWindow) -> None:
    assert window.navigation.campaign_combo.currentText() == "Show All"
    assert names(window) == ["Paolo Garcia", "Mark Lim", "Ana Cruz", "Jose Reyes", "Maria Santos"]
    assert counts(window)["Inbox"] == 5
    assert list(counts(window))[:3] == ["Inbox", "Completed", "Shortlisted"]
    assert window.list_pane.title_label.text() == "Inbox"
    assert window.list_pane.count_label.text() == "5 candidates"
    assert window.profile_pane.name_label.text() == "Paolo Garcia"  # first one is focused


def test_choosing_a_campaign_lists_only_its_candidates_and_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    combo = window.navigation.campaign_combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Customer Service - Manila"
    assert names(window) == ["Mark Lim", "Ana Cruz", "Jose Reyes", "Maria Santos"]
    assert counts(window)["Inbox"] == 4
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Technical Support - Cebu"
    assert names(window) == ["Paolo Garcia"]
    assert counts(window)["Inbox"] == 1


def test_search_filters_the_list_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "mar")
    assert names(window) == ["Mark Lim", "Maria Santos"]
    assert window.list_pane.title_label.text() == "Search results"
    search(qtbot, window, "maria san")
    assert names(window) == ["Maria Santos"]
    assert window.list_pane.count_label.text() == "1 found"
    search(qtbot, window, "nobody-like-this")
    assert names(window) == []
    assert window.list_pane.stack.currentWidget() is window.list_pane.empty_label


def test_search_by_candidate_id_finds_them_in_any_folder(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ws.candidates.move([people["Jose"]], "Hired")
    search(qtbot, window, str(people["Jose"]))
    assert names(window) == ["Jose Reyes"]
    assert window.navigation.folder_list.current_folder() is None  # not one folder: all


def test_clicking_a_folder_shows_its_candidates(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ws.candidates.move([people["Ana"], people["Maria"]], "On Hold")
    click_folder(qtbot, window, "On Hold")
    assert window.navigation.folder_list.current_folder() == "On Hold"
    assert names(window) == ["Ana Cruz", "Maria Santos"]
    assert window.list_pane.title_label.text() == "On Hold"
    click_folder(qtbot, window, "Hired")
    assert names(window) == []
    assert window.list_pane.empty_label.text() == "No candidates in Hired."


def test_clicking_a_folder_ends_a_search(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "maria")
    click_folder(qtbot, window, "Inbox")
    assert window.list_pane.search_text() == ""
    assert len(names(window)) == 5


def test_clicking_a_label_lists_who_carries_it_and_again_stops(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_label(qtbot, window, "Bilingual")
    assert names(window) == ["Paolo Garcia", "Ana Cruz"]
    assert window.list_pane.title_label.text() == "Bilingual"
    click_label(qtbot, window, "Bilingual")
    assert len(names(window)) == 5


def test_profile_shows_the_selected_candidate(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    click_candidate(qtbot, window, "Ana Cruz")
    profile = window.profile_pane
    assert profile.name_label.text() == "Ana Cruz"
    assert profile.id_label.text() == f"ID {people['Ana']}"
    assert profile.id_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert profile.values["Campaign"].text() == "Customer Service - Manila"
    assert profile.values["Email"].text() == "ana@example.com"
    assert profile.values["Source"].text() == "Manual"
    assert list(profile.label_chips.remove_buttons) == ["Bilingual"]
    assert "Ana Cruz" in window.chat_pane.subtitle_label.text()


def test_shortlist_moves_the_candidate_and_undo_redo_bring_it_back(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    switch_on(ws, "shortlisted")
    click_candidate(qtbot, window, "Ana Cruz")
    qtbot.mouseClick(window.profile_pane.buttons["Shortlisted"], Qt.MouseButton.LeftButton)
    assert counts(window)["Inbox"] == 4
    assert counts(window)["Shortlisted"] == 1
    assert "Ana Cruz" not in names(window)
    assert ws.candidates.get(people["Ana"]).row.folder == "Shortlisted"
    assert window.profile_pane.name_label.text() == "Jose Reyes"  # the next one is up
    assert window.statusBar().currentMessage() == "Moved 1 to Shortlisted"
    assert window.undo_action.text() == "&Undo Move 1 to Shortlisted"
    box = notify_prompt(qtbot, window)
    assert box.text() == "Notify Ana Cruz that they were shortlisted?"
    answer(qtbot, window, Qt.Key.Key_Escape)  # don't notify

    view = window.list_pane.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(window)["Inbox"] == 5
    assert counts(window)["Shortlisted"] == 0
    assert "Ana Cruz" in names(window)
    assert ws.candidates.get(people["Ana"]).row.folder == "Inbox"

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, redo)
    assert counts(window)["Shortlisted"] == 1
    assert "Ana Cruz" not in names(window)


def test_actions_apply_to_every_selected_candidate(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    click_candidate(qtbot, window, "Ana Cruz")
    view = window.list_pane.list_view
    rect = view.visualRect(window.model.index(names(window).index("Maria Santos")))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    qtbot.mouseClick(window.profile_pane.buttons["Rejected"], Qt.MouseButton.LeftButton)
    assert counts(window)["Rejected"] == 2
    assert names(window) == ["Paolo Garcia", "Mark Lim", "Jose Reyes"]


def test_the_button_of_the_current_folder_is_disabled(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ws.candidates.move([people["Mark"]], "Hired")
    click_folder(qtbot, window, "Hired")
    buttons = window.profile_pane.buttons
    assert not buttons["Hired"].isEnabled()
    assert buttons["Shortlisted"].isEnabled()


def test_window_remembers_campaign_folder_and_layout(
    qtbot: QtBot, window: MainWindow, ws: Workspace, settings: QSettings
) -> None:
    qtbot.keyClick(window.navigation.campaign_combo, Qt.Key.Key_Down)
    click_folder(qtbot, window, "Completed")
    window.splitter.setSizes([700, 300, 400])
    window.close()
    for key in ("window/geometry", "window/splitter", "window/leftSplitter"):
        assert settings.value(key)
    assert settings.value("list/folder") == "Completed"

    again = MainWindow(ws, settings=settings)
    qtbot.addWidget(again)
    again.show()
    assert again.navigation.campaign_combo.currentText() == "Customer Service - Manila"
    assert again.navigation.folder_list.current_folder() == "Completed"
    assert names(again) == []


def test_a_campaign_that_is_gone_falls_back_to_show_all(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], settings: QSettings
) -> None:
    settings.setValue("list/campaign", 999)
    settings.setValue("list/folder", "No Such Folder")
    window = MainWindow(ws, settings=settings)
    qtbot.addWidget(window)
    assert window.navigation.campaign_combo.currentText() == "Show All"
    assert window.navigation.folder_list.current_folder() == "Inbox"
    assert len(names(window)) == 5


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for kind in kinds
        for w in window.findChildren(kind)
        if w.isVisibleTo(window) and not w.accessibleName()
    ]
    assert unnamed == []


def test_an_analytics_drill_down_lists_its_candidates_across_folders(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int]
) -> None:
    ws.candidates.move([people["Ana"]], "Shortlisted")
    ws.candidates.move([people["Maria"]], "Rejected")
    today = utcnow().date()
    decided = Drill("volume_by_user", "decisions", today - timedelta(days=1), today)
    window.show_candidate_set(ws.candidates.drill_down(decided))
    assert names(window) == ["Ana Cruz", "Maria Santos"]
    assert window.list_pane.title_label.text() == "Analytics"
    assert window.list_pane.banner_label.text().startswith("Processing volume · Decisions")
    assert window.list_pane.count_label.text() == "2 candidates"
    click_folder(qtbot, window, "Inbox")  # a folder ends the drill-down
    assert window.list_pane.title_label.text() == "Inbox"
    assert window.list_pane.banner_label.isHidden()
    assert "Ana Cruz" not in names(window)


def test_a_label_of_more_than_a_page_shows_its_exact_count(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo, people: dict[str, int]
) -> None:
    many = [
        ws.intake.add_candidate(campaign.id, first_name=f"Bulk{i}", email=f"bulk{i}@example.com")
        for i in range(PAGE_SIZE + 36)
    ]
    with qtbot.waitSignal(window.recruiter_actions.workspace_changed, timeout=10000):
        # Paolo is in the Cebu campaign
        window.recruiter_actions.add_label([*many, people["Paolo"]], "Night shift")
    click_label(qtbot, window, "Night shift")
    assert window.list_pane.title_label.text() == "Night shift"
    qtbot.waitUntil(
        lambda: window.list_pane.count_label.text() == f"{PAGE_SIZE + 37} candidates",
        timeout=10000,
    )
    assert window.model.rowCount() == PAGE_SIZE  # one page loaded: the count is not the rows'
    combo = window.navigation.campaign_combo
    qtbot.keyClicks(combo, "Technical")  # the label's candidates in one campaign
    assert combo.currentText() == "Technical Support - Cebu"
    qtbot.waitUntil(lambda: window.list_pane.count_label.text() == "1 candidate", timeout=10000)
    assert names(window) == ["Paolo Garcia"]
