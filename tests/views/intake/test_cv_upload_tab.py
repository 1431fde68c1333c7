"""Add Candidates ▸ CV upload on the window the app builds: CVs dropped, the review table
corrected, imported in the background as one batch, the candidates in the list, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.cv_samples import generate

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.intake.cv_review_model import EMAIL, MISSING
from talkpush_desktop.views.main_window import MainWindow
from tests.views.intake.test_add_candidate_dialog import drop_file, inbox, names, open_dialog


def test_dropped_cvs_are_reviewed_fixed_imported_and_undone(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path, qtmodeltester: object
) -> None:
    samples = generate(tmp_path / "cvs", 6)
    no_email = tmp_path / "no-email.txt"
    no_email.write_text("CURRICULUM VITAE\nLea Bautista\nMobile: 0917 555 0199\n", "utf-8")
    no_contact = tmp_path / "no-contact.txt"
    no_contact.write_text("RESUME\nName: Rico Go\n", "utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"\x00\x01\x02 not a document \x00")
    dialog = open_dialog(qtbot, window)
    tab = dialog.cv_tab
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "CV upload"
    drop_file(tab, tmp_path / "cvs", no_email, no_contact, broken)
    assert tab.job is not None and tab.cancel_button.isVisible()
    qtbot.waitUntil(lambda: tab.job is None, timeout=20000)
    model = tab.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 8
    assert 'Not read: Cannot import "broken.pdf"' in tab.status_label.text()
    files = [model.index(r, 0).data() for r in range(8)]
    row = files.index("no-email.txt")
    assert model.index(row, 1).data() == "Lea Bautista"
    assert model.index(row, MISSING).data() == "email"
    contactless = files.index("no-contact.txt")
    red = model.index(contactless, MISSING).data(Qt.ItemDataRole.ForegroundRole)
    assert red != model.index(row, MISSING).data(Qt.ItemDataRole.ForegroundRole)

    table = tab.table  # the recruiter types the missing email into the cell
    cell = model.index(row, EMAIL)
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, "lea.bautista@example.com")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, MISSING).data() == "")
    assert model.index(row, EMAIL).data() == "lea.bautista@example.com"

    before = inbox(window)
    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert summary.imported == 7
    assert all(Path(item["file"]).name != "no-email.txt" for item in summary.needs_review)
    assert {"file": str(no_contact), "missing": ["email", "phone"]} in summary.needs_review
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["no-contact.txt"]
    assert "1 left here without an email or phone" in tab.status_label.text()
    qtbot.waitUntil(lambda: inbox(window) == before + 7)
    expected = {f"{s.first_name} {s.last_name}" for s in samples} | {"Lea Bautista"}
    qtbot.waitUntil(lambda: expected <= set(names(window)))
    lea = next(i for i in ws.candidates.ids() if ws.candidates.get(i).row.first_name == "Lea")
    assert ws.candidates.get(lea).row.email == "lea.bautista@example.com"

    qtbot.waitUntil(tab.undo_button.isEnabled)
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox(window) == before, timeout=20000)
    assert "Removed 7 candidates." in tab.status_label.text()
    assert not expected & set(names(window))


def test_reading_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    generate(tmp_path / "cvs", 60)
    dialog = open_dialog(qtbot, window)
    tab = dialog.cv_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.add_files([tmp_path / "cvs"])
    job = tab.job
    assert job is not None and tab.progress_bar.isVisible()
    with qtbot.waitSignal(job.progressed, timeout=20000) as progressed:
        pass
    assert progressed.args[1] == 60 and tab.progress_bar.maximum() == 60
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.job is None, timeout=20000)
    assert 0 < tab.model.rowCount() < 60
    assert "CVs read (cancelled)" in tab.status_label.text()
    assert not tab.cancel_button.isVisible() and tab.import_button.isEnabled()
