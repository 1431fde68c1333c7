"""The import's worker processes: started on first use, kept warm while the workspace is open.

Starting a worker costs about half a second (a fresh interpreter importing SQLAlchemy and
phonenumbers), which is a tenth of a 100,000-row import; a recruiter importing file after
file pays it once. The pool is shut down with the workspace.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a pool starts: opening a workspace does not need them
    from concurrent.futures import Executor, ProcessPoolExecutor

WORKERS = 2  # mapping processes; the main process reads the file and writes
PARALLEL_MIN_BYTES = 256 * 1024  # below this, handing rows to a worker costs more than it saves
PARENT_POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1


class ImportWorkers:
    """A lazily started, reusable pool of import worker processes."""

    def __init__(self, workers: int = WORKERS) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def for_file(self, path: Path) -> Executor | None:
        """The pool for importing ``path``; None when the file is small or there is one core."""
        if (os.cpu_count() or 1) < 2 or path.stat().st_size < PARALLEL_MIN_BYTES:
            return None
        if self._pool is None or _broken(self._pool):
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context

            self.close()
            on_main_thread = threading.current_thread() is threading.main_thread()
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(), on_main_thread),
            )
        return self._pool

    def close(self) -> None:
        """Stop the workers (pending work is cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _broken(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker died (killed, out of memory) and the pool refuses work."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool.submit(int).result()
    except BrokenProcessPool:
        return True
    return False


def die_with_parent(parent: int, kernel_signal: bool) -> None:
    """Worker initializer: end this worker as soon as ``parent`` (its starter) is gone.

    ``kernel_signal`` asks Linux to SIGKILL the worker when its parent ends; the watching
    thread covers other systems and workers started from a thread that ends earlier.
    """
    if kernel_signal and sys.platform.startswith("linux"):
        _set_parent_death_signal(signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()


def _set_parent_death_signal(signum: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread still ends the worker


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
