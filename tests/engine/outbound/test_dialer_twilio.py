"""Campaign calls through the official Twilio SDK against the loopback fake that checks
every request against Twilio's OpenAPI description: MachineDetection, the status callback,
the in-doubt look-up that finds a call already placed instead of dialling again; the dialer
paced at the campaign's calls per second, outcomes from the call status and answering-
machine detection; and a worker killed while Twilio holds the request: after the restart,
exactly one call per lead per attempt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from sqlalchemy import select  # noqa: E402
from support.dialer_campaigns import add_leads, lead_state, make_campaign  # noqa: E402
from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,
    hang_after_create,
    status,
)

from talkpush_desktop.engine import owners  # noqa: E402
from talkpush_desktop.engine.outbound.dialer.dialer_calls import (  # noqa: E402
    DialRequest,
    TwilioDialer,
    dial,
    from_settings,
)
from talkpush_desktop.engine.outbound.dialer.runner import Dialer  # noqa: E402
from talkpush_desktop.engine.providers.base import (  # noqa: E402
    AmbiguousError,
    RetryableError,
)
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import CallAttempt  # noqa: E402

CALLER_ID = "+15005550006"
LEAD = "+639171234567"
LEADS = ["+639171234501", "+639171234502", "+639171234503"]
TWIML = "<Response><Say>Hi</Say><Hangup/></Response>"


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


@pytest.fixture
def line(server: TwilioServer) -> Iterator[TwilioDialer]:
    dialer = from_settings(
        {"account_sid": server.account_sid, "from_number": CALLER_ID, "api_base_url": server.url},
        server.auth_token,
    )
    yield dialer
    dialer.close()


def request(**changes: object) -> DialRequest:
    base: dict[str, object] = {
        "key": "c1-l1-a1",
        "to": LEAD,
        "twiml": TWIML,
        "intent_at": utcnow(),
    }
    return DialRequest(**(base | changes))  # type: ignore[arg-type]


def test_a_call_is_placed_with_machine_detection(server: TwilioServer, line: TwilioDialer) -> None:
    placed = dial(line, request(status_callback="https://desk.example.com/v1/voice/status"))
    assert not placed.reconciled
    params = server.create_params(placed.sid)
    assert params["MachineDetection"] == ["Enable"]
    assert params["To"] == [LEAD] and params["From"] == [CALLER_ID]
    assert params["Twiml"] == [TWIML]
    assert params["StatusCallback"] == ["https://desk.example.com/v1/voice/status"]
    assert sorted(params["StatusCallbackEvent"]) == [
        "answered",
        "completed",
        "initiated",
        "ringing",
    ]
    assert len(server.calls) == 1


def test_fetch_reports_status_answered_by_and_duration(
    server: TwilioServer, line: TwilioDialer
) -> None:
    sid = dial(line, request()).sid
    assert line.report(sid).status == "queued"
    server.set_call_status(sid, "in-progress")
    server.set_call_status(sid, "completed", duration=17)
    with server.store.lock:
        server.store.calls[sid]["answered_by"] = "machine_start"
    report = line.report(sid)
    assert (report.status, report.answered_by, report.duration) == (
        "completed",
        "machine_start",
        17,
    )
    assert report.started_at is not None and report.ended_at is not None


def test_in_doubt_finds_the_call_instead_of_dialling_again(
    server: TwilioServer, line: TwilioDialer
) -> None:
    intent = utcnow()
    first = dial(line, request(intent_at=intent))
    again = dial(line, request(intent_at=intent, in_doubt=True))
    assert again.reconciled and again.sid == first.sid
    assert len(server.calls) == 1


def test_in_doubt_with_no_call_dials(server: TwilioServer, line: TwilioDialer) -> None:
    old = dial(line, request(to="+639171234599"))  # another lead: not this attempt's
    placed = dial(line, request(in_doubt=True))
    assert not placed.reconciled and placed.sid != old.sid
    assert len(server.calls) == 2


def test_an_old_call_to_the_same_number_is_not_this_attempt(
    server: TwilioServer, line: TwilioDialer
) -> None:
    dial(line, request())
    later = utcnow() + timedelta(hours=6)  # the retry, hours after the first call
    placed = dial(line, request(intent_at=later, in_doubt=True))
    assert not placed.reconciled and len(server.calls) == 2


def test_a_timeout_after_twilio_took_the_call_is_ambiguous_then_reconciled(
    server: TwilioServer,
) -> None:
    slow = TwilioDialer(
        server.account_sid, server.auth_token, CALLER_ID, api_base_url=server.url, timeout=0.5
    )
    fault = server.inject(("POST", "Calls"), hang_after_create())
    intent = utcnow()
    try:
        with pytest.raises(AmbiguousError):
            dial(slow, request(intent_at=intent))
        fault.release()
        found = dial(slow, request(intent_at=intent, in_doubt=True))
        assert found.reconciled and len(server.calls) == 1
    finally:
        fault.release()
        slow.close()


def test_a_server_error_is_retryable_and_places_nothing(
    server: TwilioServer, line: TwilioDialer
) -> None:
    server.inject(("POST", "Calls"), status(503))
    with pytest.raises(RetryableError):
        dial(line, request())
    assert server.calls == []


def on_twilio(ws: Workspace, server: TwilioServer, service: str = "voice") -> Workspace:
    """``ws`` with ``service`` on the fake's Twilio account."""
    settings = {
        "account_sid": DEFAULT_ACCOUNT_SID,
        "from_number": "+15005550001",
        "api_base_url": server.url,
        "timeout": 5.0,
    }
    ws.providers.configure(service, "twilio", settings, DEFAULT_AUTH_TOKEN)
    return ws


@pytest.fixture
def twilio_ws(ws: Workspace, server: TwilioServer) -> Workspace:
    return on_twilio(ws, server)


def attempts(ws: Workspace) -> list[tuple[int, int, str, str, str]]:
    with ws.transaction() as s:
        rows = s.scalars(select(CallAttempt).order_by(CallAttempt.lead_id, CallAttempt.attempt_no))
        return [(r.lead_id, r.attempt_no, r.state, r.outcome, r.answered_by) for r in rows]


def daytime_campaign(ws: Workspace, **options: object) -> tuple[int, list[int]]:
    """A campaign that started a minute ago, one retry a minute from now, open all day."""
    now = utcnow()
    campaign = make_campaign(
        ws,
        now - timedelta(minutes=1),
        [now + timedelta(minutes=1)],
        window=("00:00", "23:59"),
        **options,  # type: ignore[arg-type]
    )
    return campaign, add_leads(ws, campaign, LEADS, now)


def test_calls_are_paced_and_followed_to_their_outcome(
    twilio_ws: Workspace, server: TwilioServer
) -> None:
    _campaign, (human, machine, silent) = daytime_campaign(twilio_ws, calls_per_second=4.0)
    dialer = Dialer(twilio_ws.context, poll_every=0.0)
    try:
        t0 = time.monotonic()
        report = dialer.run_once()
        assert report.placed == 3 and time.monotonic() - t0 >= 0.45  # 4 calls per second
        calls = {c["to"]: c["sid"] for c in server.calls}
        assert sorted(calls) == LEADS
        for sid in calls.values():
            params = server.create_params(sid)
            assert params["MachineDetection"] == ["Enable"] and params["From"] == [CALLER_ID]
            assert "press 1" in params["Twiml"][0]
        assert dialer.run_once().finished == 0  # still queued at Twilio
        server.set_call_status(calls[LEADS[0]], "completed", duration=21)
        server.set_call_status(calls[LEADS[1]], "completed", duration=9)
        server.set_call_status(calls[LEADS[2]], "no-answer")
        with server.store.lock:
            server.store.calls[calls[LEADS[0]]]["answered_by"] = "human"
            server.store.calls[calls[LEADS[1]]]["answered_by"] = "machine_start"
        assert dialer.run_once().finished == 3
    finally:
        dialer.close()
    assert lead_state(twilio_ws, human) == ("Pending", "Completed")  # reached, no key
    assert lead_state(twilio_ws, machine) == ("Pending", "InProgress")  # voicemail: retry
    assert lead_state(twilio_ws, silent) == ("Pending", "InProgress")
    done = [(a[0], a[3], a[4]) for a in attempts(twilio_ws) if a[2] == "done"]
    assert done == [
        (human, "answered", "human"),
        (machine, "machine", "machine_start"),
        (silent, "no-answer", ""),
    ]


def kill_while_twilio_holds_the_requests(
    twilio_ws: Workspace, workspace_dir: Path, server: TwilioServer
) -> list[int]:
    """``sync --once`` in a process killed (SIGKILL) while Twilio holds a request of its
    batch: Twilio has every lead's call, the workspace only the intents. Returns the leads."""
    _campaign, leads = daytime_campaign(twilio_ws)
    fault = server.inject(("POST", "Calls"), hang_after_create())
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    command = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(workspace_dir)]
    proc = subprocess.Popen([*command, "sync", "--once"], env=env, start_new_session=True)
    try:
        assert fault.created.wait(60), "the worker never reached Twilio"
        deadline = time.monotonic() + 10
        while len(server.calls) < len(LEADS) and time.monotonic() < deadline:
            time.sleep(0.05)  # the other calls of the batch go through meanwhile
        os.killpg(proc.pid, signal.SIGKILL)  # Twilio has the calls; the workspace does not
        proc.wait(10)
    finally:
        fault.release()
        if proc.poll() is None:
            proc.kill()
    assert len(server.calls) == len(LEADS)
    assert {a[2] for a in attempts(twilio_ws)} == {"dialing"}  # the intent was stored first
    return leads


def test_a_kill_while_twilio_holds_the_request_makes_no_second_call(
    twilio_ws: Workspace, workspace_dir: Path, server: TwilioServer
) -> None:
    leads = kill_while_twilio_holds_the_requests(twilio_ws, workspace_dir, server)
    later = utcnow() + timedelta(seconds=61)  # the dead worker's lease has run out
    restart_finds_every_call(Dialer(twilio_ws.context, clock=lambda: later, poll_every=3600.0))
    assert_one_call_per_lead(twilio_ws, server, leads)


def test_a_restart_on_the_same_host_reconciles_the_dead_workers_calls_at_once(
    twilio_ws: Workspace, workspace_dir: Path, server: TwilioServer
) -> None:
    leads = kill_while_twilio_holds_the_requests(twilio_ws, workspace_dir, server)
    with twilio_ws.transaction() as s:
        [owner] = set(s.scalars(select(CallAttempt.lease_owner)))  # the killed worker
        assert all(r.lease_until > utcnow() for r in s.scalars(select(CallAttempt)))
    assert not owners.owner_alive(owner) and owner != owners.this_process()
    dialer = Dialer(twilio_ws.context, poll_every=3600.0)  # now: the leases are still on
    restart_finds_every_call(dialer)
    assert_one_call_per_lead(twilio_ws, server, leads)
    with twilio_ws.transaction() as s:
        assert set(s.scalars(select(CallAttempt.lease_owner))) == {dialer.owner}


def restart_finds_every_call(dialer: Dialer) -> None:
    """The restarted worker's first pass finds each lead's call at Twilio; none is placed."""
    try:
        report = dialer.run_once()
        assert (report.reconciled, report.placed) == (len(LEADS), 0)
        assert dialer.run_once().placed == 0
    finally:
        dialer.close()


def assert_one_call_per_lead(twilio_ws: Workspace, server: TwilioServer, leads: list[int]) -> None:
    assert sorted(c["to"] for c in server.calls) == LEADS  # one call per lead
    with twilio_ws.transaction() as s:
        sids = dict(s.execute(select(CallAttempt.lead_id, CallAttempt.provider_call_sid)).all())
    assert sorted(sids) == sorted(leads)
    assert sorted(sids.values()) == sorted(c["sid"] for c in server.calls)
