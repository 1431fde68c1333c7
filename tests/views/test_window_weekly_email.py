"""The open window sends the weekly statistics email when a week is due, once: the check
and the send run on the background worker (the UI thread stays free), only the charts are
drawn by the Analytics chart cards on the Qt thread; a later check finds nothing due."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.sharing.weekly_email import SendReport
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.weekly_email_check import WeeklyEmailCheck


def _a_wednesday_noon() -> datetime:
    """A fixed moment mid-week (last Wednesday, 12:00 UTC): two hours later is the same
    week in any company time zone (the real clock could be just before Monday 08:00)."""
    now = utcnow().replace(hour=12, minute=0, second=0, microsecond=0)
    return now - timedelta(days=(now.weekday() - 2) % 7 or 7)


def _checked(check: WeeklyEmailCheck, qtbot: QtBot, **kwargs: object) -> bool:
    with qtbot.waitSignal(check.checked) as found:
        assert check.check(**kwargs) is not None  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not check._runner.busy)
    return bool(found.args[0])


def test_the_window_sends_a_due_weekly_email_once(
    window: MainWindow, ws: Workspace, qtbot: QtBot
) -> None:
    ws.company.add_user("Ana Cruz", "ana@acme.example")
    check, now = window.weekly_email_check, _a_wednesday_noon()
    assert not _checked(check, qtbot, now=now)  # nobody receives it yet
    ws.weekly_email.set_enabled("ana@acme.example", True)
    assert ws.weekly_email.due(now)
    with qtbot.waitSignal(check.sent) as sent:
        assert check.check(now) is not None  # read on the worker, charts drawn here, sent there
    [report] = sent.args
    assert isinstance(report, SendReport) and report.sent == ["ana@acme.example"]
    qtbot.waitUntil(lambda: not check._runner.busy)
    assert not _checked(check, qtbot, now=now)
    assert not _checked(check, qtbot, now=now + timedelta(hours=2))
    inbox = [i for i in ws.providers.sandbox_inbox("ana@acme.example") if i.channel == "email"]
    assert len(inbox) == 1 and "your weekly statistics" in inbox[0].subject
    with qtbot.waitSignal(check.sent) as sent:  # the next week, once more
        assert check.check(now + timedelta(days=7)) is not None
    assert sent.args[0].sent == ["ana@acme.example"]
    check.stop()


def test_the_check_never_blocks_the_ui_thread(
    window: MainWindow, ws: Workspace, qtbot: QtBot
) -> None:
    """The database work waits for a timer of the UI thread: it can only fire (and the send
    only happen) when the check runs elsewhere and the window's event loop keeps turning."""
    ws.company.add_user("Ana Cruz", "ana@acme.example")
    ws.weekly_email.set_enabled("ana@acme.example", True)
    weekly, ui_thread = ws.weekly_email, threading.current_thread()
    gate, threads = threading.Event(), []
    due, due_board, send_due = weekly.due, weekly.due_board, weekly.send_due

    def waits(real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            assert gate.wait(10), "the UI thread's timer never fired: the check blocked it"
            return real(*args, **kwargs)

        return call

    weekly.due, weekly.due_board = waits(due), waits(due_board)  # type: ignore[method-assign]
    weekly.send_due = waits(send_due)  # type: ignore[method-assign]
    check = window.weekly_email_check
    ticks: list[int] = []
    beat = QTimer(window)
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start(5)
    with qtbot.waitSignal(check.sent, timeout=15_000) as sent:
        assert check.check() is not None  # returns at once: nothing read yet
        assert not gate.is_set()
        QTimer.singleShot(50, gate.set)
    beat.stop()
    assert sent.args[0].sent == ["ana@acme.example"]
    assert len(threads) == 3 and ui_thread not in threads
    assert len(ticks) >= 5  # the window's loop ran while the worker read and sent
    check.stop()


def test_the_charts_are_the_analytics_cards_as_pngs(ws: Workspace, qtbot: QtBot) -> None:
    del qtbot  # a QApplication for the cards
    today = utcnow().date()
    board = ws.analytics.dashboard(today - timedelta(days=6), today)
    images = render_weekly_charts(board, "UTC")
    assert [i.cid for i in images] == ["overview", "rates"]
    for image in images:
        assert image.png[:8] == b"\x89PNG\r\n\x1a\n" and len(image.png) > 5_000
