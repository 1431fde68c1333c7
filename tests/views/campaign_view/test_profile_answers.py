"""Interview answers stay right as the profile moves from candidate to candidate (the cards
are refilled, not rebuilt, so keyboard triage paints the next candidate sooner)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.profile.response_card import ResponseCard
from talkpush_desktop.views.main_window import MainWindow
from tests.views.campaign_view.test_profile_pane import _full_candidate


def _texts(window: MainWindow) -> list[str]:
    section = window.profile_pane.responses_section
    labels = section.findChildren(QLabel)
    return [label.text() for label in labels if label.text() and label is not section.heading]


def _plays(window: MainWindow) -> list[tuple[str, bool]]:
    section = window.profile_pane.responses_section
    return [(b.accessibleName(), b.isEnabled()) for b in section.findChildren(QPushButton)]


def test_answers_follow_the_candidate_shown(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo, people: dict[str, int]
) -> None:
    lea = _full_candidate(ws, campaign)
    questions = [q[0] for q in ws.interview.steps(campaign.id)]
    ws.interview.record(people["Mark"], questions[0], text="")
    ws.interview.record(people["Mark"], questions[1], text="Typed instead.")
    window.select_candidate(lea)
    lea_texts = [
        "1. Why do you want to join us?",
        "Text answer",
        "I love helping people.",
        "2. Introduce yourself in English.",
        "Audio answer",
        "Transcript: \N{LEFT DOUBLE QUOTATION MARK}Hi, I am Lea from Manila."
        "\N{RIGHT DOUBLE QUOTATION MARK}",
        "3. Describe a hard customer.",
        "Audio answer",
        "Transcript: being transcribed offline\N{HORIZONTAL ELLIPSIS}",  # the worker has not run
    ]
    lea_plays = [
        ("Play the recording of answer 2", True),
        ("Play the recording of answer 3", False),
    ]
    assert _texts(window) == lea_texts and _plays(window) == lea_plays
    window.select_candidate(people["Mark"])
    assert _texts(window) == [
        "1. Why do you want to join us?",
        "Text answer",
        "2. Introduce yourself in English.",
        "Audio answer",
        "Typed instead.",
    ]
    assert _plays(window) == [("Play the recording of answer 2", False)]
    window.select_candidate(people["Ana"])
    assert _texts(window) == ["No interview answers yet"] and _plays(window) == []
    window.select_candidate(lea)
    assert _texts(window) == lea_texts and _plays(window) == lea_plays
    cards = window.profile_pane.responses_section.findChildren(ResponseCard)
    window.select_candidate(people["Mark"])  # two answers: two of Lea's three cards, refilled
    assert window.profile_pane.responses_section.findChildren(ResponseCard) == cards[:2]
