"""The window noticing writes made by other processes: the CLI, ``sync``, the API server.

:class:`ChangeWatcher` asks ``ws.changes.changed()`` every :data:`POLL_MS` on a thread of
its own (one cheap read, never on the UI thread) and emits ``changed`` when another process
wrote; the window then refreshes counts, list and the open profile as after the sync
worker's changes. So a change reaches the screen within a poll and a refresh, and a burst of
writes (an import, a busy API server) is at most one refresh per poll. The window's own
writes do not count: each refresh starts with ``ws.changes.mark_seen()``.

Started by ``run_window`` (like the sync), or by a test; :meth:`close` stops it.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from talkpush_desktop.engine.workspace import Workspace

log = logging.getLogger(__name__)

POLL_MS = 500


class ChangeWatcher(QObject):
    """Signals:
    changed: another process changed the workspace (at most once per poll).
    """

    changed = Signal()
    _polled = Signal(bool)

    def __init__(self, ws: Workspace, parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self._ws = ws
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="change-watch")
        self._polling = False
        self._closed = False
        self._polled.connect(self._on_polled, Qt.ConnectionType.QueuedConnection)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if not self._closed:
            self._timer.start()

    def mark_seen(self) -> None:
        """A refresh begins: what is committed now will be on screen (one cheap read, which
        also opens the watch at the window's first fill, before the polls start)."""
        if self._closed:
            return
        try:
            self._ws.changes.mark_seen()
        except Exception:  # an unreachable database: the refresh says so, not this
            log.warning("could not mark the workspace's changes as seen", exc_info=True)

    def close(self) -> None:
        """Stop polling and wait for a poll in flight (the window is closing)."""
        self._closed = True
        self._timer.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _on_timer_timeout(self) -> None:
        if not self._polling:  # a slow poll is never queued behind another
            self._polling = True
            self._executor.submit(self._poll)

    def _poll(self) -> None:
        try:
            changed = self._ws.changes.changed()
        except Exception:  # a closing or unreachable database: look again next time
            log.warning("could not check the workspace for changes", exc_info=True)
            changed = False
        self._polled.emit(changed)

    def _on_polled(self, changed: bool) -> None:
        self._polling = False
        if changed and not self._closed:
            self.changed.emit()
