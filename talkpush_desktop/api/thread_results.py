"""Results finished on another thread, awaited on the event loop with one wake-up for many.

``asyncio.wrap_future`` wakes the loop once per future (a ``call_soon_threadsafe``: a write
to the loop's self-pipe and a pass of the loop each). The intake writer resolves a whole
batch of futures in a row, so :func:`result_of` instead collects them as they finish and
wakes the loop once for all those that finished before it ran: the first to finish
schedules :meth:`_Handoff.drain`, the ones after it join the list that drain will empty.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from concurrent.futures import Future
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")


class _Handoff:
    """The futures of one event loop that finished and wait for the loop to take them."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        self._done: list[tuple[asyncio.Future[Any], Future[Any]]] = []

    def wrap(self, source: Future[T]) -> asyncio.Future[T]:
        target: asyncio.Future[T] = self._loop.create_future()
        source.add_done_callback(partial(self._finished, target))
        return target

    def _finished(self, target: asyncio.Future[Any], source: Future[Any]) -> None:
        """On the thread that finished ``source``: queue it, wake the loop if first."""
        with self._lock:
            self._done.append((target, source))
            first = len(self._done) == 1
        if first:
            self._loop.call_soon_threadsafe(self.drain)

    def drain(self) -> None:
        """On the loop: hand every finished result to its awaiting future."""
        with self._lock:
            done, self._done = self._done, []
        for target, source in done:
            if target.done():  # the awaiting request was cancelled
                continue
            if source.cancelled():
                target.cancel()
            elif (exc := source.exception()) is not None:
                target.set_exception(exc)
            else:
                target.set_result(source.result())


_HANDOFFS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Handoff] = (
    weakref.WeakKeyDictionary()
)


async def result_of(future: Future[T]) -> T:
    """``await asyncio.wrap_future(future)``, with the loop woken once for every result
    that finished in a row (a cancelled wait cancels ``future`` too, as wrap_future does)."""
    loop = asyncio.get_running_loop()
    handoff = _HANDOFFS.get(loop)
    if handoff is None:
        handoff = _HANDOFFS[loop] = _Handoff(loop)
    target = handoff.wrap(future)
    try:
        return await target
    except asyncio.CancelledError:
        future.cancel()
        raise
