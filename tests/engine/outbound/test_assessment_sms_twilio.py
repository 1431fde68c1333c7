"""Assessment texts through the official Twilio SDK against the loopback fake (every
request checked against Twilio's OpenAPI description): a worker killed while Twilio holds
the request leaves the text in doubt; after the restart it is found in Twilio's list, not
sent again: one reminder per lead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from sqlalchemy import select  # noqa: E402
from support.dialer_campaigns import add_leads, make_campaign  # noqa: E402
from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,
    hang_after_create,
)

from talkpush_desktop.engine.outbound.dialer import assessment_sms  # noqa: E402
from talkpush_desktop.engine.outbound.dialer.runner import Dialer  # noqa: E402
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign, LeadSms  # noqa: E402

LEADS = ["+639171234511", "+639171234512", "+639171234513"]


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


@pytest.fixture
def sms_ws(ws: Workspace, server: TwilioServer) -> Workspace:
    settings = {
        "account_sid": DEFAULT_ACCOUNT_SID,
        "from_number": "+15005550001",
        "api_base_url": server.url,
        "timeout": 5.0,
    }
    ws.providers.configure("sms", "twilio", settings, DEFAULT_AUTH_TOKEN)
    return ws


def due_reminders(ws: Workspace) -> None:
    """An assessment campaign whose three leads' reminders are due now."""
    now = utcnow()
    campaign = make_campaign(ws, now + timedelta(days=30), purpose="ASSESSMENT_REMINDER")
    add_leads(ws, campaign, LEADS, now)
    with ws.transaction() as s:
        row = s.get(CompanyCampaign, campaign)
        assert row is not None
        row.job_details = {"assessmentReminderSmsTemplate": "Hi {first_name}, reminder."}
        leads = list(s.scalars(select(CampaignLead.id).where(CampaignLead.campaign_id == campaign)))
        assessment_sms.plan_reminders(s, row, leads, now - timedelta(days=2))


def states(ws: Workspace) -> list[str]:
    with ws.transaction() as s:
        return sorted(s.scalars(select(LeadSms.state)))


def test_reminders_go_through_twilio(sms_ws: Workspace, server: TwilioServer) -> None:
    due_reminders(sms_ws)
    dialer = Dialer(sms_ws.context, poll_every=3600.0)
    try:
        for _ in range(2):  # the second pass finds nothing due
            dialer.run_once()
    finally:
        dialer.close()
    assert sorted(m["to"] for m in server.messages) == LEADS
    assert {m["body"] for m in server.messages} == {f"Hi Lead{i}, reminder." for i in range(3)}
    assert states(sms_ws) == ["sent"] * 3


def test_a_kill_while_twilio_holds_the_text_sends_no_second(
    sms_ws: Workspace, workspace_dir: Path, server: TwilioServer
) -> None:
    due_reminders(sms_ws)
    fault = server.inject(("POST", "Messages"), hang_after_create())
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    command = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(workspace_dir)]
    proc = subprocess.Popen([*command, "sync", "--once"], env=env, start_new_session=True)
    try:
        assert fault.created.wait(60), "the worker never reached Twilio"
        os.killpg(proc.pid, signal.SIGKILL)  # Twilio has the first text; the row does not
        proc.wait(10)
    finally:
        fault.release()
        if proc.poll() is None:
            proc.kill()
    assert len(server.messages) == 1
    assert states(sms_ws) == ["sending"] * 3  # every intent was stored first
    later = utcnow() + timedelta(minutes=3)  # the dead worker's lease has run out
    dialer = Dialer(sms_ws.context, clock=lambda: later, poll_every=3600.0)
    try:
        dialer.run_once()
        dialer.run_once()
    finally:
        dialer.close()
    assert sorted(m["to"] for m in server.messages) == LEADS  # one text per lead
    assert states(sms_ws) == ["sent"] * 3
