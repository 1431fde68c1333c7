"""The ATS push against a real loopback ATS (tests/support/ats_receiver.py): a candidate
entering a chosen folder is POSTed once per event, signed, through 5xx, a timeout and a
kill of the sender; a 4xx fails with the ATS's reason; other messages are untouched."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from support.ats_receiver import SECRET, AtsReceiver

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.providers.ats_http import sign
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace


class Clock:
    """A settable clock: retry times and leases pass without waiting."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


@pytest.fixture
def receiver() -> Iterator[AtsReceiver]:
    with AtsReceiver() as ats:
        yield ats


@pytest.fixture
def jewel(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id,
        first_name="Jewel",
        last_name="Barton",
        phone="+639171234567",
        email="jewel@example.com",
        referee={"first_name": "Ana"},
    )


def rounds(ws: Workspace, n: int = 6) -> None:
    """Delivery rounds, ten minutes passing between them (retries and leases come due)."""
    clock = Clock()
    worker = SyncWorker(ws.context, clock=clock)

    async def go() -> None:
        for _ in range(n):
            await worker.deliver()
            clock.now += timedelta(minutes=10)

    try:
        asyncio.run(go())
    finally:
        worker.close()


def test_a_push_gets_through_a_500_and_a_timeout_once(
    ws: Workspace, jewel: int, receiver: AtsReceiver
) -> None:
    ws.ats.configure(receiver.url, ["hired", "shortlisted"], SECRET, timeout=0.5)
    receiver.script = ["500", "hang"]
    ws.candidates.move([jewel], "Hired")
    [queued] = ws.ats.pushes(jewel)
    assert (queued.event, queued.state) == ("hired", "queued")
    rounds(ws)
    assert [p.answer for p in receiver.requests] == ["500", "hang", "ok"]
    assert all(p.signature_ok for p in receiver.requests)
    assert len({p.key for p in receiver.requests}) == 1  # one key for every attempt
    [key] = receiver.keys()
    body = receiver.accepted[key]
    assert list(body) == [
        "state", "campaign_id", "id", "first_name", "last_name", "campaign_title", "email",
        "user_phone_number", "school_name", "gender", "employment", "links", "others",
    ]  # fmt: skip
    assert (body["state"], body["id"], body["user_phone_number"]) == ("hired", jewel, "9171234567")
    assert body["others"] == {"referee_first_name": "Ana"}
    [push] = ws.ats.pushes(jewel)
    assert (push.state, push.error, push.attempts) == ("sent", "", 2)
    assert ws.candidates.get(jewel).ats_pushes == [push]
    assert ws.messaging.messages(jewel) == []  # no bubble in the conversation


def test_each_event_is_one_push_and_unchosen_folders_none(
    ws: Workspace, jewel: int, campaign: CampaignInfo, receiver: AtsReceiver
) -> None:
    ws.ats.configure(receiver.url, ["shortlisted", "hired"], SECRET)
    other = ws.intake.add_candidate(campaign.id, first_name="Jose", phone="+639171234568")
    ws.candidates.move([jewel, other], "Shortlisted")
    ws.candidates.move([jewel], "Shortlisted")  # already there: no event
    ws.candidates.move([jewel], "On Hold")  # not chosen
    ws.candidates.move([jewel], "Hired")
    rounds(ws, 3)
    events = sorted((b["id"], b["state"]) for b in receiver.accepted.values())
    assert events == sorted([(jewel, "shortlisted"), (other, "shortlisted"), (jewel, "hired")])
    assert len(receiver.requests) == 3


def test_a_4xx_fails_at_once_with_the_ats_reason(
    ws: Workspace, jewel: int, receiver: AtsReceiver
) -> None:
    ws.ats.configure(receiver.url, ["hired"], SECRET)
    receiver.script = ["422"]
    ws.candidates.move([jewel], "Hired")
    rounds(ws, 3)
    [push] = ws.ats.pushes(jewel)
    assert push.state == "failed"
    assert "HTTP 422" in push.error and "scripted 422" in push.error
    assert len(receiver.requests) == 1 and receiver.keys() == []
    assert ws.messaging.outbox_attention() == {}  # the chat's failed count is messages only


def test_the_signature_is_the_hex_hmac_of_the_body(receiver: AtsReceiver) -> None:
    body = b'{"state": "hired"}'
    assert sign(SECRET, body) == hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


def test_settings_keep_the_secret_out_of_the_database(
    ws: Workspace, workspace_dir: Path, receiver: AtsReceiver
) -> None:
    shown = ws.ats.configure(receiver.url, ["Hired", "on hold"], SECRET)
    assert shown.to_json() == {
        "url": receiver.url,
        "events": ["hired", "on_hold"],
        "timeout": 10.0,
        "secret": "stored",
    }
    assert ws.ats.show() == shown
    ws.close()
    for path in workspace_dir.glob("*.sqlite*"):
        assert SECRET.encode() not in path.read_bytes()


@pytest.mark.parametrize(
    ("url", "events", "secret", "says"),
    [
        ("ftp://ats.example.com", ["hired"], SECRET, "url:"),
        ("not a url", ["hired"], SECRET, "url:"),
        ("https://ats.example.com", ["promoted"], SECRET, "unknown event 'promoted'"),
        ("https://ats.example.com", ["hired"], None, "HMAC secret is required"),
    ],
)
def test_bad_settings_are_refused(
    ws: Workspace, url: str, events: list[str], secret: str | None, says: str
) -> None:
    with pytest.raises(ValidationError, match=says):
        ws.ats.configure(url, events, secret)
    assert ws.ats.show() is None


def test_a_kill_of_the_sender_mid_push_still_delivers_once(
    ws: Workspace, workspace_dir: Path, jewel: int, receiver: AtsReceiver
) -> None:
    ws.ats.configure(receiver.url, ["hired"], SECRET, timeout=30)
    receiver.script = ["block"]
    ws.candidates.move([jewel], "Hired")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    args = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(workspace_dir)]
    proc = subprocess.Popen([*args, "sync", "--once"], env=env, start_new_session=True)
    try:
        assert receiver.seen.wait(60), "the sender never reached the ATS"
        os.killpg(proc.pid, signal.SIGKILL)  # the ATS has it; the workspace does not know
        proc.wait(10)
    finally:
        receiver.release.set()
        if proc.poll() is None:
            proc.kill()
    assert ws.ats.pushes(jewel)[0].state == "sending"
    done = subprocess.run([*args, "sync", "--once"], env=env, timeout=120, check=False)
    assert done.returncode == 0
    assert [p.answer for p in receiver.requests] == ["block", "ok"]
    assert len({p.key for p in receiver.requests}) == 1
    assert len(receiver.keys()) == 1  # the resend was dropped by its key
    assert json.loads(json.dumps(receiver.accepted[receiver.keys()[0]]))["state"] == "hired"
    assert ws.ats.pushes(jewel)[0].state == "sent"


def test_an_unreachable_ats_waits_without_spending_attempts(ws: Workspace, jewel: int) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/ats"
    ws.ats.configure(closed, ["hired"], SECRET)
    ws.candidates.move([jewel], "Hired")
    rounds(ws, 1)
    [push] = ws.ats.pushes(jewel)
    assert (push.state, push.attempts) == ("queued", 0)
    assert "could not be reached" in push.error


def test_a_failed_push_is_queued_again_by_retry_with_its_key(
    ws: Workspace, jewel: int, receiver: AtsReceiver
) -> None:
    ws.ats.configure(receiver.url, ["hired"], SECRET)
    receiver.script = ["409"]
    ws.candidates.move([jewel], "Hired")
    rounds(ws, 1)
    [push] = ws.ats.pushes(jewel)
    assert push.state == "failed"
    assert ws.messaging.retry_messages([push.id]) == 1
    rounds(ws, 1)
    assert ws.ats.pushes(jewel)[0].state == "sent"
    assert len({p.key for p in receiver.requests}) == 1 and len(receiver.keys()) == 1
