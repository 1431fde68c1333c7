"""The status bar's "Save report..." button after a bulk send that skipped candidates."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.operations import Sent

SAVE_REPORT = QT_TRANSLATE_NOOP("SendReportButton", "Save report…")
REPORT_HEADER = ("candidate_id", "reason")


def write_report(path: Path, skipped: tuple[tuple[int, str], ...]) -> Path:
    """Write who was skipped and why as CSV (candidate id, reason)."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(REPORT_HEADER)
        writer.writerows(skipped)
    return path


class SendReportButton(QToolButton):
    """Offers the skipped candidates of the last bulk send as a CSV file; hidden otherwise.

    Signals:
        saved(str): the report was written to this path.
        failed(str): it could not be written; carries why.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, folder: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkButton")
        self.setText(self.tr(SAVE_REPORT))
        self.setAccessibleName(self.tr("Save the report of skipped candidates"))
        self.setToolTip(self.tr("A CSV file of the candidates skipped and why"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._folder = folder
        self._sent: Sent | None = None
        self.clicked.connect(self._on_clicked)
        self.hide()

    @property
    def sent(self) -> Sent | None:
        """The send whose report is offered (None: nothing to report)."""
        return self._sent

    def offer(self, sent: Sent | None) -> None:
        """Offer the report of ``sent`` when it skipped someone; hide otherwise."""
        self._sent = sent if sent is not None and sent.skipped else None
        self.setVisible(self._sent is not None)

    def default_path(self) -> Path:
        return self._folder() / f"skipped-{datetime.now():%Y%m%d-%H%M%S}.csv"

    def save(self, path: Path) -> Path | None:
        """Write the offered report to ``path``."""
        if self._sent is None:
            return None
        write_report(path, self._sent.skipped)
        self.saved.emit(str(path))
        return path

    def _on_clicked(self) -> None:
        if self._sent is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Save report"),
            str(self.default_path()),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            try:
                self.save(Path(chosen))
            except OSError as exc:
                self.failed.emit(
                    self.tr("the report was not saved: {reason}").format(reason=exc.strerror or exc)
                )
