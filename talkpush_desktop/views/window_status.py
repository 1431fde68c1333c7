"""The main window's status bar: the outcome of a bulk send with its "Save report..."
button, the background task's progress, the outbox indicator, new replies and failures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from talkpush_desktop.views.chat.outbox_sync import OutboxIndicator, OutboxSync
from talkpush_desktop.views.chat.send_report import SendReportButton
from talkpush_desktop.views.widgets.formatting import count_text
from talkpush_desktop.views.widgets.operations import RecruiterActions, Sent
from talkpush_desktop.views.widgets.task_progress import TaskProgress

STATUS_TIMEOUT_MS = 6000
REPORT_TIMEOUT_MS = 60000
"""How long a bulk send's outcome stays, with its "Save report..." button, when it skipped
candidates."""


class WindowStatus(QObject):
    """Fills ``status_bar`` with its permanent widgets and the messages of the window's
    recruiter actions and outbox sync; ``reports_dir`` is where send reports are offered."""

    def __init__(
        self,
        status_bar: QStatusBar,
        reports_dir: Callable[[], Path],
        recruiter_actions: RecruiterActions,
        outbox_sync: OutboxSync,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        status_bar.setAccessibleName(self.tr("Status"))
        self.send_report = SendReportButton(reports_dir)
        status_bar.addPermanentWidget(self.send_report)
        self.task_progress = TaskProgress(recruiter_actions.runner)
        status_bar.addPermanentWidget(self.task_progress)
        self.outbox_indicator = OutboxIndicator()
        status_bar.addPermanentWidget(self.outbox_indicator)
        recruiter_actions.messages_sent.connect(self._on_recruiter_actions_messages_sent)
        status_bar.messageChanged.connect(self._on_status_bar_message_changed)
        self.send_report.saved.connect(self._on_send_report_saved)
        self.send_report.failed.connect(self._on_recruiter_actions_action_failed)
        recruiter_actions.action_failed.connect(self._on_recruiter_actions_action_failed)
        outbox_sync.status_changed.connect(self.outbox_indicator.show_status)
        outbox_sync.received.connect(self._on_outbox_sync_received)

    def _on_recruiter_actions_messages_sent(self, sent: object) -> None:
        if not isinstance(sent, Sent):
            return
        self.send_report.offer(sent)
        if sent.skipped:  # long enough to reach "Save report..."
            self._status_bar.showMessage(sent.description, REPORT_TIMEOUT_MS)

    def _on_status_bar_message_changed(self, text: str) -> None:
        sent = self.send_report.sent
        if sent is not None and text != sent.description:
            self.send_report.offer(None)

    def _on_send_report_saved(self, path: str) -> None:
        self._status_bar.showMessage(
            self.tr("Report saved to {path}").format(path=path), STATUS_TIMEOUT_MS
        )

    def _on_outbox_sync_received(self, count: int) -> None:
        text = self.tr("1 new reply") if count == 1 else self.tr("{count} new replies")
        self._status_bar.showMessage(text.format(count=count_text(count)), STATUS_TIMEOUT_MS)

    def _on_recruiter_actions_action_failed(self, reason: str) -> None:
        self._status_bar.showMessage(
            self.tr("Not done: {reason}").format(reason=reason), STATUS_TIMEOUT_MS
        )
