"""The weekly statistics email while the window is open: shortly after it opens (a machine
that was off on Monday morning sends then) and every few minutes, the window asks
``ws.weekly_email.due()`` and, when a week's emails are due, draws their charts on the Qt
thread (where the Analytics chart cards can be drawn) and sends them (``send_due``) on a
background worker. The
engine makes each email once per user and week, so the CLI's ``weekly-email send-due`` and
another open window never send it twice."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000
"""After the window opens (its first paint and the sync come first)."""
CHECK_MS = 10 * 60_000


class WeeklyEmailCheck(QObject):
    """Signals:
    sent(object): the ``SendReport`` of emails just made and sent.
    """

    sent = Signal(object)

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
        try:
            self.check()
        except (WorkspaceError, OSError) as exc:  # tried again at the next check
            log.warning("weekly statistics email: %s", exc)

    def check(self, now: datetime | None = None) -> Job | None:
        """When the due week's emails are due, draw their charts here (the Qt thread) and
        send them on a background worker (an unreachable SMTP server never freezes the
        window); the job, or None when nothing is due or a send is still running."""
        weekly = self._ws.weekly_email
        if self._ws.closed or self._runner.busy or not weekly.due(now):
            return None
        from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts

        board, zone = weekly.due_board(now)
        drawn = render_weekly_charts(board, zone)
        weekly.renderer = lambda b, _zone: drawn if b.days == board.days else []
        job = self._runner.submit(
            self.tr("Weekly statistics email"), lambda _job: weekly.send_due(now)
        )
        job.succeeded.connect(self.sent)
        job.failed.connect(lambda reason: log.warning("weekly statistics email: %s", reason))
        return job

    def stop(self) -> None:
        self._timer.stop()
        self._runner.shutdown()
