"""The sync worker in the window: sending the outbox and pulling replies while the app runs.

:class:`OutboxSync` runs the engine's :class:`SyncWorker` as an asyncio task in the app's
qasync loop (the worker keeps database and network work on threads of its own, so the
window never waits on them). What the worker reports becomes Qt signals:

- ``changed``, at most once per ``interval_ms``: something was sent, failed or received, so
  the list, the conversation and the simulator refresh (a burst of 100 sends is one refresh);
- ``status_changed``: the status bar's "Outbox: 3 queued \N{MIDDLE DOT} 1 failed", or
  "Offline: Twilio could not be reached" while a provider cannot be reached;
- ``received``: how many replies just came in.

``wake`` makes the worker start a round now (after a reply in the simulator), ``reload``
after the provider settings changed; ``stop`` ends it cleanly when the window closes.
Without a running loop (tests, the screenshot) nothing starts and the signals still work,
so a test can drive a worker itself and call :meth:`notify`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from talkpush_desktop.engine.enums import DeliveryState
from talkpush_desktop.engine.workspace import Workspace

if TYPE_CHECKING:  # the worker (and its providers) is imported once the window is up
    from talkpush_desktop.engine.messaging.inbound import Received
    from talkpush_desktop.engine.messaging.sync import SyncWorker

log = logging.getLogger(__name__)

INTERVAL_MS = 700
"""The window refreshes at most this often from the worker's changes."""
POLL_MS = 2000
"""How often the worker's report is checked for a provider that cannot be reached."""
OFFLINE_FORGET = 20.0
"""Seconds without a new "could not be reached" before the status says online again
(longer than the worker's 15 s between pulls, which report it again while it lasts)."""
RESTART_DELAY = 5.0
"""After the worker stopped on an unexpected error, wait this long before starting again."""
STOP_TIMEOUT = 10.0
DOT = " \N{MIDDLE DOT} "

WorkerFactory = Callable[..., "SyncWorker"]


def outbox_text(counts: dict[str, int]) -> str:
    """ "Outbox: 3 queued · 1 failed", or "Outbox: all sent"."""
    waiting = counts.get(DeliveryState.QUEUED, 0) + counts.get(DeliveryState.SENDING, 0)
    failed = counts.get(DeliveryState.FAILED, 0)
    parts = []
    if waiting:
        parts.append(
            QCoreApplication.translate("OutboxSync", "{count} queued").format(count=f"{waiting:,}")
        )
    if failed:
        parts.append(
            QCoreApplication.translate("OutboxSync", "{count} failed").format(count=f"{failed:,}")
        )
    if not parts:
        return QCoreApplication.translate("OutboxSync", "Outbox: all sent")
    return QCoreApplication.translate("OutboxSync", "Outbox: {counts}").format(
        counts=DOT.join(parts)
    )


def _sync_worker(ws: Workspace, **kwargs: Any) -> SyncWorker:
    """The engine's worker, imported when the sync starts: not on the first paint's path."""
    from talkpush_desktop.engine.intake.feeds import Feeds
    from talkpush_desktop.engine.messaging.sync import SyncWorker

    return SyncWorker(ws.context, feeds=Feeds(ws.context), **kwargs)


class OutboxSync(QObject):
    """Signals:
    changed: the worker changed the workspace (rate-limited).
    status_changed(str, str): the status text and its level ("ok", "warn", "offline").
    received(int): replies that just came in.
    """

    changed = Signal()
    status_changed = Signal(str, str)
    received = Signal(int)
    _poked = Signal()
    _counted = Signal(object)
    _replied = Signal(int)

    def __init__(
        self,
        ws: Workspace,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        worker_factory: WorkerFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._factory = worker_factory or _sync_worker
        self.worker: SyncWorker | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._quit = False
        self._reload = False
        self._pending = False
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(interval_ms)
        self._throttle.timeout.connect(self._on_throttle_timeout)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_report)
        self._counts: dict[str, int] = {}
        self._offline = ""
        self._error = ""  # why the worker stopped, until it makes progress again
        self._offline_seen = 0
        self._offline_at = 0.0
        self._status = ("", "ok")
        self._counter = ThreadPoolExecutor(1, thread_name_prefix="outbox-status")
        self._counting = False
        self._count_again = False
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._poked.connect(self._on_poked, queued)
        self._counted.connect(self._on_counted, queued)
        self._replied.connect(self.received, queued)

    # -- state -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def status(self) -> tuple[str, str]:
        """The last status shown: text and level."""
        return self._status

    @property
    def offline_reason(self) -> str:
        return self._offline

    # -- from the worker (any thread) ------------------------------------------------------

    def notify(self) -> None:
        """The workspace changed in the background (the worker's ``on_change``)."""
        self._poked.emit()

    def notify_received(self, items: Sequence[Received]) -> None:
        """Replies came in (the worker's ``on_received``)."""
        self._replied.emit(len(items))

    # -- running ---------------------------------------------------------------------------

    def start(self) -> asyncio.Task[None]:
        """Start the worker as a task of the running asyncio loop (qasync in the app)."""
        if self._task is not None and not self._task.done():
            return self._task
        self._quit = False
        self._task = asyncio.get_running_loop().create_task(self._supervise())
        self._poll.start()
        self.refresh_status()
        return self._task

    def wake(self) -> None:
        """Start a round now: deliver what is due and pull replies."""
        if self._wake is not None:
            self._wake.set()

    def reload(self) -> None:
        """The provider settings changed: rebuild the providers before the next round."""
        self._reload = True
        self._offline = self._error = ""
        self.wake()
        self.refresh_status()

    async def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop after the request in flight (or cancel after ``timeout``) and close."""
        self._quit = True
        self._poll.stop()
        self.wake()
        task, self._task = self._task, None
        if task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.worker is not None:
            self.worker.close()
            self.worker = None

    async def _supervise(self) -> None:
        while not self._quit:
            if self.worker is None:
                self.worker = self._factory(
                    self._ws, on_change=self.notify, on_received=self.notify_received
                )
            if self._reload:
                self._reload = False
                self.worker.reload()
            self._wake = asyncio.Event()
            try:
                await self.worker.run(stop=self._wake)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep the app sending: log, say so, start again
                log.exception("the sync worker stopped")
                self._error = self.tr("Sync stopped: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
                self._show()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), RESTART_DELAY)

    # -- to the window ---------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Count the outbox again (on a thread of its own) and update the status."""
        if self._closed:
            return
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        self._counter.submit(self._count)

    def count_now(self) -> None:
        """Count the outbox on this thread and show it (the screenshot, which cannot wait)."""
        self._on_counted(self._ws.messaging.outbox_attention())

    def _count(self) -> None:
        try:
            counts: object = self._ws.messaging.outbox_attention()
        except Exception as exc:  # a locked or closing database: say so, keep going
            counts = exc
        self._counted.emit(counts)

    def _on_counted(self, counts: object) -> None:
        self._counting = False
        if isinstance(counts, dict):
            self._counts = counts
        self._show()
        if self._count_again:
            self._count_again = False
            self.refresh_status()

    def close(self) -> None:
        """Wait for a count in flight (the window is closing)."""
        self._closed = True
        self._poll.stop()
        self._throttle.stop()
        self._counter.shutdown(wait=True, cancel_futures=True)

    def _on_poked(self) -> None:
        if self._closed:  # a poke queued before the window closed: its workspace may be gone
            return
        if self._throttle.isActive():
            self._pending = True
            return
        self._emit_changed()
        self._throttle.start()

    def _on_throttle_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self._emit_changed()
            self._throttle.start()

    def _emit_changed(self) -> None:
        self._error = ""
        self._check_report()
        self.changed.emit()
        self.refresh_status()

    def _check_report(self) -> None:
        """Offline while the worker keeps reporting a provider it cannot reach."""
        if self.worker is None:
            return
        offline = self.worker.report.offline
        now = time.monotonic()
        if len(offline) > self._offline_seen:
            self._offline_seen = len(offline)
            self._offline, self._offline_at = offline[-1], now
        elif self._offline and now - self._offline_at > OFFLINE_FORGET:
            self._offline = ""
        self._show()

    def _show(self) -> None:
        if self._error:
            self._set_status(self._error, "offline")
            return
        if self._offline:
            reason = self._offline[:1].upper() + self._offline[1:]
            self._set_status(self.tr("Offline: {reason}").format(reason=reason), "offline")
            return
        failed = self._counts.get(DeliveryState.FAILED, 0)
        self._set_status(outbox_text(self._counts), "warn" if failed else "ok")

    def _set_status(self, text: str, level: str) -> None:
        if (text, level) != self._status:
            self._status = (text, level)
            self.status_changed.emit(text, level)


class OutboxIndicator(QLabel):
    """The status bar's outbox line: counts, or why sending is offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxStatus")
        self.setAccessibleName(self.tr("Outbox status"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.show_status(self.tr("Outbox"), "ok")

    def show_status(self, text: str, level: str) -> None:
        self.setText(text)
        self.setToolTip(
            text
            if level != "ok"
            else self.tr(
                "{status}. Messages are sent in the background while the window is open."
            ).format(status=text)
        )
        self.setAccessibleDescription(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
