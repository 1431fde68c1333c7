"""Add Candidates driven as a recruiter would: drop a file, fix the mapping, import, add by hand."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.intake.add_candidate_dialog import AddCandidateDialog
from talkpush_desktop.views.intake.import_tab import ImportTab
from talkpush_desktop.views.main_window import MainWindow

ODD_FILE = (
    "Name,Family,Contact,Extra\n"
    "Lea,Reyes,lea@example.com,+63 917 123 4567\n"
    "Bad,Row,lea-at-example,\n"
    "Rico,Go,rico@example.com,0918 765 4321\n"
)


def open_dialog(qtbot: QtBot, window: MainWindow) -> AddCandidateDialog:
    qtbot.mouseClick(window.list_pane.add_button, Qt.MouseButton.LeftButton)
    dialog = window.add_candidate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.campaign_combo.currentText() == "Customer Service - Manila"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys go to the dialog
    return dialog


def drop_file(widget: QWidget, path: Path, *more: Path) -> None:
    """Drag ``path`` (and ``more``) over ``widget`` and drop it there (Qt delivers a drop only
    after an enter)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (path, *more)])
    with warnings.catch_warnings():  # PySide offers only the deprecated QPoint form
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def wait_preview(qtbot: QtBot, tab: ImportTab) -> None:
    qtbot.waitUntil(lambda: tab.preview is not None and tab._preview_job is None, timeout=10000)


def pick(tab: ImportTab, field: str, column: str) -> None:
    combo = tab.mapping_form.combos[field]
    combo.setCurrentIndex(combo.findText(column))


def inbox(window: MainWindow) -> int:
    return window.navigation.folder_list.count_of("Inbox")


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_csv_import_with_a_changed_mapping_and_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, qtmodeltester: object
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(ODD_FILE, encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    drop_file(tab.drop_zone, path)
    wait_preview(qtbot, tab)
    assert tab.drop_zone.text_label.text() == "odd.csv"
    assert "UTF-8 \N{MIDDLE DOT} comma \N{MIDDLE DOT} header row \N{MIDDLE DOT} 3 rows" in (
        tab.info_label.text()
    )
    model = tab.preview_model
    assert model.status_of(0).startswith("phone: ")  # the guess feeds "Contact" to the phone
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    pick(tab, "email", "Contact")
    qtbot.waitUntil(lambda: tab.preview is not None and tab.preview.mapping["email"] == 2)
    pick(tab, "phone", "Extra")
    qtbot.waitUntil(lambda: tab.preview is not None and tab.preview.mapping["phone"] == 3)
    wait_preview(qtbot, tab)
    assert tab.mapping_form.combos["email"].currentText() == "Contact"
    assert model.values_of(0)["email"] == "lea@example.com"
    assert model.values_of(0)["phone"] == "+63 917 123 4567"
    assert [model.status_of(r) for r in range(3)][::2] == ["OK", "OK"]
    assert model.status_of(1).startswith("email: ")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Row", "Status", "First name", "Last name", "Email"]
    assert tab.import_button.text() == "Import 3 rows"

    before = inbox(window)
    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert (summary.imported, summary.rejected) == (2, 1)
    dot = " \N{MIDDLE DOT} "
    assert tab.summary_label.text() == dot.join(
        ("2 imported", "0 duplicates", "1 rejected", "2 invited")
    )
    assert tab.rejects_button.isVisible() and Path(tab.rejects_report).is_file()
    qtbot.waitUntil(lambda: inbox(window) == before + 2)
    assert {"Rico Go", "Lea Reyes"} <= set(names(window))


def test_an_import_runs_in_the_background_with_progress_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = ["First,Last,Email"] + [f"P{i},Q{i},p{i}@example.com" for i in range(20_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.load_file(path)
    wait_preview(qtbot, tab)
    progress: list[tuple[int, int]] = []
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    job = tab.import_job
    assert job is not None
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    assert window.task_progress.isVisible() and tab.cancel_button.isVisible()
    qtbot.waitUntil(lambda: bool(progress), timeout=20000)
    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert summary.status == "cancelled"
    assert 0 < summary.rows_read < 20_000
    assert progress[0][1] == 20_000  # the preview's row count is the bar's total
    assert tab.summary_label.text().startswith("Cancelled after ")
    assert ws.candidates.count() == 5 + summary.imported  # whole chunks only
    qtbot.waitUntil(lambda: not window.task_progress.isVisible())
    assert tab.import_button.isEnabled()


def test_the_window_keeps_processing_events_during_a_20000_row_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = ["First,Last,Phone"] + [f"P{i},Q{i},0917{i:07d}" for i in range(20_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.load_file(path)
    wait_preview(qtbot, tab)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(clock.restart()))
    heartbeat.start()
    with qtbot.waitSignal(tab.import_finished, timeout=60000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    heartbeat.stop()
    assert finished.args[0].imported == 20_000
    assert len(ticks) >= 10, f"heartbeat ran {len(ticks)} times, longest gap {max(ticks)} ms"
    qtbot.waitUntil(lambda: inbox(window) == 20_005)


def test_manual_add_shows_the_engine_reason_then_adds_to_the_inbox(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    form = dialog.manual_tab
    qtbot.keyClicks(form.edits["first_name"], "Liza")
    qtbot.keyClicks(form.edits["last_name"], "Soberano")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.errors["email"].isVisible()
    assert form.errors["email"].text() == "Needs an email or a phone number"
    qtbot.keyClicks(form.edits["email"], "liza@")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.errors["email"].text().startswith("There must be something after the @")
    assert ws.candidates.count() == 5

    cv = tmp_path / "liza.pdf"
    cv.write_bytes(b"%PDF-1.4 cv")
    form.edits["cv"].setText(str(cv))
    form.edits["email"].clear()
    qtbot.keyClicks(form.edits["email"], "liza@example.com")
    qtbot.keyClicks(form.edits["referee_name"], "Lea Reyes")
    before = inbox(window)
    with qtbot.waitSignal(form.candidate_added, timeout=5000) as added:
        qtbot.keyClick(form.edits["email"], Qt.Key.Key_Return)
    assert not form.errors["email"].isVisible()
    assert form.message_label.text().startswith("Added Liza Soberano (ID ")
    assert form.edits["first_name"].text() == ""
    detail = ws.candidates.get(added.args[0])
    assert detail.row.source == "Manual"
    assert detail.referee["first_name"] == "Lea"
    assert (ws.data_dir / detail.cv_path).read_bytes() == b"%PDF-1.4 cv"
    assert inbox(window) == before + 1
    assert names(window)[0] == "Liza Soberano"
    assert window.statusBar().currentMessage() == "Added Liza Soberano"


def test_a_published_sheet_reimport_only_adds_new_rows(
    qtbot: QtBot, window: MainWindow, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    header = "Timestamp,Full name,Email,Phone\n"
    rows = [f"11/2{i}/2026 10:00:00,Person {i},p{i}@example.com,\n" for i in range(5)]
    published.write_text(header + "".join(rows[:3]), encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    tab = dialog.sheet_tab
    dialog.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.url_edit, url)
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, tab)
    assert tab.sheet_key_edit.text() == url
    assert tab.info_label.text().endswith("0 already imported, 3 new")
    with qtbot.waitSignal(tab.import_finished, timeout=20000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 already imported, 0 new" in tab.info_label.text())
    assert not tab.import_button.isEnabled()

    published.write_text(header + "".join(rows), encoding="utf-8")
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 already imported, 2 new" in tab.info_label.text(), timeout=10000)
    assert [tab.preview_model.values_of(r)["full_name"] for r in range(2)] == [
        "Person 3",
        "Person 4",
    ]
    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert (finished.args[0].imported, finished.args[0].already_imported) == (2, 3)


def test_the_file_menu_opens_the_same_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.add_candidate_action.trigger()
    dialog = window.add_candidate_dialog
    assert dialog is not None and dialog.isVisible()
    window.add_candidate_action.trigger()
    assert window.add_candidate_dialog is dialog
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.add_candidate_dialog is None)
