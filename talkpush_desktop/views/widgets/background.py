"""Long engine work off the UI thread: one serial worker, progress, cancel, results by signal.

``BackgroundRunner.submit`` queues a function on a single worker thread, so engine writes
never overlap (SQLite has one writer) and the next job waits for the one before. The
function gets a :class:`JobContext` to report progress and to ask whether the user
cancelled. The :class:`Job` handed back lives on the UI thread; the worker reaches it only
through a queued signal, so every public signal fires on the UI thread, whichever event
loop runs it (qasync in the app, plain Qt under pytest-qt).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.intake.csv_source import IntakeFileError
from talkpush_desktop.views.widgets.engine_errors import error_text

log = logging.getLogger(__name__)

EXPECTED_ERRORS = (WorkspaceError, IntakeFileError, OSError)
"""Failures shown to the user as one line; anything else is logged with its traceback too."""


class JobContext:
    """What a job's function sees: report progress, ask whether it was cancelled."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def progress(self, done: int, total: int | None = None) -> None:
        """``done`` units of ``total`` (keep the last total when None); thread-safe."""
        self._job._reported.emit("progress", (done, total))

    def cancelled(self) -> bool:
        return self._job._cancel.is_set()


class Job(QObject):
    """One piece of background work, as the UI sees it.

    Signals:
        progressed(int, int): units done and the total (0 when unknown).
        succeeded(object): the function's return value.
        failed(str): a one-line reason.
        cancelled: the user cancelled; the function stopped (or never started).
        finished: after any of the three above.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()
    _reported = Signal(str, object)

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.done = 0
        self.total = 0
        self.running = False
        self.is_finished = False
        self._cancel = threading.Event()
        self._future: Future[Any] | None = None
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the job to stop: a queued job never starts, a running one stops at its next
        check (an import stops after the chunk it is writing)."""
        self._cancel.set()
        if self._future is not None and self._future.cancel():
            self._reported.emit("cancelled", None)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _on_reported(self, kind: str, payload: object) -> None:
        if self.is_finished:
            return
        if kind == "started":
            self.running = True
        elif kind == "progress":
            assert isinstance(payload, tuple)
            done, total = payload
            self.done = int(done)
            self.total = self.total if total is None else int(total)
            self.progressed.emit(self.done, self.total)
        else:
            self.is_finished, self.running = True, False
            if kind == "succeeded":
                self.succeeded.emit(payload)
            elif kind == "failed":
                self.failed.emit(error_text(str(payload)))  # a fixed refusal in the language
            else:
                self.cancelled.emit()
            self.finished.emit()


class BackgroundRunner(QObject):
    """Runs engine calls one at a time on a worker thread.

    Signals:
        job_started(object): a job was submitted (the :class:`Job`).
        idle: the last queued job finished.
    """

    job_started = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine")
        self._jobs: list[Job] = []

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def jobs(self) -> list[Job]:
        """Jobs queued or running, oldest first."""
        return list(self._jobs)

    def submit(self, title: str, fn: Callable[[JobContext], Any]) -> Job:
        """Queue ``fn(context)`` behind the jobs already submitted; returns its Job."""
        job = Job(title, self)
        job.finished.connect(lambda: self._on_job_finished(job))
        self._jobs.append(job)
        job._future = self._executor.submit(_call, job, fn)
        self.job_started.emit(job)
        return job

    def shutdown(self) -> None:
        """Cancel every job and wait for the running one to stop (window closing). What the
        jobs reported and is still queued is dropped: it would reach an owner that is closed,
        whose workspace may be closed too."""
        for job in self._jobs:
            job.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)
        for job in self._jobs:
            job.is_finished = True

    def _on_job_finished(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.deleteLater()
        if not self._jobs:
            self.idle.emit()


def _call(job: Job, fn: Callable[[JobContext], Any]) -> None:
    """The worker side: run ``fn`` and post what happened back to the UI thread."""
    report = job._reported.emit
    if job._cancel.is_set():
        report("cancelled", None)
        return
    report("started", None)
    try:
        result = fn(JobContext(job))
    except EXPECTED_ERRORS as exc:
        report("failed", str(exc))
    except Exception as exc:
        log.exception("background job %r failed", job.title)
        report("failed", f"{type(exc).__name__}: {exc}")
    else:
        report("cancelled" if job._cancel.is_set() and result is None else "succeeded", result)
