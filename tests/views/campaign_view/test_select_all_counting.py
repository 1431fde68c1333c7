""" "Select all" on a list without a maintained count (a label's) is counted on a worker:
the window answers at once and the count arrives when the worker is done."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.views.test_main_window import click_label, names

CTRL = Qt.KeyboardModifier.ControlModifier


def test_select_all_on_a_label_counts_on_the_worker_and_the_window_stays_responsive(
    qtbot: QtBot,
    ws: Workspace,
    campaign: CampaignInfo,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [
        ws.intake.add_candidate(campaign.id, first_name=f"Bulk{i}", email=f"bulk{i}@example.com")
        for i in range(250)
    ]
    ws.labels.add(ids, "Bilingual")  # with Ana and Paolo: 252, more than one page
    click_label(qtbot, window, "Bilingual")
    assert window.model.rowCount() == 200 and not window.model.exhausted
    counted_on: list[threading.Thread] = []
    release = threading.Event()
    real_count = ws.candidates.count

    def held_count(f: CandidateFilter | None = None) -> int:
        counted_on.append(threading.current_thread())
        assert release.wait(10)
        return real_count(f)

    monkeypatch.setattr(ws.candidates, "count", held_count)
    selection, bar = window.list_pane.selection, window.list_pane.bulk_bar
    qtbot.keyClick(window.list_pane.list_view, Qt.Key.Key_A, CTRL)
    assert selection.counting and bar.count_label.text() == "200+ selected"
    assert bar.matching_label.isVisible()
    qtbot.waitUntil(lambda: bool(counted_on))  # the worker is counting, held
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))  # the event loop runs meanwhile
    assert names(window)[0] == "Bulk249"  # and the list still shows
    with qtbot.waitSignal(selection.counter.counted, timeout=10000):
        release.set()
    assert not selection.counting and bar.count_label.text() == "252 selected"
    assert threading.main_thread() not in counted_on
