"""The weekly statistics email while the window is open: shortly after it opens (a machine
that was off on Monday morning sends then) and every few minutes, the window asks
``ws.weekly_email.due()`` and, when a week's emails are due, draws their charts and sends
them (``send_due``) on the Qt thread, where the Analytics chart cards can be drawn. The
engine makes each email once per user and week, so the CLI's ``weekly-email send-due`` and
another open window never send it twice."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.sharing.weekly_email import SendReport
from talkpush_desktop.engine.workspace import Workspace

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000
"""After the window opens (its first paint and the sync come first)."""
CHECK_MS = 10 * 60_000


class WeeklyEmailCheck(QObject):
    """Signals:
    sent(object): a :class:`SendReport` of emails just made and sent.
    """

    sent = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self, self._on_timer_timeout)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        try:
            self.check()
        except (WorkspaceError, OSError) as exc:  # tried again at the next check
            log.warning("weekly statistics email: %s", exc)

    def check(self, now: datetime | None = None) -> SendReport | None:
        """Send the due week's emails if any are due; the report, or None if none were."""
        if self._ws.closed or not self._ws.weekly_email.due(now):
            return None
        from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts

        self._ws.weekly_email.renderer = render_weekly_charts
        report = self._ws.weekly_email.send_due(now)
        self.sent.emit(report)
        return report
