"""Phone interviews (robocall): driven step by step over the Twilio SDK against the loopback
fake (every request checked against Twilio's OpenAPI description), and on the sandbox phone."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import wave
from array import array
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.memory_keyring import MemoryKeyring

pytest.importorskip("twilio", reason="pip install twilio (provider tests need the SDK)")
pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.twilio_server import TwilioServer, delay_after_create, status  # noqa: E402

from talkpush_desktop.cli import calls as cli_calls  # noqa: E402
from talkpush_desktop.cli import messaging as cli_messaging  # noqa: E402
from talkpush_desktop.engine.dto import CampaignInfo  # noqa: E402
from talkpush_desktop.engine.errors import ValidationError  # noqa: E402
from talkpush_desktop.engine.interview import phone as ivr  # noqa: E402
from talkpush_desktop.engine.interview import sandbox_calls  # noqa: E402
from talkpush_desktop.engine.messaging.sync import SyncWorker  # noqa: E402
from talkpush_desktop.engine.providers import twilio_voice  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402

PHONE = "+639171234567"
HOTLINE = "+14155550100"
WINDOW = 10  # answer seconds (kept short: the test builds the recording)
RATE = 8000
INTERVIEW = [
    ("introduction", "Hi <%= @candidate_first_name %>, this is Talkpush calling.", "text"),
    ("privacy", "This call is recorded for your application.", "text"),
    ("instructions", "Answer after each question.", "text"),
    ("question", "What is your name?", "audio"),
    ("question", "How many years of experience do you have?", "audio"),
    ("closing", "Thank you, we will be in touch.", "text"),
]


class Clock:
    """A naive-UTC clock the test moves by hand (shared by the app and the fake)."""

    def __init__(self) -> None:  # a little ahead, so what the app stamps "now" comes first
        self.now = datetime.now(UTC).replace(tzinfo=None, microsecond=0) + timedelta(seconds=2)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[TwilioServer]:
    with TwilioServer(clock=lambda: clock.now.replace(tzinfo=UTC)) as fake:
        yield fake
        assert fake.violations == []


@pytest.fixture
def interview(ws: Workspace, campaign: CampaignInfo) -> list[int]:
    return ws.interview.set_steps(campaign.id, INTERVIEW)


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo, interview: list[int]) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", phone="09171234567"
    )


@pytest.fixture
def twilio_ws(ws: Workspace, server: TwilioServer, memory_keyring: MemoryKeyring) -> Workspace:
    settings = {
        "account_sid": server.account_sid,
        "from_number": HOTLINE,
        "api_base_url": server.url,
        "answer_seconds": WINDOW,
    }
    ws.providers.configure("voice", "twilio", settings, secret=server.auth_token)
    return ws


def _sync(ws: Workspace, clock: Clock) -> None:
    """Deliver the outbox only: each test drives the calls with its own CallDriver."""
    worker = SyncWorker(ws.context, clock=clock)

    async def drain() -> None:
        while await worker.deliver():
            pass

    try:
        asyncio.run(drain())
    finally:
        worker.close()


def _call(ws: Workspace, call_id: int) -> ivr.CallInfo:
    [found] = [c for c in ws.calls.history() if c.id == call_id]
    return found


def _tone_wav(seconds: float, levels: list[tuple[float, float, int]]) -> bytes:
    """Silence with a square wave of amplitude ``level`` in each ``(start, end)`` span."""
    samples = array("h", bytes(2 * round(seconds * RATE)))
    for start, end, level in levels:
        for i in range(round(start * RATE), min(len(samples), round(end * RATE))):
            samples[i] = level if (i // 20) % 2 else -level
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())
    return out.getvalue()


def _levels(path: Path) -> tuple[float, set[int]]:
    """A WAV file's duration and the amplitudes heard in it."""
    with wave.open(str(path), "rb") as w:
        seconds = w.getnframes() / w.getframerate()
        samples = array("h", w.readframes(w.getnframes()))
    return seconds, {abs(s) for s in samples} - {0}


def _walk(
    ws: Workspace, server: TwilioServer, clock: Clock, driver: ivr.CallDriver, call_id: int
) -> str:
    """Place the call, answer it, and let the driver ask every question; returns the SID."""
    _sync(ws, clock)
    [placed] = server.calls
    assert driver.advance() >= 1
    assert _call(ws, call_id).status == "ringing"
    server.set_call_status(placed["sid"], "in-progress")
    driver.advance()
    assert _call(ws, call_id).status == "live"
    return str(placed["sid"])


def _next_step(ws: Workspace, clock: Clock, driver: ivr.CallDriver, call_id: int) -> None:
    due = _call(ws, call_id).next_step_at
    assert due is not None
    clock.now = due - timedelta(seconds=1)
    assert driver.advance() == 0  # the answer window is not over yet
    clock.now = due
    assert driver.advance() == 1


# -- Twilio ---------------------------------------------------------------------------------


def test_a_robocall_asks_every_question_and_stores_the_sliced_answers(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    sid = _walk(ws, server, clock, driver, call_id)
    params = server.create_params(sid)
    assert (params["Record"], params["RecordingTrack"], params["Trim"]) == (
        ["true"],
        ["inbound"],
        ["do-not-trim"],
    )
    answered = clock.now
    first_speech = ivr.speech_seconds(
        [
            "Hi Maria, this is Talkpush calling.",
            f"This call is recorded for your application. {ivr.ACCEPT}",
            "Answer after each question.",
            "Question 1 of 2. What is your name?",
        ]
    )
    assert _call(ws, call_id).next_step_at == answered + timedelta(seconds=first_speech + WINDOW)
    _next_step(ws, clock, driver, call_id)
    second = clock.now
    second_speech = ivr.speech_seconds(
        ["Question 2 of 2. How many years of experience do you have?"]
    )
    _next_step(ws, clock, driver, call_id)
    closing = clock.now
    assert _call(ws, call_id).status == "closing"

    hold = WINDOW + twilio_voice.HOLD_GRACE
    assert server.call_twiml(sid) == [
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        "<Say>Hi Maria, this is Talkpush calling.</Say>"
        "<Say>This call is recorded for your application. Stay on the line to accept.</Say>"
        "<Say>Answer after each question.</Say>"
        "<Say>Question 1 of 2. What is your name?</Say>"
        f'<Pause length="{hold}" /></Response>',
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        "<Say>Question 2 of 2. How many years of experience do you have?</Say>"
        f'<Pause length="{hold}" /></Response>',
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        "<Say>Thank you, we will be in touch.</Say><Hangup /></Response>",
    ]

    # the call ends; Twilio has one recording of the candidate's side, from the answer on
    clock.now = closing + timedelta(seconds=3)
    total = (clock.now - answered).total_seconds()
    one = (second - answered).total_seconds()
    two = (closing - answered).total_seconds()
    media = _tone_wav(total, [(first_speech, one, 1000), (one + second_speech, two, 2000)])
    server.set_call_status(sid, "completed", duration=int(total))
    recording = server.add_recording(sid, int(total), media)
    server.add_transcription(recording, "Maria Santos. Three years.")
    assert driver.advance() == 1

    detail = ws.candidates.get(maria)
    assert detail.row.folder == "Completed"
    assert [r.audio_path for r in detail.responses] == [
        f"recordings/robocall-{call_id}-q1.wav",
        f"recordings/robocall-{call_id}-q2.wav",
    ]
    heard = [_levels(ws.data_dir / r.audio_path) for r in detail.responses]
    window = WINDOW + ivr.SLICE_LEAD  # a slice starts SLICE_LEAD before the question ends
    assert heard == [(window, {1000}), (window, {2000})]
    # one recording covers both answers: its transcript stays on the call and in the chat
    assert [r.transcript for r in detail.responses] == ["", ""]
    done = _call(ws, call_id)
    assert (done.status, done.answers, done.questions) == ("done", 2, 2)
    notes = [
        m.body for m in ws.messaging.messages(maria) if m.kind == "bot" and m.channel == "internal"
    ]
    assert notes == [
        "Robocall finished: all 2 questions answered. "
        "Transcript of the robocall: Maria Santos. Three years."
    ]
    [placement] = [m for m in ws.messaging.messages(maria) if m.channel == "voice"]
    assert placement.state == "delivered"
    assert driver.advance() == 0  # nothing left to do
    driver.close()


def test_a_transcription_of_one_answer_is_its_transcript(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, campaign: CampaignInfo, maria: int
) -> None:
    ws = twilio_ws
    ws.interview.set_steps(campaign.id, [("question", "Why do you want this job?", "audio")])
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    sid = _walk(ws, server, clock, driver, call_id)
    answered = clock.now
    _next_step(ws, clock, driver, call_id)
    clock.now += timedelta(seconds=4)
    total = int((clock.now - answered).total_seconds())
    server.set_call_status(sid, "completed", duration=total)
    recording = server.add_recording(sid, total, _tone_wav(total, []))
    server.add_transcription(recording, "I like helping people.")
    driver.advance()
    [response] = ws.candidates.get(maria).responses
    assert response.transcript == "I like helping people."
    assert ws.candidates.get(maria).row.folder == "Completed"


def test_no_answer_is_said_in_the_chat_and_not_redialled(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    _sync(ws, clock)
    [placed] = server.calls
    driver.advance()
    server.set_call_status(placed["sid"], "no-answer")
    assert driver.advance() == 1
    info = _call(ws, call_id)
    assert (info.status, info.call_status) == ("not_answered", "no-answer")
    assert ws.messaging.messages(maria)[-1].body == "The robocall was not answered."
    clock.now += timedelta(hours=1)
    _sync(ws, clock)
    assert driver.advance() == 0
    assert len(server.calls) == 1  # no retry loop
    assert ws.candidates.get(maria).responses == []
    assert len(server.call_twiml(placed["sid"])) == 1


def test_a_restart_mid_call_resumes_where_it_was(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int, workspace_dir: Path
) -> None:
    call_id = twilio_ws.calls.robocall(maria)
    driver = ivr.CallDriver(twilio_ws, clock=clock)
    sid = _walk(twilio_ws, server, clock, driver, call_id)
    answered = clock.now
    _next_step(twilio_ws, clock, driver, call_id)  # question 2 is being asked
    due = _call(twilio_ws, call_id).next_step_at
    driver.close()
    twilio_ws.close()

    with Workspace.open(data_dir=workspace_dir) as ws:  # the app starts again
        again = ivr.CallDriver(ws.context, clock=clock)
        assert _call(ws, call_id).step == 2
        assert again.advance() == 0
        assert due is not None
        clock.now = due + timedelta(seconds=30)  # it was closed past the window's end
        assert again.advance() == 1
        assert _call(ws, call_id).status == "closing"
        assert len(server.call_twiml(sid)) == 3  # nothing was spoken twice
        assert "<Hangup />" in server.call_twiml(sid)[-1]
        total = int((clock.now - answered).total_seconds()) + 3
        server.set_call_status(sid, "completed", duration=total)
        server.add_recording(sid, total, _tone_wav(total, []))
        again.advance()
        assert [r.audio_path != "" for r in ws.candidates.get(maria).responses] == [True, True]
        assert _call(ws, call_id).status == "done"
        again.close()


def test_a_step_that_could_not_be_said_is_said_on_the_next_pass(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    sid = _walk(ws, server, clock, driver, call_id)
    due = _call(ws, call_id).next_step_at
    assert due is not None
    clock.now = due
    server.go_offline()
    assert driver.advance() == 0
    assert _call(ws, call_id).error == "Twilio could not be reached (no connection)"
    server.go_online()
    server.inject(("POST", "Calls/{Sid}"), status(503))
    assert driver.advance() == 0  # question 2 is chosen, but Twilio did not take it
    info = _call(ws, call_id)
    assert (info.step, info.error) == (2, "Twilio had a server error (503)")
    clock.now += timedelta(seconds=2)
    assert driver.advance() == 1
    assert len(server.call_twiml(sid)) == 2  # question 2, once
    assert _call(ws, call_id).error == ""
    driver.close()


def test_a_call_placed_in_doubt_is_found_not_placed_twice(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    info = next(i for i in ws.providers.infos() if i.service == "voice")
    ws.providers.configure("voice", "twilio", info.settings | {"timeout": 0.5}, secret=None)
    server.inject(("POST", "Calls"), delay_after_create(1.5))
    ws.calls.robocall(maria)
    _sync(ws, clock)  # the answer never came: in doubt
    assert ws.messaging.outbox_status() == {"sending": 1}
    clock.now += timedelta(minutes=10)
    _sync(ws, clock)  # asked Twilio: the call is there
    assert len(server.calls) == 1
    [placement] = [m for m in ws.messaging.messages(maria) if m.channel == "voice"]
    assert placement.state == "sent"
    server.release_all()


def test_a_hang_up_during_the_interview_keeps_the_answers_so_far(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    sid = _walk(ws, server, clock, driver, call_id)
    answered = clock.now
    _next_step(ws, clock, driver, call_id)
    clock.now += timedelta(seconds=3)  # gone while question 2 is asked
    total = int((clock.now - answered).total_seconds())
    server.set_call_status(sid, "completed", duration=total)
    server.add_recording(sid, total, _tone_wav(total, []))
    driver.advance()
    assert len(ws.candidates.get(maria).responses) == 1  # question 2 had no time to be answered
    assert ws.candidates.get(maria).row.folder == "Inbox"
    assert ws.messaging.messages(maria)[-1].body == "The robocall ended after 1 of 2 answers."


def test_a_call_left_open_after_the_closing_is_hung_up(
    twilio_ws: Workspace, server: TwilioServer, clock: Clock, maria: int
) -> None:
    ws = twilio_ws
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    sid = _walk(ws, server, clock, driver, call_id)
    _next_step(ws, clock, driver, call_id)
    _next_step(ws, clock, driver, call_id)  # the closing, with <Hangup/>
    _next_step(ws, clock, driver, call_id)  # still up long after: hung up by REST
    assert server.calls[0]["status"] == "completed"
    assert len(server.call_twiml(sid)) == 3
    assert driver.advance() == 1  # ended; waiting for the recording
    assert _call(ws, call_id).status == "ended"
    clock.now += ivr.RECORDING_WAIT
    assert driver.advance() == 1
    assert ws.messaging.messages(maria)[-1].body == (
        "The robocall ended after 0 of 2 answers. Twilio has no recording of the call."
    )


def test_placing_is_refused_without_a_phone_or_twice(
    ws: Workspace, campaign: CampaignInfo, maria: int
) -> None:
    emailer = ws.intake.add_candidate(campaign.id, first_name="Jose", email="jose@example.com")
    with pytest.raises(ValidationError, match="no phone number"):
        ws.calls.robocall(emailer)
    ws.calls.robocall(maria)
    with pytest.raises(ValidationError, match="still going"):
        ws.calls.robocall(maria)


def test_twiml_escapes_the_spoken_text() -> None:
    document = twilio_voice.twiml(["Fish & <chips>"], None)
    assert "<Say>Fish &amp; &lt;chips&gt;</Say><Hangup />" in document


# -- the sandbox ----------------------------------------------------------------------------


def test_the_sandbox_plays_the_interview_on_the_simulated_phone(
    ws: Workspace, clock: Clock, maria: int
) -> None:
    call_id = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    _sync(ws, clock)
    driver.advance()
    with ws.transaction() as s:
        [ringing] = sandbox_calls.incoming_calls(s, PHONE)
    assert ringing.state == "waiting"
    assert ringing.script.startswith("Hi Maria, this is Talkpush calling.")
    assert ringing.script.endswith("Question 1 of 2. What is your name?")
    with ws.transaction() as s:
        sandbox_calls.answer(s, ringing.id, "Maria Santos")
    assert driver.advance() == 1
    with ws.transaction() as s:
        _first, second = sandbox_calls.incoming_calls(s, PHONE)
        with pytest.raises(ValidationError, match="this step is over"):
            sandbox_calls.answer(s, ringing.id, "again")
        sandbox_calls.answer(s, second.id, "5")
    assert second.script == "Question 2 of 2. How many years of experience do you have?"
    assert driver.advance() == 1  # the answer, then the closing ends the call
    with ws.transaction() as s:
        steps = sandbox_calls.incoming_calls(s, PHONE)
    assert [(c.state, c.answer) for c in steps] == [
        ("answered", "Maria Santos"),
        ("answered", "5"),
        ("ended", ""),
    ]
    detail = ws.candidates.get(maria)
    assert [r.transcript for r in detail.responses] == ["Maria Santos", "5"]
    assert detail.row.folder == "Completed"
    assert _call(ws, call_id).status == "done"
    worker = SyncWorker(ws.context, clock=clock)  # a whole pass: the answers land in the chat too
    try:
        asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    said = [(m.direction, m.channel, m.body) for m in ws.messaging.messages(maria)]
    assert ("in", "voice", "Maria Santos") in said
    assert ("out", "internal", "Robocall finished: all 2 questions answered.") in said


def test_a_sandbox_call_nobody_answers_or_declined(
    ws: Workspace, clock: Clock, campaign: CampaignInfo, maria: int
) -> None:
    first = ws.calls.robocall(maria)
    driver = ivr.CallDriver(ws.context, clock=clock)
    _sync(ws, clock)
    driver.advance()
    clock.now += ivr.SANDBOX_RING + timedelta(seconds=1)
    assert driver.advance() == 1
    assert _call(ws, first).status == "not_answered"
    assert ws.messaging.messages(maria)[-1].body == "The robocall was not answered."

    second = ws.calls.robocall(maria)
    _sync(ws, clock)
    driver.advance()
    with ws.transaction() as s:
        waiting = sandbox_calls.incoming_calls(s, PHONE)[-1]
        sandbox_calls.hang_up(s, waiting.id)
    driver.advance()
    assert (_call(ws, second).status, _call(ws, second).call_status) == ("not_answered", "busy")


def test_the_command_line(
    ws: Workspace, clock: Clock, maria: int, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    cli_messaging.add_parsers(sub)
    cli_calls.add_parsers(sub)

    def run(*argv: str) -> Any:
        args = parser.parse_args(argv)
        assert args.func(ws, args) == 0
        return json.loads(capsys.readouterr().out)

    placed = run("calls", "robocall", str(maria), "--json")
    assert isinstance(placed, dict) and placed["status"] == "placing"
    _sync(ws, clock)
    ivr.CallDriver(ws.context, clock=clock).advance()
    [step] = run("sandbox", "calls", PHONE, "--json")
    run("sandbox", "answer", str(step["id"]), "--digits", "42", "--json")
    with pytest.raises(ValidationError, match="keypad"):
        args = parser.parse_args(["sandbox", "answer", str(step["id"]), "--digits", "4a"])
        args.func(ws, args)
    [listed] = run("calls", "list", "--json")
    assert (listed["id"], listed["status"], listed["questions"]) == (placed["id"], "ringing", 2)
    assert run("sandbox", "inbox", PHONE, "--json")  # the existing sandbox commands still work
