"""The open window sends the weekly statistics email when a week is due (its charts drawn
by the Analytics chart cards on the Qt thread), once: a later check finds nothing due."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.sharing.weekly_email import SendReport
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts
from talkpush_desktop.views.main_window import MainWindow


def test_the_window_sends_a_due_weekly_email_once(
    window: MainWindow, ws: Workspace, qtbot: QtBot
) -> None:
    ws.company.add_user("Ana Cruz", "ana@acme.example")
    check = window.weekly_email_check
    assert check.check() is None  # nobody receives it yet
    ws.weekly_email.set_enabled("ana@acme.example", True)
    assert ws.weekly_email.due()
    with qtbot.waitSignal(check.sent) as sent:
        assert check.check() is not None  # charts drawn here, sent on the worker
    [report] = sent.args
    assert isinstance(report, SendReport) and report.sent == ["ana@acme.example"]
    assert check.check() is None and check.check(utcnow() + timedelta(hours=2)) is None
    inbox = [i for i in ws.providers.sandbox_inbox("ana@acme.example") if i.channel == "email"]
    assert len(inbox) == 1 and "your weekly statistics" in inbox[0].subject
    with qtbot.waitSignal(check.sent) as sent:  # the next week, once more
        assert check.check(utcnow() + timedelta(days=7)) is not None
    assert sent.args[0].sent == ["ana@acme.example"]
    check.stop()


def test_the_charts_are_the_analytics_cards_as_pngs(ws: Workspace, qtbot: QtBot) -> None:
    del qtbot  # a QApplication for the cards
    today = utcnow().date()
    board = ws.analytics.dashboard(today - timedelta(days=6), today)
    images = render_weekly_charts(board, "UTC")
    assert [i.cid for i in images] == ["overview", "rates"]
    for image in images:
        assert image.png[:8] == b"\x89PNG\r\n\x1a\n" and len(image.png) > 5_000
