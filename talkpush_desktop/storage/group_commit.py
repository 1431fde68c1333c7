"""Group commit: many small writes that arrive together, stored in one transaction.

SQLite has one writer at a time, and a write transaction's fixed cost (taking the lock,
committing, the statements each rule runs once whatever the rows) dwarfs one row's. A
server that stores one short request per transaction spends most of its time on that
fixed cost, with its threads queued on the lock. :class:`GroupCommit` instead hands the
writes to one writer thread: each caller gets a :class:`~concurrent.futures.Future`, and
the thread takes everything queued since its last transaction (up to ``max_batch``) and
gives the whole list to ``run`` at once. Under load the batches grow by themselves, and
with a ``linger`` the thread lets the callers run before it takes a batch, so more of them
join it (in one process the writer and the callers share the GIL): it sleeps in steps of
``linger_step`` for as long as each step brings more items, up to ``linger`` in all, so a
batch takes in the requests the callers are still handing in and waits no longer once
they stop coming. Fewer, bigger batches pay the transaction's fixed cost fewer times. A
lone request is written at once (no waiting for company).

``run`` returns one outcome per item, in order: a result, or the exception that item
alone must raise (a refused item never spoils the others). An exception out of ``run``
itself fails every item of that batch. A future is only resolved after ``run`` returned,
so when ``run`` commits before returning, a caller never hears of a write that a crash
could still undo.

Each future is a :class:`BatchFuture`, which an asyncio task may also ``await``: the
writer then wakes each waiting event loop once per batch, for all the batch's futures that
loop awaits (``asyncio.wrap_future`` would wake it once per future: a write to the loop's
self-pipe each, every one handing the GIL from the writer to the loop and back).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)

MAX_BATCH = 200
"""Items written in one transaction at most."""
LINGER_STEP = 0.002
"""Seconds of one step of the linger: the batch waits on while each step brings items."""

_STOP = object()
_SETTLING = threading.Lock()
"""Orders an awaiting loop's sign-up (:meth:`BatchFuture.__await__`) and the writer's
wake-up (:func:`_wake`): a loop is either woken by the writer or sees the outcome itself."""


class BatchFuture(Future[R]):
    """The future of one submitted item, also awaitable on an asyncio event loop."""

    _waiter: tuple[asyncio.AbstractEventLoop, asyncio.Future[R]] | None = None
    _settled = False

    def __await__(self) -> Generator[Any, None, R]:
        loop = asyncio.get_running_loop()
        target: asyncio.Future[R] = loop.create_future()
        with _SETTLING:
            settled = self._settled
            if not settled:
                self._waiter = (loop, target)
        if settled:  # its batch was written already: no wake-up will come
            _settle([(target, self)])
        try:
            return (yield from target.__await__())
        except asyncio.CancelledError:
            self.cancel()  # not taken by the writer yet: it never will be
            raise


def _wake(futures: Sequence[BatchFuture[Any]]) -> None:
    """On the writer thread, once every future of a batch has its outcome: one call into
    each event loop that awaits some of them."""
    waiting: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Future[Any]]]] = {}
    with _SETTLING:
        for future in futures:
            future._settled = True  # noqa: SLF001 - this module's own class
            if future._waiter is not None:  # noqa: SLF001
                loop, target = future._waiter  # noqa: SLF001
                waiting.setdefault(loop, []).append((target, future))
    for loop, pairs in waiting.items():
        try:
            loop.call_soon_threadsafe(_settle, pairs)
        except RuntimeError:  # the loop is closed: nobody waits any more
            log.debug("an event loop closed before its results came")


def _settle(pairs: Sequence[tuple[asyncio.Future[Any], Future[Any]]]) -> None:
    """On the event loop: each awaiting future gets its item's outcome."""
    for target, future in pairs:
        if target.done():  # the awaiting task was cancelled
            continue
        if future.cancelled():
            target.cancel()
        elif (exc := future.exception()) is not None:
            target.set_exception(exc)
        else:
            target.set_result(future.result())


class GroupCommit(Generic[T, R]):
    """One writer thread running ``run`` on batches of submitted items (started on the
    first :meth:`submit`, stopped by :meth:`close`)."""

    def __init__(
        self,
        run: Callable[[Sequence[T]], Sequence[R | BaseException]],
        *,
        name: str = "group-commit",
        max_batch: int = MAX_BATCH,
        linger: float = 0.0,
        linger_step: float = LINGER_STEP,
    ) -> None:
        self._run = run
        self._name = name
        self._max_batch = max_batch
        self._linger = linger
        self._step = min(linger_step, linger)
        self._last = 0
        self._queue: queue.SimpleQueue[tuple[T, BatchFuture[R]] | object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.batches = 0
        """Transactions run so far (for tests and benchmarks)."""

    def submit(self, item: T) -> BatchFuture[R]:
        """Queue ``item``; its future holds ``run``'s outcome for it once its batch ran."""
        future: BatchFuture[R] = BatchFuture()
        with self._lock:
            if self._closed:
                raise RuntimeError(f"{self._name} is closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._queue.put((item, future))
        return future

    def close(self) -> None:
        """Write what is queued, then stop the thread (later submits raise RuntimeError)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
            self._queue.put(_STOP)
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _take(self, first: tuple[T, BatchFuture[R]]) -> tuple[list[tuple[T, BatchFuture[R]]], bool]:
        """``first`` and whatever else is queued (up to ``max_batch``); whether to stop.

        Under load (the last batch held more than one item) the thread first lets the
        callers run (:meth:`_gather`), so that more of them join this batch."""
        batch = [first]
        if self._linger and self._last > 1:
            self._gather()
        while len(batch) < self._max_batch:
            try:
                more = self._queue.get_nowait()
            except queue.Empty:
                break
            if more is _STOP:
                return batch, True
            batch.append(more)  # type: ignore[arg-type]
        self._last = len(batch)
        return batch, False

    def _gather(self) -> None:
        """Sleep a step at a time while each step brings more items, ``linger`` at most."""
        deadline = time.monotonic() + self._linger
        seen = self._queue.qsize()
        while seen < self._max_batch - 1:
            time.sleep(self._step)
            now = self._queue.qsize()
            if now == seen or time.monotonic() >= deadline:
                return
            seen = now

    def _loop(self) -> None:
        stop = False
        while not stop:
            first = self._queue.get()
            if first is _STOP:
                return
            batch, stop = self._take(first)  # type: ignore[arg-type]
            self._write(batch)

    def _write(self, batch: list[tuple[T, BatchFuture[R]]]) -> None:
        try:
            self._resolve(batch)
        finally:
            _wake([f for _item, f in batch])

    def _resolve(self, batch: list[tuple[T, BatchFuture[R]]]) -> None:
        futures = [f for _item, f in batch if f.set_running_or_notify_cancel()]
        items = [item for item, f in batch if f.running()]
        if not items:
            return
        try:
            outcomes = self._run(items)
            if len(outcomes) != len(items):
                raise RuntimeError(f"{self._name}: {len(outcomes)} outcomes for {len(items)}")
        except BaseException as exc:  # every item of the batch fails with it
            log.exception("%s: a batch of %d failed", self._name, len(items))
            for future in futures:
                future.set_exception(exc)
            return
        finally:
            self.batches += 1
        for future, outcome in zip(futures, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
