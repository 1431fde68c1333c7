"""Cycles are collected on the GUI thread only while the window runs, even when a worker
thread allocates past the collector's thresholds (a Qt object freed on a worker thread can
crash the app)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.views.widgets.gui_thread_gc import collecting_on_gui_thread


class Cycle:
    """Part of a reference cycle: only the cycle collector frees it; says on which thread."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


@pytest.fixture
def automatic_collection() -> Iterator[None]:
    """Automatic collection as in a plain Python process, with low thresholds."""
    was_enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(10, 2, 2)
    yield
    gc.set_threshold(*thresholds)
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("automatic_collection")
def test_a_worker_allocating_never_collects_and_the_gui_thread_does(qtbot: QtBot) -> None:
    freed_on: list[str] = []
    kept: list[list[object]] = []

    def allocate() -> None:
        # containers alive count towards the thresholds; kept alive until the GUI thread's
        # timer saw them (freed, they would take the count back under the threshold)
        kept.extend([] for _ in range(20_000))

    with collecting_on_gui_thread(interval_ms=20):
        assert not gc.isenabled()
        Cycle(freed_on)
        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # the worker passed every threshold and collected nothing
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
        kept.clear()
    assert freed_on == [threading.main_thread().name]
    assert gc.isenabled()  # as before the block


@pytest.mark.usefixtures("automatic_collection")
def test_without_it_the_worker_collects() -> None:
    """The hazard itself: the same allocations collect the cycle on the worker."""
    freed_on: list[str] = []

    def allocate() -> None:
        Cycle(freed_on)
        kept = [[] for _ in range(20_000)]
        assert len(kept) == 20_000

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert freed_on == ["worker"]
