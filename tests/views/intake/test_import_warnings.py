"""The import tab says which rows the reader had to guess at: another encoding, text that
looks garbled, NUL bytes removed (in the preview, then in the import's summary)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.views.main_window import MainWindow
from tests.integration.test_cli_import_files import MIXED
from tests.views.intake.test_add_candidate_dialog import drop_file, open_dialog, wait_preview


def test_the_preview_and_summary_name_the_rows_read_with_a_warning(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    dialog = open_dialog(qtbot, window)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    drop_file(tab.drop_zone, path)
    wait_preview(qtbot, tab)
    model = tab.preview_model
    assert model.values_of(0)["first_name"] == "José"
    assert model.values_of(2)["first_name"] == "Inés"
    assert model.status_of(0) == "OK"
    assert model.status_of(2).startswith("OK \N{EM DASH} check First name: not UTF-8")
    assert "garbled" in model.status_of(3) and "NUL" in model.status_of(4)
    status = model.index(2, 1)
    assert model.data(status, Qt.ItemDataRole.ForegroundRole) != model.data(
        model.index(0, 1), Qt.ItemDataRole.ForegroundRole
    )
    assert "3 rows with warnings" in tab.info_label.text()

    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].warning_count == 3
    assert "3 warnings (see the report)" in tab.summary_label.text()
    assert tab.rejects_button.isVisible()
