"""ws.dialer: one pass from a command or a test; the keys Twilio's Gather posts for an IVR
call (kept with the attempt, read when the call ends); an AI call on the sandbox phone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from support.dialer_campaigns import add_leads, lead_state, make_campaign
from support.two_companies import TwoCompanies

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CallAttempt

T0 = datetime(2026, 12, 7, 4, 0)
LEAD = "+639171234501"
OTHER = "+639171234502"


def test_gather_keeps_the_keys_and_answers_the_next_step(ws: Workspace) -> None:
    campaign = make_campaign(ws, T0, questions=["Can you start on Monday?"])
    [lead] = add_leads(ws, campaign, [LEAD], T0)
    assert ws.dialer.run_once(clock=lambda: T0).placed == 1
    with ws.transaction() as s:
        key = s.scalars(select(CallAttempt.idempotency_key)).one()
    second = ET.fromstring(ws.dialer.gathered(key, 0, {"Digits": "1"}))
    assert second.find("Gather/Say").text == "Can you start on Monday?"  # type: ignore[union-attr]
    closing = ET.fromstring(ws.dialer.gathered(key, 1, {"SpeechResult": "yes I can"}))
    assert [el.tag for el in closing] == ["Say", "Hangup"]
    with ws.transaction() as s:
        assert s.scalars(select(CallAttempt.digits)).one() == "11"
    stop = ET.fromstring(ws.dialer.gathered(key, 0, {"Digits": "9"}))
    assert [el.tag for el in stop] == ["Say", "Hangup"]  # 9: straight to the closing
    with pytest.raises(NotFoundError):
        ws.dialer.gathered("no-such-key", 0, {"Digits": "1"})
    assert lead_state(ws, lead) == ("Pending", "InProgress")


def test_an_ai_call_on_the_sandbox_phone(ws: Workspace) -> None:
    script = (
        "We have a cashier opening near you, {first_name}.\nAre you interested?\n"
        "Can you start Monday, {first_name}?"
    )
    campaign = make_campaign(ws, T0, call_type="AICall", ai_call_script=script)
    lead, unnamed = add_leads(ws, campaign, [LEAD, OTHER], T0, ["Maria", ""])
    clock = [T0]
    assert ws.dialer.run_once(clock=lambda: clock[0]).placed == 2
    for words in ("yes", "sure"):
        [waiting] = [c for c in ws.calls.sandbox_incoming(LEAD) if c.state == "waiting"]
        ws.calls.sandbox_answer(waiting.id, words)
        clock[0] += timedelta(seconds=1)
        ws.dialer.run_once(clock=lambda: clock[0])
    said = [c.script for c in ws.calls.sandbox_incoming(LEAD)]
    assert "near you, Maria." in said[0] and said[0].endswith("Are you interested?")
    assert said[1] == "Can you start Monday, Maria?"
    assert said[-1] == "Thank you. Goodbye."
    assert lead_state(ws, lead) == ("Interested", "Completed")
    [other] = ws.calls.sandbox_incoming(OTHER)  # a lead with no first name: "there"
    assert "near you, there." in other.script
    assert lead_state(ws, unnamed) == ("Pending", "InProgress")


def test_a_companys_campaign_calls_are_its_own_on_the_sandbox_phone(
    two_companies: TwoCompanies,
) -> None:
    with (
        Workspace.open(data_dir=two_companies.folder, company=two_companies.a.id) as a,
        Workspace.open(data_dir=two_companies.folder, company=two_companies.b.id) as b,
    ):
        campaign = make_campaign(b, T0)
        [lead] = add_leads(b, campaign, [LEAD], T0)
        assert b.dialer.run_once(clock=lambda: T0).placed == 1
        assert a.calls.sandbox_incoming(LEAD) == []
        [call] = b.calls.sandbox_incoming(LEAD)
        with pytest.raises(NotFoundError):
            a.calls.sandbox_answer(call.id, "2")
        b.calls.sandbox_answer(call.id, "1")
        b.dialer.run_once(clock=lambda: T0 + timedelta(seconds=1))
        assert [c.script for c in b.calls.sandbox_incoming(LEAD)][-1] == "Thank you. Goodbye."
        assert a.calls.sandbox_incoming(LEAD) == []
        assert lead_state(b, lead) == ("Interested", "Completed")
