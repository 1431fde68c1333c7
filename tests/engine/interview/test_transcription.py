"""Offline transcription of recorded answers (issue 18, acceptance 4): a spoken answer made
with espeak-ng is transcribed by the sync worker's own thread with PocketSphinx; the
transcript is on the profile, in the search and in the campaign export. A language without
a model says so on the answer."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import threading
from pathlib import Path

import openpyxl
import pytest
from support.audio import write_wav

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.interview.transcription import PocketSphinx
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace

ANSWER = "I have three years of experience in customer service"
CONTENT_WORDS = {"three", "years", "experience", "customer", "service"}
needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)


def spoken(path: Path, text: str = ANSWER) -> Path:
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(path), text], check=True)
    return path


class Watching(PocketSphinx):
    """The shipped engine, noting the thread each transcription ran on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[str] = []

    def transcribe(self, samples: bytes, language: str) -> str:
        self.threads.append(threading.current_thread().name)
        return super().transcribe(samples, language)


def answered(ws: Workspace, language: str, recording: Path) -> tuple[int, int]:
    camp = ws.campaigns.create(f"Customer Service {language}", interview_language=language)
    q = ws.interview.add_step(camp.id, "question", "Tell us about your experience.")
    cid = ws.intake.add_candidate(camp.id, first_name="Ana", last_name="Cruz", email="a@x.io")
    folder = ws.data_dir / "recordings"
    folder.mkdir(exist_ok=True)
    shutil.copy(recording, folder / "answer.wav")
    ws.interview.record(cid, q.id, audio_path="recordings/answer.wav")
    return camp.id, cid


@needs_espeak
def test_a_spoken_answer_is_transcribed_in_the_background(ws: Workspace, tmp_path: Path) -> None:
    camp, cid = answered(ws, "en", spoken(tmp_path / "answer.wav"))
    [waiting] = ws.candidates.get(cid).responses
    assert (waiting.transcript, waiting.transcript_state) == ("", "pending")

    engine = Watching()
    worker = SyncWorker(ws.context, transcriber=engine)
    try:
        report = asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    assert report.transcribed == 1
    assert engine.threads and all(t.startswith("sync-speech") for t in engine.threads)

    [answer] = ws.candidates.get(cid).responses
    heard = set(answer.transcript.lower().split())
    assert len(heard & CONTENT_WORDS) >= 4, answer.transcript
    assert answer.transcript_state == "done"
    # searchable: a word of the transcript finds the candidate
    found = ws.candidates.page(CandidateFilter(campaign_id=camp, search="customer service"))
    assert [r.id for r in found] == [cid]
    # in the export, under the question
    out = tmp_path / "export.xlsx"
    ws.exports.campaign(camp, out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("Q1: Tell us about your experience.")
    assert rows[1][column] == answer.transcript


@needs_espeak
def test_a_language_without_a_model_says_so(ws: Workspace, tmp_path: Path) -> None:
    _camp, cid = answered(ws, "fr", spoken(tmp_path / "answer.wav", "Bonjour"))
    assert ws.interview.transcribe_pending() == 1
    [answer] = ws.candidates.get(cid).responses
    assert answer.transcript == ""
    assert (answer.transcript_state, answer.transcript_note) == (
        "no_model",
        "no offline model for fr",
    )


def test_an_answer_replaced_meanwhile_keeps_its_new_recording(
    ws: Workspace, tmp_path: Path
) -> None:
    """The stored transcript is compare-and-set on the recording it was made from."""

    class Slow:
        name = "slow"

        def __init__(self) -> None:
            self.calls = 0

        def model_for(self, _language: str) -> str | None:
            return "en-us"

        def transcribe(self, _samples: bytes, _language: str) -> str:
            self.calls += 1
            if self.calls == 1:  # the candidate answers again while the first one runs
                ws.interview.record(cid, qid, audio_path="recordings/second.wav")
            return "first answer"

    _camp, cid = answered(ws, "en", write_wav(tmp_path / "tone.wav"))
    qid = ws.candidates.get(cid).responses[0].question_id
    write_wav(ws.data_dir / "recordings" / "second.wav")
    slow = Slow()
    assert ws.interview.transcribe_pending(transcriber=slow) == 0  # the first is stale
    assert ws.interview.transcribe_pending(transcriber=slow) == 1
    [answer] = ws.candidates.get(cid).responses
    assert answer.audio_path == "recordings/second.wav" and answer.transcript == "first answer"
