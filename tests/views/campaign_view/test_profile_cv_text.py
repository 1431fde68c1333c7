"""A CV sent through the intake API shows on the profile: its text (cut when long) and
the comment saying which contact was taken from it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.intake.api_invitation import InvitationData
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.profile.pane import CV_TEXT_SHOWN
from talkpush_desktop.views.main_window import MainWindow


def test_cv_text_section_follows_the_candidate(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo, people: dict[str, int]
) -> None:
    cv = ("Rosa Lim\nrosa.lim@example.com\nForklift operator in Zamboanga. " * 60).encode()
    made = ws.intake.api_invitation(
        campaign.id,
        InvitationData(
            first_name="Rosa", user_phone_number="9175550123", cv=cv, cv_filename="cv.txt"
        ),
    )
    assert made.candidate_id is not None
    window.select_candidate(made.candidate_id)
    section = window.profile_pane.cv_text_section
    qtbot.waitUntil(section.isVisible)
    shown = section.values()["Text"]
    assert shown.startswith("Rosa Lim") and shown.endswith("…")
    assert len(shown) <= CV_TEXT_SHOWN + 2
    assert any("taken from the CV" in m.body for m in ws.messaging.messages(made.candidate_id))
    window.select_candidate(people["Ana"])
    qtbot.waitUntil(lambda: not section.isVisible())
