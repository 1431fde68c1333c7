"""Twilio's status callback of campaign calls, on the server's real loopback port: with a
public URL each call is created with ``StatusCallback`` at ``/v1/voice/dialer/status``; a
signed final status finishes the attempt at once (answered, no answer, a voicemail), a
status that is not final, a forged post or one naming another call change nothing, and the
dialer's poll (the fallback) finishes only what no callback did, never an attempt twice."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from sqlalchemy import select  # noqa: E402
from support.dialer_campaigns import add_leads, lead_state, make_campaign  # noqa: E402
from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,  # noqa: E402
)
from twilio.request_validator import RequestValidator  # noqa: E402

from talkpush_desktop.api.app import create_app  # noqa: E402
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import CallAttempt  # noqa: E402

from .conftest import PUBLIC, live_server, twilio_voice  # noqa: E402

HUMAN, NOBODY, VOICEMAIL, LATER = (f"+63917123460{i}" for i in range(1, 5))


def callback(base: str, url: str, form: dict[str, str], token: str = "") -> httpx.Response:
    """Twilio posting ``form`` to the status callback ``url`` (reached at ``base``)."""
    signature = RequestValidator(token or DEFAULT_AUTH_TOKEN).compute_signature(url, form)
    path = url.removeprefix(PUBLIC)
    headers = {"X-Twilio-Signature": signature}
    return httpx.post(f"{base}{path}", data=form, headers=headers, timeout=10)


def attempt(ws: Workspace, lead_id: int) -> tuple[str, str, str, int]:
    with ws.transaction() as s:
        row = s.scalars(select(CallAttempt).where(CallAttempt.lead_id == lead_id)).one()
        return row.state, row.outcome, row.answered_by, row.duration_seconds


def test_a_final_status_finishes_the_attempt_at_once(ws: Workspace, twilio: TwilioServer) -> None:
    twilio_voice(ws, twilio)
    now = utcnow()
    campaign = make_campaign(ws, now - timedelta(minutes=1), window=("00:00", "23:59"))
    human, nobody, voicemail, later = add_leads(
        ws, campaign, [HUMAN, NOBODY, VOICEMAIL, LATER], now
    )
    with live_server(create_app(ws)) as base:
        assert ws.dialer.run_once().placed == 4
        calls = {c["to"]: c["sid"] for c in twilio.calls}
        urls = {}
        for to, sid in calls.items():
            params = twilio.create_params(sid)
            [urls[to]] = params["StatusCallback"]
            assert urls[to].startswith(f"{PUBLIC}/v1/voice/dialer/status?attempt=")
            assert "completed" in params["StatusCallbackEvent"]

        def status(to: str, call_status: str, **more: str) -> dict[str, str]:
            form = {"CallSid": calls[to], "AccountSid": DEFAULT_ACCOUNT_SID}
            return form | {"CallStatus": call_status} | more

        # the lead pressed 1 (the IVR's Gather), then hung up: Interested at once
        with ws.transaction() as s:
            row = s.scalars(select(CallAttempt).where(CallAttempt.lead_id == human)).one()
            row.digits = "1"
        done = status(HUMAN, "completed", AnsweredBy="human", CallDuration="31")
        assert callback(base, urls[HUMAN], done).status_code == 204
        assert attempt(ws, human) == ("done", "answered", "human", 31)
        assert lead_state(ws, human) == ("Interested", "Completed")

        assert callback(base, urls[NOBODY], status(NOBODY, "no-answer")).status_code == 204
        assert attempt(ws, nobody)[:2] == ("done", "no-answer")
        assert lead_state(ws, nobody) == ("NoAnswer", "Completed")

        machine = status(VOICEMAIL, "completed", AnsweredBy="machine_end_beep", CallDuration="9")
        assert callback(base, urls[VOICEMAIL], machine).status_code == 204
        assert attempt(ws, voicemail) == ("done", "machine", "machine_end_beep", 9)
        assert lead_state(ws, voicemail) == ("NoAnswer", "Completed")

        # not final, forged, another call's: the attempt goes on
        assert callback(base, urls[LATER], status(LATER, "ringing")).status_code == 204
        forged = callback(base, urls[LATER], status(LATER, "busy"), token="not the account's")
        assert forged.status_code == 403
        other = status(LATER, "busy") | {"CallSid": calls[HUMAN]}
        assert callback(base, urls[LATER], other).status_code == 204
        assert attempt(ws, later)[:2] == ("dialing", "")
        unknown = urls[LATER].replace("attempt=", "attempt=x")
        assert callback(base, unknown, status(LATER, "busy")).status_code == 404

        # the poll, the fallback: only the call no callback ended
        for sid in calls.values():
            twilio.set_call_status(sid, "completed", duration=5)
        assert ws.dialer.run_once().finished == 1
    assert attempt(ws, later)[:2] == ("done", "answered")
    assert attempt(ws, human) == ("done", "answered", "human", 31)
