"""Python's cycle collector runs on the GUI thread only, while the window runs.

CPython collects reference cycles in whichever thread passes a threshold by allocating. A
worker thread (an import, a background count, the sync worker) could then free a cycle that
holds Qt objects of the GUI thread, and a Qt object must die on its own thread ("QObject::
~QObject: Timers cannot be stopped from another thread", then a crash). As pyqtgraph's
``GarbageCollector`` does: automatic collection is off, and a timer on the GUI thread
collects by the same thresholds. Reference counting still frees everything that is not a
cycle at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

INTERVAL_MS = 1000


def collect_by_thresholds() -> None:
    """What the automatic collector would have done by now, on the calling thread: the
    youngest generation past its threshold, and the older ones when they are due too."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            return
        gc.collect(generation)


@contextmanager
def collecting_on_gui_thread(interval_ms: int = INTERVAL_MS) -> Iterator[None]:
    """Within the block, cycles are collected only by a timer on the calling (GUI) thread;
    afterwards everything left is collected there and automatic collection is as before."""
    was_enabled = gc.isenabled()
    timer = QTimer()
    timer.timeout.connect(collect_by_thresholds)
    gc.disable()
    timer.start(interval_ms)
    try:
        yield
    finally:
        timer.stop()
        gc.collect()
        if was_enabled:
            gc.enable()
