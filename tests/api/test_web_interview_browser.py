"""Acceptance 5 of issue 20: a candidate does the web dial-out interview in headless Chromium
(a fake microphone, driven over the DevTools Protocol) against ``serve``'s app on a real
loopback port; the answers are stored and the candidate moves to Completed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.chromium_devtools import Chromium, executable

if executable() is None:
    pytest.skip("chromium is not installed (scripts/system-packages test)", allow_module_level=True)

from support.memory_keyring import MemoryKeyring  # noqa: E402

from talkpush_desktop.api.app import create_app  # noqa: E402
from talkpush_desktop.engine.dto import CampaignInfo  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import Folder, InterviewResponse  # noqa: E402
from tests.api.conftest import live_server  # noqa: E402
from tests.api.web_interview_support import (  # noqa: E402
    answers,
    folder_of,
    invited,
    recording,
    token_of,
)

SCREENSHOT = os.environ.get("WEB_INTERVIEW_SCREENSHOT", "")
"""Set to a folder to keep the page's screenshots (the README's come from here)."""


@pytest.fixture
def served(memory_keyring: MemoryKeyring, ws: Workspace) -> Iterator[str]:
    with live_server(create_app(ws)) as base:
        yield base


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Chromium]:
    chromium = Chromium(tmp_path / "chromium-profile")
    yield chromium
    chromium.close()


def _shot(browser: Chromium, name: str, tmp_path: Path) -> None:
    path = Path(SCREENSHOT or tmp_path) / name
    browser.screenshot(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def _state(browser: Chromium) -> str:
    return str(browser.evaluate("document.getElementById('app').dataset.state || ''"))


def _wait_state(browser: Chromium, state: str) -> None:
    browser.wait_for(f"document.getElementById('app').dataset.state === '{state}'")


def _record(browser: Chromium, seconds: float = 1.2) -> None:
    browser.click("#record")
    browser.wait_for("document.getElementById('record-status').classList.contains('live')")
    browser.evaluate(f"new Promise(r => setTimeout(r, {int(seconds * 1000)}))")
    browser.click("#stop")
    browser.wait_for("Number(document.getElementById('app').dataset.recorded) > 0")


def _type(browser: Chromium, text: str) -> None:
    browser.evaluate(f"document.getElementById('answer-text').value = {text!r}")


class Heard:
    """A transcriber that says how much sound it was given."""

    name = "heard"

    def model_for(self, language: str) -> str | None:
        return language

    def transcribe(self, samples: bytes, _language: str) -> str:
        return f"heard {len(samples)} bytes"


def _transcribed(ws: Workspace, candidate_id: int, recorded: list[int]) -> None:
    """The offline transcriber picks the browser's recordings up: decoded with ffmpeg where
    it is installed, otherwise each answer's transcript notes that it needs it."""
    assert ws.interview.transcribe_pending(limit=10, transcriber=Heard()) == len(recorded)
    with ws.reading() as s:
        rows = {
            r.question_id: (r.transcript_state, r.transcript, r.transcript_note)
            for r in s.scalars(
                select(InterviewResponse).where(InterviewResponse.candidate_id == candidate_id)
            )
        }
    for question in recorded:
        state, text, note = rows[question]
        if shutil.which("ffmpeg"):
            assert state == "done" and text.startswith("heard "), note
        else:
            assert state == "failed" and "needs ffmpeg" in note


def test_a_candidate_does_the_interview_in_the_browser_and_is_completed(
    ws: Workspace, campaign: CampaignInfo, served: str, browser: Chromium, tmp_path: Path
) -> None:
    cid, (spoken, written, either) = invited(ws, campaign, served)
    browser.open(ws.web_interview.link(cid))
    _wait_state(browser, "confirm")
    page = browser.evaluate("document.body.innerText")
    assert "Hello Maria Santos" in page and "Customer Service - Manila" in page
    assert "kept for your application only" in page  # the privacy statement
    _shot(browser, "web-interview-confirmation.png", tmp_path)
    browser.click("#start")
    for step in ("introduction", "privacy", "instructions"):
        _wait_state(browser, f"step-{step}")
        browser.click("#next")

    _wait_state(browser, f"question-{spoken}")
    assert browser.evaluate("document.getElementById('answer-text')") is None  # audio only
    _record(browser)
    _shot(browser, "web-interview-question.png", tmp_path)
    browser.click("#submit")
    _wait_state(browser, f"question-{written}")
    assert browser.evaluate("document.getElementById('record')") is None  # text only
    _type(browser, "Five years in a call centre")
    browser.click("#submit")
    _wait_state(browser, f"question-{either}")
    _record(browser)
    _type(browser, "I like helping people")
    browser.click("#submit")
    _wait_state(browser, "done")
    assert "we will be in touch" in browser.evaluate("document.body.innerText")
    _shot(browser, "web-interview-done.png", tmp_path)

    stored = answers(ws, cid)
    assert set(stored) == {spoken, written, either}
    assert stored[written] == ("text", "Five years in a call centre", "")
    assert stored[either][1] == "I like helping people"
    for question in (spoken, either):
        audio = recording(ws, stored[question][2])
        head = audio.read_bytes()[:4]
        assert audio.stat().st_size > 1000 and head in (b"\x1aE\xdf\xa3", b"OggS"), audio
    assert folder_of(ws, cid) == Folder.COMPLETED.value
    _transcribed(ws, cid, [spoken, either])

    browser.open(ws.web_interview.link(cid))  # the link is used now
    assert "does not work" in browser.evaluate("document.body.innerText")


def test_the_skip_confirmation_link_starts_at_the_first_question_and_a_bad_token_is_404(
    ws: Workspace, campaign: CampaignInfo, served: str, browser: Chromium
) -> None:
    cid, (spoken, written, _either) = invited(ws, campaign, served)
    link = ws.web_interview.link(cid, skip_confirmation=True)
    browser.open(link)
    _wait_state(browser, f"question-{spoken}")
    assert "Question 1 of 3" in browser.evaluate("document.body.textContent")
    _record(browser)
    browser.click("#submit")
    _wait_state(browser, f"question-{written}")
    assert set(answers(ws, cid)) == {spoken}
    browser.open(ws.web_interview.link(cid))  # back after a break: on at question 2
    _wait_state(browser, "confirm")
    browser.click("#start")
    _wait_state(browser, f"question-{written}")

    forged = f"{served}/webdialout/{cid}.{token_of(link).split('.')[1][::-1]}"
    browser.open(forged)
    assert browser.evaluate("document.title") == "Interview not found"
    assert "Maria" not in browser.evaluate("document.body.innerText")
    status = browser.evaluate(f"fetch({forged!r}).then(r => r.status)")
    assert status == 404
