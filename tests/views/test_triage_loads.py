"""A decision by key reads the next candidate once: the list's refresh moves the focus on
and loads them, and the window does not read them again (keyboard triage stays quick)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CandidateDetail
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.views.test_main_window import counts


@pytest.fixture
def reads(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The candidate ids whose profile the window reads, in order."""
    seen: list[int] = []
    read: Callable[[int], CandidateDetail] = ws.candidate

    def candidate(candidate_id: int) -> CandidateDetail:
        seen.append(candidate_id)
        return read(candidate_id)

    monkeypatch.setattr(ws, "candidate", candidate)
    return seen


def test_a_decision_by_key_reads_the_next_candidate_once(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], reads: list[int]
) -> None:
    view = window.list_pane.list_view
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.profile_pane.name_label.text() == "Mark Lim"
    reads.clear()
    qtbot.keyClick(view, Qt.Key.Key_H)  # no notification to offer (s and x read Mark for it)
    assert counts(window)["On Hold"] == 1
    assert reads == [people["Ana"]]  # neither Paolo (Qt's focus for a moment) nor Ana twice
    assert window.profile_pane.candidate_id == people["Ana"]
    assert window.chat_pane.candidate_id == people["Ana"]
    assert window.profile_pane.name_label.text() == "Ana Cruz"


def test_an_action_that_keeps_the_focus_reads_the_candidate_again(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], reads: list[int]
) -> None:
    window.select_candidate(people["Mark"])
    reads.clear()
    window.recruiter_actions.add_label([people["Mark"]], "Bilingual")
    assert reads == [people["Mark"]]
    assert "Bilingual" in window.profile_pane.label_chips.remove_buttons
