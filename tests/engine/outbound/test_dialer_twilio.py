"""Campaign calls through the official Twilio SDK against the loopback fake that checks
every request against Twilio's OpenAPI description: MachineDetection, the status callback,
the in-doubt look-up that finds a call already placed instead of dialling again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.twilio_server import TwilioServer, hang_after_create, status  # noqa: E402

from talkpush_desktop.engine.outbound.dialer.dialer_calls import (  # noqa: E402
    DialRequest,
    TwilioDialer,
    dial,
    from_settings,
)
from talkpush_desktop.engine.providers.base import (  # noqa: E402
    AmbiguousError,
    RetryableError,
)
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402

CALLER_ID = "+15005550006"
LEAD = "+639171234567"
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
