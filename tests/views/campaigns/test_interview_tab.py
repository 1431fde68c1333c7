"""The Interview tab, opened from the window's Campaign Options > Interview...: steps added,
reordered with keys, a recording checked (a renamed PNG refused, a WAV's length shown),
text to speech, the warning above four questions, Save; and a spoken answer's transcript
shown under its recording on the profile once the sync worker has transcribed it."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from support.audio import write_wav

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaigns.interview_dialog import InterviewDialog
from talkpush_desktop.views.main_window import MainWindow

has_espeak = shutil.which("espeak-ng") is not None


def open_tab(window: MainWindow, campaign: CampaignInfo) -> InterviewDialog:
    combo = window.navigation.campaign_combo
    combo.setCurrentIndex(combo.findData(campaign.id))
    assert window.interview_action in window.navigation.campaign_options_button.menu().actions()
    window.interview_action.trigger()
    dialog = window.interview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_build_an_interview_from_the_window(
    window: MainWindow, ws: Workspace, campaign: CampaignInfo, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_tab(window, campaign)
    tab = dialog.tab
    tab.add_step("question")
    qtbot.keyClicks(tab.text_edit, "Why do you want to work with us?")
    fake = tmp_path / "logo.mp3"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert not tab.set_audio_file(str(fake))
    assert "holds a PNG image, renamed .mp3" in tab.error_label.text()
    assert tab.set_audio_file(str(write_wav(tmp_path / "why.wav", 2.0)))
    assert tab.audio_label.text() == "why.wav (2.0 s)"
    tab.play_button.click()  # plays where there is an audio output, else says so
    assert tab.error_label.text() in (
        "",
        "This computer has no audio output to play the recording on",
        "Playing needs Qt Multimedia, which this installation lacks",
    )
    tab.player.stop()
    tab.add_step("introduction")
    qtbot.keyClicks(tab.text_edit, "Welcome to Acme.")
    assert tab.step_list.currentRow() == 0  # the introduction goes first
    for n in range(4):
        tab.add_step("question")
        qtbot.keyClicks(tab.text_edit, f"Question {n + 2}?")
    assert tab.warning_label.isVisibleTo(tab) and "5 questions" in tab.warning_label.text()
    tab.answer_type.setCurrentIndex(tab.answer_type.findData("text"))
    # the last question moves up with Ctrl+Up
    tab.step_list.setFocus()
    qtbot.keyClick(tab.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert tab.drafts()[4].text == "Question 5?"
    # a drag within the list moves the step too (the drop moves the row in the model)
    assert tab.step_list.model().moveRow(QModelIndex(), 5, QModelIndex(), 2)
    assert [d.text for d in tab.drafts()][2] == "Question 4?"
    assert tab.step_list.currentRow() == 2 and tab.text_edit.toPlainText() == "Question 4?"
    tab.move_current(3)  # and back where it was
    if has_espeak:
        with qtbot.waitSignal(tab.spoken):
            tab.speak_current()  # on the window's background runner
        assert tab.audio_label.text().startswith("tts-") and tab.play_button.isEnabled()
    else:
        assert not tab.speak_button.isEnabled()
    assert tab.dirty
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not tab.dirty and tab.error_label.text() == ""
    steps = ws.interview.list_steps(campaign.id)
    assert [s.text for s in steps][:2] == ["Welcome to Acme.", "Why do you want to work with us?"]
    assert steps[1].audio_seconds == 2.0 and steps[1].answer_type == "audio"
    assert (steps[4].text, steps[4].answer_type) == ("Question 5?", "text")
    # a move the order forbids is refused at Save, with the engine's reason
    tab.step_list.setCurrentRow(1)
    tab.move_current(-1)
    assert not tab.save() and "cannot come after" in tab.error_label.text()
    assert tab.step_list.currentRow() == 1  # the step the refusal names is chosen
    tab.load(campaign.id)
    tab.add_step("question")  # left without a text
    assert not tab.save() and tab.error_label.text() == "step 7 (question) needs a text"
    assert tab.step_list.currentRow() == 6
    tab.load(campaign.id)
    dialog.close()
    assert not dialog.isVisible()


@pytest.mark.skipif(not has_espeak, reason="espeak-ng is not installed")
def test_the_profile_shows_the_transcript_under_the_recording(
    window: MainWindow, ws: Workspace, campaign: CampaignInfo, qtbot: QtBot
) -> None:
    q = ws.interview.add_step(campaign.id, "question", "Tell us about your experience.")
    cid = ws.intake.add_candidate(campaign.id, first_name="Lea", last_name="Cruz", email="l@x.io")
    recording = ws.data_dir / "recordings" / "lea.wav"
    recording.parent.mkdir()
    said = "I have three years of experience in customer service"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(recording), said], check=True)
    ws.interview.record(cid, q.id, audio_path="recordings/lea.wav")
    window.refresh_after_sync()  # she is in the list, as the change watcher would do
    window.select_candidate(cid)
    section = window.profile_pane.responses_section

    def lines() -> list[str]:
        return [label.text() for label in section.findChildren(QLabel)]

    assert any("being transcribed offline" in t for t in lines())
    sync = window.outbox_sync
    worker = SyncWorker(ws.context, on_change=sync.notify)
    sync.worker = worker
    try:
        asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    assert worker.report.transcribed == 1
    qtbot.waitUntil(lambda: any("customer service" in t for t in lines()))
    assert window.profile_pane.candidate_id == cid
    sync.worker = None


def test_a_language_without_a_model_is_said_on_the_profile(
    window: MainWindow, ws: Workspace, qtbot: QtBot
) -> None:
    camp = ws.campaigns.create("Service client - Paris", interview_language="fr")
    q = ws.interview.add_step(camp.id, "question", "Parlez-nous de vous.")
    cid = ws.intake.add_candidate(camp.id, first_name="Lou", last_name="Roy", email="l@x.fr")
    write_wav(ws.data_dir / "lou.wav")
    ws.interview.record(cid, q.id, audio_path="lou.wav")
    assert ws.interview.transcribe_pending() == 1
    window.refresh_after_sync()
    window.select_candidate(cid)
    texts = [label.text() for label in window.profile_pane.responses_section.findChildren(QLabel)]
    assert "No transcript: no offline model for fr" in texts
