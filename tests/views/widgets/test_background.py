"""Background work: one serial worker, progress and cancel, results back on the UI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets import operations
from talkpush_desktop.views.widgets.background import BackgroundRunner, JobContext


@pytest.fixture
def runner(qtbot: QtBot) -> BackgroundRunner:
    r = BackgroundRunner()
    yield r
    r.shutdown()


def test_a_job_runs_on_a_worker_and_reports_on_the_ui_thread(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    seen: list[tuple[int, int, str]] = []

    def work(context: JobContext) -> str:
        for done in (1, 2, 3):
            context.progress(done, 3)
        return threading.current_thread().name

    job = runner.submit("Counting", work)
    job.progressed.connect(
        lambda done, total: seen.append((done, total, threading.current_thread().name))
    )
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args[0].startswith("engine")
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert {name for *_, name in seen} == {threading.main_thread().name}
    qtbot.waitUntil(lambda: not runner.busy)


def test_after_shutdown_no_result_reaches_the_closed_owner(qtbot: QtBot) -> None:
    """A job that finished while its window closed reports nothing afterwards: its result
    would refresh the closed window from a closed workspace."""
    runner = BackgroundRunner()
    started = threading.Event()
    seen: list[str] = []

    def work(_context: JobContext) -> str:
        started.set()
        return "done"

    job = runner.submit("Reading", work)
    job.finished.connect(lambda: seen.append("finished"))
    job.succeeded.connect(lambda _result: seen.append("succeeded"))
    assert started.wait(5)
    runner.shutdown()
    qtbot.wait(200)
    assert seen == []


def test_jobs_run_one_at_a_time_in_order(qtbot: QtBot, runner: BackgroundRunner) -> None:
    order: list[int] = []
    release = threading.Event()
    first = runner.submit("First", lambda _c: (release.wait(5), order.append(1)))
    second = runner.submit("Second", lambda _c: order.append(2))
    assert runner.jobs() == [first, second]
    release.set()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert order == [1, 2]


def test_cancel_stops_a_running_job_and_skips_a_queued_one(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    started = threading.Event()
    steps: list[int] = []

    def long_work(context: JobContext) -> None:
        started.set()
        for step in range(1000):
            if context.cancelled():
                return
            steps.append(step)
            threading.Event().wait(0.005)

    running = runner.submit("Long", long_work)
    queued = runner.submit("Never", lambda _c: steps.append(-1))
    assert started.wait(5)
    with qtbot.waitSignals([running.cancelled, queued.cancelled], timeout=5000):
        queued.cancel()
        running.cancel()
    assert -1 not in steps and len(steps) < 1000


def test_an_engine_error_arrives_as_one_line(qtbot: QtBot, runner: BackgroundRunner) -> None:
    def refuse(_context: JobContext) -> None:
        raise ValidationError("first name: required")

    job = runner.submit("Adding", refuse)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["first name: required"]


def test_a_bulk_move_runs_in_the_background_with_the_progress_bar_shown(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    ws: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(operations, "BULK_IDS", 2)
    actions = window.recruiter_actions
    ids = [people["Maria"], people["Jose"], people["Ana"]]
    with qtbot.waitSignal(actions.runner.job_started, timeout=2000):
        actions.move(ids, "Shortlisted")
    assert window.task_progress.isVisible() or not actions.runner.busy
    with qtbot.waitSignal(actions.workspace_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Moved 3 to Shortlisted"]
    assert ws.candidates.folder_counts()["Shortlisted"] == 3
    qtbot.waitUntil(window.task_progress.isHidden)
    assert window.navigation.folder_list.count_of("Shortlisted") == 3


def test_small_actions_queue_behind_background_work(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    actions = window.recruiter_actions
    release = threading.Event()
    actions.runner.submit("Holding the writer", lambda _c: release.wait(5))
    changes: list[str] = []
    actions.workspace_changed.connect(changes.append)
    actions.move([people["Mark"]], "Hired")
    assert changes == []  # queued, not run on the UI thread
    assert window.task_progress.isVisible()
    release.set()
    qtbot.waitUntil(lambda: changes == ["Moved 1 to Hired"], timeout=5000)
    assert window.navigation.folder_list.count_of("Hired") == 1
