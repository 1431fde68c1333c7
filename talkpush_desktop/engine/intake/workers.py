"""The import's worker processes: started on first use, kept warm while the workspace is open.

Starting a worker costs about half a second (a fresh interpreter importing SQLAlchemy and
phonenumbers), which is a tenth of a 100,000-row import; a recruiter importing file after
file pays it once. The pool is shut down with the workspace.
"""

from __future__ import annotations

import os
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

WORKERS = 2  # mapping processes; the main process reads the file and writes
PARALLEL_MIN_BYTES = 256 * 1024  # below this, handing rows to a worker costs more than it saves


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
            self.close()
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=get_context("spawn")
            )
        return self._pool

    def close(self) -> None:
        """Stop the workers (pending work is cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _broken(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker died (killed, out of memory) and the pool refuses work."""
    try:
        pool.submit(int).result()
    except BrokenProcessPool:
        return True
    return False
