"""Call Candidate: with Twilio (the official SDK against the loopback fake that checks each
request against Twilio's OpenAPI) the recruiter's own phone rings and the TwiML ``<Dial>``s
the candidate from the company's number; with the sandbox the simulated phone gets the call.
Both numbers are checked before dialling; the call's state follows the provider, and a call
bubble (start, then outcome and duration, once) is in the conversation."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from support.twilio_voice import voice_on_fake

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace

MARIA = "+639171234567"
ME = "+639181112222"


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(campaign.id, first_name="Maria", phone=MARIA)


@pytest.fixture
def twilio(ws: Workspace, memory_keyring: Any) -> Iterator[Any]:  # noqa: ARG001
    with voice_on_fake(ws) as fake:
        yield fake


def bubbles(ws: Workspace, cid: int) -> list[str]:
    return [m.body for m in ws.messaging.messages(cid) if m.channel == "voice"]


def test_my_phone_is_checked_and_kept(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="my phone"):
        ws.recruiter_calls.set_my_phone("+63 12")
    assert ws.recruiter_calls.set_my_phone("+63 918 111 2222") == ME
    assert ws.recruiter_calls.my_phone() == ME


def test_twilio_rings_the_recruiter_then_dials_the_candidate(
    ws: Workspace, twilio: Any, maria: int
) -> None:
    with pytest.raises(ValidationError, match="my phone: set your own phone first"):
        ws.recruiter_calls.call(maria)
    assert twilio.calls == []
    ws.recruiter_calls.set_my_phone(ME)
    call = ws.recruiter_calls.call(maria)
    [placed] = twilio.calls
    assert (placed["to"], placed["from"]) == (ME, "+15005550006")
    [document] = twilio.call_twiml(placed["sid"])
    assert "<Dial" in document and f"<Number>{MARIA}</Number>" in document
    assert 'callerId="+15005550006"' in document
    assert ws.recruiter_calls.state(call.message_id).status == "queued"
    twilio.set_call_status(placed["sid"], "in-progress")
    assert ws.recruiter_calls.state(call.message_id).status == "in-progress"
    twilio.set_call_status(placed["sid"], "completed", duration=125)
    done = ws.recruiter_calls.state(call.message_id)
    assert (done.status, done.seconds, done.finished) == ("completed", 125, True)
    ws.recruiter_calls.state(call.message_id)  # asked again: one end bubble
    assert bubbles(ws, maria) == ["Calling Maria", "Call ended: completed, 2:05"]


def test_a_bad_candidate_number_is_refused_before_dialling(
    ws: Workspace, twilio: Any, campaign: CampaignInfo
) -> None:
    ws.recruiter_calls.set_my_phone(ME)
    nobody = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    with pytest.raises(ValidationError, match="candidate phone"):
        ws.recruiter_calls.call(nobody)
    assert twilio.calls == []


def test_the_sandbox_phone_gets_the_call_and_the_recruiter_hangs_up(
    ws: Workspace, maria: int
) -> None:
    call = ws.recruiter_calls.call(maria)
    assert (call.provider, call.status) == ("sandbox", "ringing")
    [ringing] = ws.calls.sandbox_incoming(MARIA)
    assert ringing.state == "waiting"
    ws.calls.sandbox_answer(ringing.id, "Hello?")
    assert ws.recruiter_calls.state(call.message_id).status == "in-progress"
    done = ws.recruiter_calls.hang_up(call.message_id)
    assert done.status == "completed" and done.seconds >= 1
    assert bubbles(ws, maria)[0] == "Calling Maria"
    assert bubbles(ws, maria)[1].startswith("Call ended: completed, 0:0")
    worker = SyncWorker(ws.context)
    try:
        assert asyncio.run(worker.run(once=True)).to_json()["received"] == 0
    finally:
        worker.close()
    inbound = [m for m in ws.messaging.messages(maria) if m.direction == "in"]
    assert inbound == []  # the candidate's "Hello?" is the call's, not a chat reply
