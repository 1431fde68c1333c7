"""The filter panel: source, date added, completed, labels, then Reset."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.list_scope import ListScope, Refinements
from talkpush_desktop.views.main_window import MainWindow
from tests.views.test_main_window import click_folder, names

EVERYONE = ["Paolo Garcia", "Mark Lim", "Ana Cruz", "Jose Reyes", "Maria Santos"]


def test_source_dates_completed_labels_then_reset(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, window: MainWindow
) -> None:
    ws.intake.add_candidate(
        campaign.id, first_name="Ivy", last_name="Tan", email="i@x.org", source="Indeed"
    )
    pane = window.list_pane
    panel = pane.filter_panel
    qtbot.mouseClick(pane.filter_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    panel.source_combo.setCurrentIndex(panel.source_combo.findText("Indeed"))
    assert names(window) == ["Ivy Tan"]
    assert pane.count_label.text() == "1 found" and pane.filter_button.text().endswith("1")
    panel.source_combo.setCurrentIndex(panel.source_combo.findText("Manual"))
    assert names(window) == EVERYONE
    tomorrow = date.today() + timedelta(days=1)
    panel.from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert names(window) == [] and pane.empty_label.text().startswith("Nobody in Inbox")
    panel.from_edit.setDate(QDate.currentDate().addDays(-1))
    panel.to_edit.setDate(QDate.currentDate().addDays(1))
    assert names(window) == EVERYONE
    panel.completed_combo.setCurrentIndex(panel.completed_combo.findText("Completed"))
    assert names(window) == []
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["Ivy Tan", *EVERYONE]
    assert window.scope.refine == Refinements() and pane.filter_button.text() == "Filter"


def test_completed_and_labels_narrow_a_folder(
    qtbot: QtBot, ws: Workspace, window: MainWindow, people: dict[str, int]
) -> None:
    ws.candidates.move([people["Mark"], people["Ana"], people["Jose"]], "Shortlisted")
    ws.interview.complete(people["Mark"])
    ws.interview.complete(people["Ana"])
    click_folder(qtbot, window, "Shortlisted")
    panel = window.list_pane.filter_panel
    panel.completed_combo.setCurrentIndex(panel.completed_combo.findText("Completed"))
    assert names(window) == ["Mark Lim", "Ana Cruz"]
    [bilingual] = [a for a in panel.labels_menu.actions() if a.text() == "Bilingual"]
    bilingual.trigger()
    assert names(window) == ["Ana Cruz"] and panel.labels_button.text() == "1 label"
    panel.completed_combo.setCurrentIndex(panel.completed_combo.findText("Not completed"))
    assert names(window) == []
    panel.reset()
    assert names(window) == ["Mark Lim", "Ana Cruz", "Jose Reyes"]


def test_list_scope_turns_refinements_into_a_filter() -> None:
    refine = Refinements(
        source="Indeed",
        added_from=date(2026, 1, 2),
        added_to=date(2026, 1, 2),
        completed=False,
        labels=("Bilingual", "Priority"),
    )
    scope = ListScope(campaign_id=3, folder="On Hold", refine=refine)
    f = scope.to_filter()
    assert f.folder is not None and f.folder.value == "On Hold" and scope.narrowed
    assert f.labels == ("Bilingual", "Priority")
    assert (f.added_from, f.added_to) == (datetime(2026, 1, 2), datetime(2026, 1, 3))
    assert f.source == "Indeed" and f.completed is False and refine.active == 4
    by_label = scope.with_(label="Priority").to_filter()  # a label spans folders
    assert by_label.folder is None and by_label.labels == ("Priority", "Bilingual")


def test_panel_and_bulk_bar_widgets_have_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.list_pane.filter_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    shown = [window.list_pane.filter_panel, window.list_pane.bulk_bar]
    assert all(part.isVisible() for part in shown)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for part in shown
        for kind in kinds
        for w in part.findChildren(kind)
        if w.isVisibleTo(window) and not w.accessibleName()
    ]
    assert unnamed == []
