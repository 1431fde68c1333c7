"""The profile pane shows the whole candidate and edits labels as a recruiter expects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


def _full_candidate(ws: Workspace, campaign: CampaignInfo) -> int:
    cv = ws.data_dir / "cvs" / "lea-cv.pdf"
    cv.parent.mkdir(parents=True, exist_ok=True)
    cv.write_bytes(b"%PDF-1.4 test")
    recording = ws.data_dir / "recordings" / "lea-2.wav"
    recording.parent.mkdir(parents=True, exist_ok=True)
    recording.write_bytes(b"RIFF")
    cid = ws.intake.add_candidate(
        campaign.id,
        first_name="Lea",
        last_name="Salonga",
        email="lea@example.com",
        cv_path="cvs/lea-cv.pdf",
        referee={"first_name": "Ana", "last_name": "Reyes", "id": "E-204", "account": "Globe"},
        others={"Preferred shift": "Night", "Typing speed": "62 wpm"},
    )
    text_q, audio_q, missing_q = ws.interview.set_steps(
        campaign.id,
        [
            ("question", "Why do you want to join us?", "text"),
            ("question", "Introduce yourself in English.", "audio"),
            ("question", "Describe a hard customer.", "audio"),
        ],
    )
    ws.interview.record(cid, text_q, text="I love helping people.")
    ws.interview.record(
        cid, audio_q, audio_path="recordings/lea-2.wav", transcript="Hi, I am Lea from Manila."
    )
    ws.interview.record(cid, missing_q, audio_path="recordings/not-here.wav")
    ws.undo_stack.clear()
    return cid


def test_profile_shows_referee_answers_cv_and_interview(
    window: MainWindow, ws: Workspace, campaign: CampaignInfo, qtbot: QtBot
) -> None:
    cid = _full_candidate(ws, campaign)
    window.select_candidate(cid)
    pane = window.profile_pane
    assert pane.candidate_id == cid
    assert pane.referee_section.values() == {
        "First name": "Ana",
        "Last name": "Reyes",
        "Employee ID": "E-204",
        "Account": "Globe",
    }
    assert pane.others_section.values() == {"Preferred shift": "Night", "Typing speed": "62 wpm"}
    assert pane.cv_button.isEnabled() and "lea-cv.pdf" in pane.cv_button.toolTip()
    texts = [label.text() for label in pane.responses_section.findChildren(QLabel)]
    assert "1. Why do you want to join us?" in texts
    assert "I love helping people." in texts
    assert any("Hi, I am Lea from Manila." in t for t in texts)
    plays = pane.responses_section.findChildren(QPushButton, "playButton")
    assert [b.isEnabled() for b in plays] == [True, False]  # the second file is not here
    assert all(b.accessibleName() for b in plays)
    pane.copy_id()
    assert QGuiApplication.clipboard().text() == str(cid)


def test_profile_adds_and_removes_labels_undoably(
    window: MainWindow, ws: Workspace, people: dict[str, int], qtbot: QtBot
) -> None:
    window.select_candidate(people["Mark"])
    pane = window.profile_pane
    add = pane.label_chips.add_button
    assert add is not None and add.isEnabled()
    menu = add.menu()
    assert menu is not None
    [bilingual] = [a for a in menu.actions() if a.text() == "Bilingual"]
    assert "Duplicate" not in [a.text() for a in menu.actions()]  # automatic labels are not offered
    bilingual.trigger()
    qtbot.waitUntil(lambda: ws.candidates.get(people["Mark"]).row.labels == ("Bilingual",))
    assert people["Mark"] in ws.candidates.ids(CandidateFilter(labels=("Bilingual",)))
    qtbot.waitUntil(window.undo_action.isEnabled)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: ws.candidates.get(people["Mark"]).row.labels == ())
    window.select_candidate(people["Ana"])
    remove = pane.label_chips.remove_buttons["Bilingual"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.candidates.get(people["Ana"]).row.labels == ())


def test_robocall_invitation_and_bot_toggle_from_the_profile(
    window: MainWindow, ws: Workspace, campaign: CampaignInfo, people: dict[str, int], qtbot: QtBot
) -> None:
    window.select_candidate(people["Maria"])
    pane = window.profile_pane
    assert not pane.robocall_button.isEnabled()  # no phone number to call
    assert "No phone" in pane.robocall_button.toolTip()
    pane.invite_button.click()
    assert window.statusBar().currentMessage() == "Queued 1 invitation message"
    assert [m.channel for m in ws.messaging.messages(people["Maria"])] == ["email"]

    nina = ws.intake.add_candidate(
        campaign.id, first_name="Nina", last_name="Cruz", phone="+639171234567"
    )
    ws.interview.set_steps(campaign.id, [("question", "Introduce yourself.", "audio")])
    window.navigation.folder_list.folder_selected.emit("Inbox")  # list her
    window.select_candidate(nina)
    assert pane.robocall_button.isEnabled() and pane.robocall_button.accessibleName()
    pane.robocall_button.click()
    assert window.statusBar().currentMessage() == "Phone interview call queued for Nina Cruz"
    assert [m.channel for m in ws.messaging.messages(nina)] == ["voice"]
    pane.robocall_button.click()  # the engine refuses a second call while one is going
    assert window.statusBar().currentMessage().startswith("Not done: robocall: call ")
    assert "still going" in window.statusBar().currentMessage()

    assert pane.bot_button.text() == "Stop bot" and not ws.candidates.get(nina).bot_stopped
    pane.bot_button.click()
    assert ws.candidates.get(nina).bot_stopped
    assert pane.bot_button.text() == "Resume bot"
    assert pane.bot_button.accessibleName() == "Resume the interview bot"
    assert window.statusBar().currentMessage() == "Bot stopped for this candidate"
    pane.bot_button.click()
    assert not ws.candidates.get(nina).bot_stopped and pane.bot_button.text() == "Stop bot"
    assert window.statusBar().currentMessage() == "Bot resumed"
