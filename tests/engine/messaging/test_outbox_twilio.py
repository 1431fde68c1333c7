"""The outbox against Twilio: the official SDK talks to a loopback server that checks every
request against Twilio's OpenAPI description. Faults (5xx, 429 with Retry-After, permanent
errors, timeouts, connection refused, a kill between sending and recording) end with every
message delivered exactly once or failed with the provider's reason."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,
    delay_after_create,
    error,
    hang_after_create,
    rate_limited,
    status,
)

from talkpush_desktop.engine.dto import CampaignInfo  # noqa: E402
from talkpush_desktop.engine.messaging.sync import SyncWorker  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import Message  # noqa: E402

OUR_NUMBER = "+15005550006"
ROUTE = ("POST", "Messages")


class Clock:
    """A settable clock, so retry times pass without waiting."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


def configure(ws: Workspace, server: TwilioServer, timeout: float = 5.0) -> None:
    settings = {
        "account_sid": DEFAULT_ACCOUNT_SID,
        "from_number": OUR_NUMBER,
        "api_base_url": server.url,
        "timeout": timeout,
    }
    ws.providers.configure("sms", "twilio", settings, DEFAULT_AUTH_TOKEN)


@pytest.fixture
def people(ws: Workspace, campaign: CampaignInfo, server: TwilioServer) -> list[int]:
    configure(ws, server)
    return [
        ws.intake.add_candidate(campaign.id, first_name=name, phone=f"+6391712345{i:02d}")
        for i, name in enumerate(["Maria", "Jose", "Ana"])
    ]


def state(ws: Workspace, message_id: int) -> Message:
    with ws.transaction() as s:
        m = s.get(Message, message_id)
        assert m is not None
        s.expunge(m)
        return m


def rounds(worker: SyncWorker, clock: Clock, n: int = 6, step: float = 600) -> None:
    """Delivery rounds with time passing between them (retries and leases come due)."""

    async def go() -> None:
        for _ in range(n):
            await worker.deliver()
            clock.advance(step)

    asyncio.run(go())


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def worker(ws: Workspace, clock: Clock) -> Iterator[SyncWorker]:
    w = SyncWorker(ws.context, clock=clock)
    yield w
    w.close()


def test_messages_go_out_once_and_states_follow_twilio(
    ws: Workspace, people: list[int], server: TwilioServer, worker: SyncWorker, clock: Clock
) -> None:
    ids = [
        ws.messaging.queue_message(cid, "Hi <%= @candidate_first_name %>", "sms").id
        for cid in people
    ]
    rounds(worker, clock)
    assert sorted((m["to"], m["from"], m["body"]) for m in server.messages) == [
        ("+639171234500", OUR_NUMBER, "Hi Maria"),
        ("+639171234501", OUR_NUMBER, "Hi Jose"),
        ("+639171234502", OUR_NUMBER, "Hi Ana"),
    ]
    first = state(ws, ids[0])
    [twilio_first] = server.sent_to("+639171234500")
    assert (first.state, first.provider_id) == ("sent", twilio_first["sid"])
    [twilio_second] = server.sent_to("+639171234501")
    server.set_message_status(twilio_first["sid"], "delivered")
    server.set_message_status(
        twilio_second["sid"], "undelivered", 30005, "Unknown destination handset"
    )
    asyncio.run(worker.pull())
    assert state(ws, ids[0]).state == "delivered"
    failed = state(ws, ids[1])
    assert failed.state == "failed" and "Twilio error 30005" in failed.error


def test_server_errors_and_rate_limits_are_retried_later(
    ws: Workspace, people: list[int], server: TwilioServer, worker: SyncWorker, clock: Clock
) -> None:
    server.inject(ROUTE, status(500), rate_limited(7))
    m = ws.messaging.queue_message(people[0], "Hello", "sms")
    asyncio.run(worker.deliver())
    first = state(ws, m.id)
    assert first.state == "queued" and first.error.startswith("will retry: Twilio had a server")
    assert first.next_attempt_at is not None
    assert 1.0 <= (first.next_attempt_at - clock.now).total_seconds() <= 2.0  # backoff, jitter
    clock.advance(2)
    asyncio.run(worker.deliver())
    limited = state(ws, m.id)
    assert limited.next_attempt_at == clock.now + timedelta(seconds=7)  # Retry-After honoured
    assert "rate limiting" in limited.error
    clock.advance(6)
    assert asyncio.run(worker.deliver()) == 0  # not yet
    clock.advance(1)
    asyncio.run(worker.deliver())
    assert state(ws, m.id).state == "sent"
    assert len(server.sent_to("+639171234500")) == 1


def test_permanent_errors_fail_at_once_with_twilios_reason(
    ws: Workspace, people: list[int], server: TwilioServer, worker: SyncWorker, clock: Clock
) -> None:
    server.inject(
        ROUTE,
        error(
            400, code=21211, message="The 'To' number +639171234500 is not a valid phone number."
        ),
        error(400, code=21610, message="Attempt to send to unsubscribed recipient"),
    )
    a = ws.messaging.queue_message(people[0], "One", "sms")
    asyncio.run(worker.deliver())
    b = ws.messaging.queue_message(people[1], "Two", "sms")
    rounds(worker, clock)
    assert state(ws, a.id).error == (
        "The 'To' number +639171234500 is not a valid phone number. (Twilio error 21211)"
    )
    assert state(ws, b.id).error == "Attempt to send to unsubscribed recipient (Twilio error 21610)"
    assert {state(ws, a.id).state, state(ws, b.id).state} == {"failed"}
    assert server.messages == []  # never resent
    [bubble] = [x for x in ws.messaging.messages(people[1]) if x.id == b.id]
    assert (bubble.state, bubble.error) == ("failed", state(ws, b.id).error)


def test_a_timeout_after_twilio_took_it_is_reconciled_not_resent(
    ws: Workspace, people: list[int], server: TwilioServer, clock: Clock
) -> None:
    configure(ws, server, timeout=0.5)
    server.inject(ROUTE, delay_after_create(1.5))
    m = ws.messaging.queue_message(people[0], "Your interview is at 9", "sms")
    w = SyncWorker(ws.context, clock=clock)
    try:
        asyncio.run(w.deliver())
        doubt = state(ws, m.id)
        assert doubt.state == "sending" and "did not answer in time" in doubt.error
        rounds(w, clock)
    finally:
        w.close()
    assert len(server.sent_to("+639171234500")) == 1
    assert state(ws, m.id).provider_id == server.messages[0]["sid"]


def test_connection_refused_waits_for_the_network_without_spending_attempts(
    ws: Workspace, people: list[int], server: TwilioServer, worker: SyncWorker, clock: Clock
) -> None:
    server.go_offline()
    m = ws.messaging.queue_message(people[0], "Hello", "sms")
    asyncio.run(worker.deliver())
    waiting = state(ws, m.id)
    assert (waiting.state, waiting.attempts) == ("queued", 0)
    assert "could not be reached" in waiting.error
    assert worker.report.offline
    server.go_online()
    time.sleep(1.1)  # the provider's first offline pause
    rounds(worker, clock)
    assert state(ws, m.id).state == "sent"
    assert len(server.messages) == 1


def test_replies_are_pulled_into_the_conversation(
    ws: Workspace, people: list[int], server: TwilioServer, worker: SyncWorker
) -> None:
    server.add_inbound("+639171234501", OUR_NUMBER, "Can I come at 10 instead?")
    assert asyncio.run(worker.pull()) == 1
    assert asyncio.run(worker.pull()) == 0
    last = ws.messaging.messages(people[1])[-1]
    assert (last.direction, last.body) == ("in", "Can I come at 10 instead?")


def test_a_kill_between_sending_and_recording_neither_loses_nor_doubles(
    ws: Workspace, workspace_dir: Path, people: list[int], server: TwilioServer
) -> None:
    fault = server.inject(ROUTE, hang_after_create())
    m = ws.messaging.queue_message(people[0], "Only once, please", "sms")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "talkpush_desktop",
            "--data-dir",
            str(workspace_dir),
            "sync",
            "--once",
        ],
        env=env,
        start_new_session=True,
    )
    try:
        assert fault.created.wait(30), "the worker never reached Twilio"
        os.killpg(proc.pid, signal.SIGKILL)  # Twilio has it; the workspace does not know yet
        proc.wait(10)
    finally:
        fault.release()
        if proc.poll() is None:
            proc.kill()
    assert state(ws, m.id).state == "sending"  # the intent was stored before the request
    w = SyncWorker(ws.context)
    try:
        asyncio.run(w.run(once=True))
    finally:
        w.close()
    assert len(server.sent_to("+639171234500")) == 1
    done = state(ws, m.id)
    assert (done.state, done.provider_id) == ("sent", server.messages[0]["sid"])


@pytest.mark.slow
def test_a_bulk_reply_to_5000_while_offline_goes_out_once_back_online(
    ws: Workspace, campaign: CampaignInfo, server: TwilioServer, tmp_path: Path
) -> None:
    configure(ws, server)
    csv = tmp_path / "people.csv"
    csv.write_text("".join(f"P{i},Test,,63,9{i + 170000000:09d},\n" for i in range(5000)))
    assert ws.intake.import_csv(csv, campaign.id).imported == 5000
    ids = [r.id for r in ws.candidates.page(limit=5000)]
    server.go_offline()
    queued = ws.messaging.send_messages(
        ids, "Thanks <%= @candidate_first_name %>, see you Monday", "sms"
    )
    assert len(queued.message_ids) == 5000
    w = SyncWorker(ws.context)
    try:
        asyncio.run(w.run(once=True))  # offline: nothing goes, nothing is spent
        assert ws.messaging.outbox_status() == {"queued": 5000}
        server.go_online()
        time.sleep(1.1)
        asyncio.run(w.run(once=True))
    finally:
        w.close()
    assert ws.messaging.outbox_status() == {"sent": 5000}
    assert len(server.messages) == 5000
    assert len({m["to"] for m in server.messages}) == 5000  # none twice
    with ws.transaction() as s:
        sids = set(s.scalars(select(Message.provider_id)))
    assert sids == {m["sid"] for m in server.messages}
