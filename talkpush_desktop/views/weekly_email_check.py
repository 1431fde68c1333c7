"""The weekly statistics email while the window is open: shortly after it opens (a machine
that was off on Monday morning sends then) and every few minutes. Each check runs on the
background worker: ``ws.weekly_email.due()`` and, when a week's emails are due, the week's
dashboard (``due_board``). Back on the Qt thread only the two charts are drawn (they are the
Analytics window's pyqtgraph chart cards, which are widgets and live on the Qt thread), and
the worker then makes and sends the emails (``send_due``). The engine makes each email once
per user and week, so the CLI's ``weekly-email send-due`` and another open window never
send it twice."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000
"""After the window opens (its first paint and the sync come first)."""
CHECK_MS = 10 * 60_000


class WeeklyEmailCheck(QObject):
    """Signals:
    sent(object): the ``SendReport`` of emails just made and sent.
    checked(bool): a check found emails due (True: a send follows) or nothing to do.
    """

    sent = Signal(object)
    checked = Signal(bool)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._runner = BackgroundRunner(self)

    def start(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self, self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.check()

    def check(self, now: datetime | None = None) -> Job | None:
        """Ask on the worker whether a week's emails are due (and read its dashboard when
        they are); the job, or None while a check or a send is still running."""
        if self._ws.closed or self._runner.busy:
            return None
        weekly = self._ws.weekly_email

        def due_board(_job: object) -> tuple[Dashboard, str] | None:
            return weekly.due_board(now) if weekly.due(now) else None

        job = self._runner.submit("Weekly statistics email", due_board)
        job.succeeded.connect(lambda found: self._on_due_board_read(found, now))
        job.failed.connect(self._on_job_failed)
        return job

    def _on_due_board_read(self, found: tuple[Dashboard, str] | None, now: datetime | None) -> None:
        self.checked.emit(found is not None)
        if found is None or self._ws.closed:
            return
        from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts

        board, zone = found
        drawn = render_weekly_charts(board, zone)  # widgets: the Qt thread's part
        weekly = self._ws.weekly_email
        weekly.renderer = lambda b, _zone: drawn if b.days == board.days else []
        job = self._runner.submit(
            self.tr("Weekly statistics email"), lambda _job: weekly.send_due(now)
        )
        job.succeeded.connect(self.sent)
        job.failed.connect(self._on_job_failed)

    def _on_job_failed(self, reason: str) -> None:  # tried again at the next check
        log.warning("weekly statistics email: %s", reason)

    def stop(self) -> None:
        self._timer.stop()
        self._runner.shutdown()
