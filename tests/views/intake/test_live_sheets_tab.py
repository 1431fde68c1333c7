"""The Google Form tab of the app's Add Candidates dialog takes a sheet's link, checks it
(columns against the seed's order, or the one-line reason it cannot be polled), registers
it, and lists each polled sheet's status; Poll now brings a new sign-up into the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.views.intake.test_add_candidate_dialog import inbox, open_dialog

HEADER = "Timestamp,Full name,Email,Phone\n"


def row(i: int) -> str:
    return f"11/2{i}/2026 10:00:00,Person {i},p{i}@example.com,\n"


def test_a_sheet_is_checked_registered_and_polled_from_the_tab(
    qtbot: QtBot, window: MainWindow, ws: Workspace, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.sheet_tab)
    panel = dialog.live_sheets
    qtbot.waitUntil(panel.isVisible)
    published.write_text("Email,Full name,Phone,Timestamp\n", encoding="utf-8")
    qtbot.keyClicks(panel.link_edit, url)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "column 1 is titled 'Email'" in panel.check_label.text())
    assert panel.model.rowCount() == 0 and ws.sheets.list_sheets() == []

    published.write_text(HEADER + row(0), encoding="utf-8")
    panel.every_spin.setValue(10)
    with qtbot.waitSignal(panel.sheets_changed, timeout=10000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    text = panel.check_label.text()
    assert "Polling every 10 min" in text and "Email \N{RIGHTWARDS ARROW} Email" in text
    assert panel.model.rowCount() == 1
    cells = [panel.model.item(0, c).text() for c in range(panel.model.columnCount())]
    assert cells[:3] == ["Customer Service - Manila", url, "10 min"]
    assert cells[5] in ("new", "ok")  # "ok" if the window's sync worker polled it already

    before = inbox(window)
    published.write_text(HEADER + row(0) + row(1), encoding="utf-8")
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.sheets_changed, timeout=20000):
        qtbot.mouseClick(panel.poll_button, Qt.MouseButton.LeftButton)
    # the row comes in once, by this poll or by the window's sync worker if it was first
    assert panel.check_label.text().startswith("Sheet polled: ")
    assert panel.model.item(0, 4).text() == "2" and panel.model.item(0, 5).text() == "ok"
    assert panel.model.item(0, 3).text() != "never"
    qtbot.waitUntil(lambda: inbox(window) == before + 2)

    published.unlink()  # the sheet goes away: its status says why
    with qtbot.waitSignal(panel.sheets_changed, timeout=20000):
        qtbot.mouseClick(panel.poll_button, Qt.MouseButton.LeftButton)
    assert panel.model.item(0, 5).text().startswith("error: the sheet could not be downloaded")
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.sheets_changed):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and ws.sheets.list_sheets() == []
