"""Add Candidates ▸ CV upload: drop many CVs (PDF, DOCX, DOC, TXT) or folders, check the
name, email and phone found in each in the review table (fixing what extraction missed),
then import them all as one batch that Undo takes back out.

Reading and importing run on the recruiter actions' worker with progress and cancel; the
engine does the reading and the rules (:mod:`engine.intake.cv_import`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.intake.cv_review_model import CvReviewModel
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.widgets.background import Job

CV_PATTERNS = "*.pdf *.docx *.doc *.txt *.rtf"


class CvUploadTab(QWidget):
    """Drop or choose CVs, review the fields found, import them as one batch.

    Signals:
        import_finished(object): an import ended (its CvImportSummary).
    """

    import_finished = Signal(object)

    def __init__(self, intake: IntakeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cvUploadTab")
        self.setAcceptDrops(True)
        self._intake = intake
        self._campaign: int | None = None
        self.job: Job | None = None
        self.batch_id: int | None = None
        hint = QLabel(
            self.tr(
                "Drop CVs or folders of CVs here (PDF, DOCX, DOC, TXT). The name, email and "
                "phone found in each are shown below: fix what is missing, then import. A CV "
                "needs an email or a phone to become a candidate."
            )
        )
        hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose files\u2026"))
        self.choose_button.setAccessibleName(self.tr("Choose CV files"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.model = CvReviewModel()
        self.table = QTableView()
        self.table.setObjectName("cvReviewTable")
        self.table.setAccessibleName(self.tr("CVs to import"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("cvUploadStatus")
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("CV progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel reading the CVs"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import the CVs"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setAccessibleName(self.tr("Undo the CV import"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self._lay_out(hint)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _lay_out(self, hint: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.choose_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.progress_bar)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def set_campaign(self, campaign_id: int | None) -> None:
        self._campaign = campaign_id
        self._update_buttons()

    def add_files(self, paths: Sequence[Path]) -> None:
        """Read ``paths`` (files or folders) in the background into the review table."""
        if self._campaign is None or self.job is not None or not paths:
            return
        self.status_label.setText(self.tr("Reading CVs\u2026"))
        self._start(self._intake.read_cvs(list(paths), self._campaign), self._on_read)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def _start(self, job: Job, on_success: Any) -> None:
        self.job = job
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(on_success)
        job.failed.connect(self.status_label.setText)
        job.cancelled.connect(lambda: self.status_label.setText(self.tr("Cancelled")))
        job.finished.connect(self._on_job_finished)
        self._update_buttons()

    def _on_choose_button_clicked(self) -> None:
        cv_filter = self.tr("CVs ({patterns});;All files (*)").format(patterns=CV_PATTERNS)
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose CVs"), "", cv_filter)
        self.add_files([Path(n) for n in names])

    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(min(done, total) if total else 0)

    def _on_read(self, result: tuple[list[Any], list[str]]) -> None:
        entries, unreadable = result
        self.model.add(entries)
        review = sum(1 for e in self.model.entries if e.missing)
        n = QLocale().toString
        if self.job is not None and self.job.cancel_requested:
            read = self.tr("{count} CVs read (cancelled), {review} need review.")
        else:
            read = self.tr("{count} CVs read, {review} need review.")
        lines = [read.format(count=n(len(self.model.entries)), review=n(review))]
        lines += [self.tr("Not read: {reason}").format(reason=line) for line in unreadable]
        self.status_label.setText("\n".join(lines))

    def _on_import_button_clicked(self) -> None:
        if self._campaign is None or self.job is not None:
            return
        entries = self.model.entries
        self.status_label.setText(self.tr("Importing\u2026"))
        self._start(self._intake.import_cvs(entries, self._campaign), self._on_imported)

    def _on_imported(self, summary: Any) -> None:
        self.batch_id = summary.batch_id
        left = [e for e in self.model.entries if not (e.fields.email or e.fields.phone)]
        self.model.clear()
        self.model.add(left)  # not imported: still here to be given an email or a phone
        n = QLocale().toString
        said = self.tr("Imported {count} candidates (batch {batch}); {review} CVs need review")
        said = said.format(
            count=n(summary.imported), batch=summary.batch_id, review=n(len(summary.needs_review))
        )
        if left:
            said += self.tr(", {count} left here without an email or phone.").format(
                count=n(len(left))
            )
        else:
            said += "."
        self.status_label.setText(said)
        self.import_finished.emit(summary)

    def _on_undo_button_clicked(self) -> None:
        if self.batch_id is None or self.job is not None:
            return
        self._start(self._intake.undo_import(self.batch_id), self._on_undone)

    def _on_undone(self, undone: Any) -> None:
        self.batch_id = None
        self.status_label.setText(
            self.tr("Removed {count} candidates.").format(count=QLocale().toString(undone.removed))
        )

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_job_finished(self) -> None:
        self.job = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        for widget in (self.progress_bar, self.cancel_button):
            widget.setVisible(busy)
        self.choose_button.setEnabled(not busy and self._campaign is not None)
        self.import_button.setEnabled(
            not busy and self._campaign is not None and bool(self.model.entries)
        )
        self.undo_button.setEnabled(not busy and self.batch_id is not None)
