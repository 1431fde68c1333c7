"""The window as the app runs it (``run_window``: the qasync loop and the window's own
OutboxSync), driven like a user: the demo keeps its Inbox while the sync runs, and a
manually added candidate goes from invitation to Completed through the sandbox phone."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from talkpush_desktop.engine import demo
from talkpush_desktop.engine.candidates.service import CandidatesService
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate
from talkpush_desktop.views import app as app_module
from talkpush_desktop.views.main_window import MainWindow

PHONE = "+639175550123"
QUESTIONS = ("Why do you want to join us?", "Are you available at night?", "When can you start?")
RAISE_NOTICE = r"^This plugin does not support (raise\(\)|propagateSizeHints\(\))$"
SYNC_PASSES = 30
"""Passes of the window's sync in the demo test: each ``wake`` starts a whole pass (deliver,
pull, PIN expiry) at once, so 30 passes take seconds instead of the 7.5 minutes the worker's
15-second pull interval would need."""

Scenario = Callable[[MainWindow], Awaitable[None]]


async def pause(seconds: float) -> None:
    """``asyncio.sleep`` that also works between two windows: qasync's
    ``run_until_complete`` processes Qt events once more after the loop stopped, where a
    scenario spanning windows (File > Company) may wake up with no running loop."""
    loop = asyncio.get_event_loop_policy().get_event_loop()  # the app's qasync loop
    woken = loop.create_future()
    loop.call_later(seconds, lambda: woken.done() or woken.set_result(None))
    await woken


async def until(condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app's loop run until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await pause(0.05)


def run_app(ws: Workspace, monkeypatch: pytest.MonkeyPatch, scenario: Scenario) -> MainWindow:
    """``run_window(ws)`` as the app calls it, with ``scenario`` driving the window from
    inside the running loop; the window closes when the scenario ends."""
    windows: list[MainWindow] = []

    class TestWindow(MainWindow):
        def __init__(self, workspace: Workspace) -> None:
            super().__init__(workspace, QSettings("", QSettings.Format.IniFormat))
            windows.append(self)

    monkeypatch.setattr(app_module, "MainWindow", TestWindow)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    failure: list[BaseException] = []

    async def drive() -> None:
        try:
            await until(lambda: windows[0].outbox_sync.running)
            await scenario(windows[0])
        except BaseException as exc:  # re-raised below, after the loop ended
            failure.append(exc)
            for window in windows:  # a failed scenario opens nothing again: the loop ends
                window.reopen_company = None
        finally:
            app.closeAllWindows()

    tasks: list[asyncio.Task[None]] = []
    QTimer.singleShot(0, lambda: tasks.append(asyncio.ensure_future(drive())))
    try:
        assert app_module.run_window(ws) == 0
    finally:
        asyncio.set_event_loop(None)
    if failure:
        raise failure[0]
    assert tasks and tasks[0].done()
    return windows[0]


def folder_totals(ws: Workspace) -> dict[str, int]:
    with ws.transaction() as s:
        rows = s.execute(select(Candidate.folder, func.count()).group_by(Candidate.folder))
        return {folder: count for folder, count in rows}


def test_a_fresh_demo_keeps_its_inbox_while_the_window_syncs(
    qapp: QApplication, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.generate(ws.context, candidates=app_module.DEMO_CANDIDATES)  # what a first start does
    before = folder_totals(ws)
    assert before["Inbox"] > 100
    passes: list[int] = []
    expire = CandidatesService.expire_pins  # the sync worker has a service of its own

    def counted_expiry(*args: Any, **kwargs: Any) -> int:
        passes.append(1)
        return expire(*args, **kwargs)

    monkeypatch.setattr(CandidatesService, "expire_pins", counted_expiry)

    async def scenario(window: MainWindow) -> None:
        sync = window.outbox_sync
        while len(passes) < SYNC_PASSES:
            seen = len(passes)
            sync.wake()
            await until(lambda seen=seen: len(passes) > seen)
        await pause(1.0)  # the window refreshes from the last pass

    run_app(ws, monkeypatch, scenario)
    after = folder_totals(ws)
    assert len(passes) >= SYNC_PASSES
    assert before["Inbox"] - after["Inbox"] <= 1  # a PIN may run out during the test
    assert after["No Response"] - before["No Response"] <= 1


def phone_bodies(ws: Workspace) -> list[str]:
    return [i.body for i in ws.providers.sandbox_inbox(PHONE) if i.direction == "to_candidate"]


@pytest.mark.qt_log_ignore(RAISE_NOTICE)
def test_manual_add_to_completed_with_the_windows_own_sync(
    qapp: QApplication, ws: Workspace, campaign: CampaignInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = [("introduction", "Welcome to the interview!", "text")]
    steps += [("question", q, "text") for q in QUESTIONS]
    steps.append(("closing", "Thank you, we will be in touch.", "text"))
    ws.interview.set_steps(campaign.id, steps)
    added: list[int] = []

    async def answer(window: MainWindow, text: str, expected: str) -> None:
        phone = window.sandbox_phone
        assert phone is not None
        QTest.keyClicks(phone.reply_edit, text)
        QTest.mouseClick(phone.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: any(b.startswith(expected) for b in phone_bodies(ws)))

    async def scenario(window: MainWindow) -> None:
        window.add_candidate_action.trigger()
        dialog = window.add_candidate_dialog
        assert dialog is not None
        form = dialog.manual_tab
        form.candidate_added.connect(added.append)
        QTest.keyClicks(form.edits["first_name"], "Lorna")
        QTest.keyClicks(form.edits["last_name"], "Dizon")
        QTest.keyClicks(form.edits["phone"], "0917 555 0123")
        QTest.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
        assert added, form.message_label.text()
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        await until(lambda: any(b.startswith("Hi Lorna Dizon") for b in phone_bodies(ws)))

        window.list_pane.refresh()
        window.select_candidate(added[0])
        window.phone_action.trigger()  # Tools > Candidate Phone Simulator
        phone = window.sandbox_phone
        assert phone is not None
        await until(lambda: phone.address == PHONE)
        await answer(window, "START", f"Question 1 of {len(QUESTIONS)}: {QUESTIONS[0]}")
        for number in range(1, len(QUESTIONS)):
            expected = f"Question {number + 1} of {len(QUESTIONS)}"
            await answer(window, f"My answer {number}", expected)
        await answer(window, f"My answer {len(QUESTIONS)}", "Thank you Lorna Dizon")

        def completed_and_delivered() -> bool:
            out = [m for m in ws.messaging.messages(added[0]) if m.direction == "out"]
            return ws.candidates.get(added[0]).row.folder == "Completed" and all(
                m.state == "delivered" for m in out
            )

        await until(completed_and_delivered)

    run_app(ws, monkeypatch, scenario)
    [cid] = added
    profile = ws.candidates.get(cid)
    assert profile.row.folder == "Completed"
    history = ws.messaging.messages(cid)
    completion = [m for m in history if m.body.startswith("Thank you Lorna Dizon")]
    assert [m.state for m in completion] == ["delivered"]
    assert [m.body for m in history if m.direction == "in"] == [
        "START",
        *(f"My answer {n}" for n in range(1, len(QUESTIONS) + 1)),
    ]
