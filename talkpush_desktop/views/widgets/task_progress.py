"""The status bar's progress indicator for background work, with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from talkpush_desktop.views.widgets.background import BackgroundRunner, Job
from talkpush_desktop.views.widgets.formatting import count_text


class TaskProgress(QWidget):
    """Shows the oldest queued or running job of a runner; hidden while the runner is idle."""

    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self._runner = runner
        self._job: Job | None = None
        self.label = QLabel()
        self.label.setObjectName("taskLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("taskBar")
        self.bar.setAccessibleName(self.tr("Background work progress"))
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel background work"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(8)
        layout.addStretch(1)  # pack to the right, whatever width the status bar gives
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.job_started.connect(self._on_runner_job_started)
        runner.idle.connect(self._show_next)
        self.hide()

    @property
    def job(self) -> Job | None:
        return self._job

    def _on_runner_job_started(self, _job: Job) -> None:
        if self._job is None:
            self._show_next()

    def _show_next(self) -> None:
        jobs = self._runner.jobs()
        self._job = jobs[0] if jobs else None
        if self._job is None:
            self.hide()
            return
        self._job.progressed.connect(self._update)
        self._job.finished.connect(self._on_job_finished)
        self.cancel_button.setEnabled(not self._job.cancel_requested)
        self._update()
        self.show()

    def _update(self) -> None:
        job = self._job
        if job is None:
            return
        self.bar.setRange(0, job.total if job.total > 0 else 0)  # 0..0: busy indicator
        if job.total > 0:
            self.bar.setValue(min(job.done, job.total))
        done = f" \N{EM DASH} {count_text(job.done)}" if job.done else ""
        queued = len(self._runner.jobs()) - 1
        more = self.tr(" (+{count} queued)").format(count=queued) if queued > 0 else ""
        self.label.setText(f"{job.title}{done}{more}")
        self.updateGeometry()

    def _on_job_finished(self) -> None:
        if self._job is not None:
            self._job.progressed.disconnect(self._update)
            self._job.finished.disconnect(self._on_job_finished)
        self._job = None
        self._show_next()

    def _on_cancel_button_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("{task} — cancelling…").format(task=self._job.title))
