"""Twilio's ``<Gather>`` callback of an IVR campaign call: with a public URL the call is
placed with the interest question's Gather posting to ``/v1/voice/dialer/gather``; a
request signed with the account's auth token stores the key and gets the next step's
TwiML; an unsigned or forged one is refused; the outcome then reads the key."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.dialer_campaigns import add_leads, lead_state, make_campaign  # noqa: E402
from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,
)
from twilio.request_validator import RequestValidator  # noqa: E402

from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402

from .conftest import PUBLIC, AsgiClient, twilio_voice  # noqa: E402

LEAD = "+639171234501"


def test_gather_posts_the_keys_and_the_outcome_reads_them(
    ws: Workspace, api: AsgiClient, twilio: TwilioServer
) -> None:
    server = twilio
    twilio_voice(ws, server)
    now = utcnow()
    campaign = make_campaign(ws, now - timedelta(minutes=1), window=("00:00", "23:59"))
    [lead] = add_leads(ws, campaign, [LEAD], now)
    dialer = ws.dialer.dialer(poll_every=0.0)
    try:
        assert dialer.run_once().placed == 1
        [call] = server.calls
        document = ET.fromstring(server.create_params(call["sid"])["Twiml"][0])
        gather = document.find("Gather")
        assert gather is not None and gather.get("numDigits") == "1"
        action = gather.get("action") or ""
        assert action.startswith(f"{PUBLIC}/v1/voice/dialer/gather?attempt=")
        target = urlsplit(action)
        path = f"{target.path}?{target.query}"
        form = {"CallSid": call["sid"], "Digits": "1", "AccountSid": DEFAULT_ACCOUNT_SID}
        forged = api.post(path, data=form, headers={"X-Twilio-Signature": "bm9wZQ=="})
        assert forged.status_code == 403
        assert api.post(path, data=form).status_code == 403
        signature = RequestValidator(DEFAULT_AUTH_TOKEN).compute_signature(action, form)
        answer = api.post(path, data=form, headers={"X-Twilio-Signature": signature})
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].startswith("application/xml")
        assert [el.tag for el in ET.fromstring(answer.text)] == ["Say", "Hangup"]
        key = parse_qs(target.query)["attempt"][0]
        unknown = api.post(f"/v1/voice/dialer/gather?attempt=x{key}&step=0", data=form)
        assert unknown.status_code == 404
        server.set_call_status(call["sid"], "completed", duration=12)
        assert dialer.run_once().finished == 1
    finally:
        dialer.close()
    assert lead_state(ws, lead) == ("Interested", "Completed")
