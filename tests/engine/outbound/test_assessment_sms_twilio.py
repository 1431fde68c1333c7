"""Assessment texts through the official Twilio SDK against the loopback fake (every
request checked against Twilio's OpenAPI description): a worker killed while Twilio holds
the request leaves the text in doubt; after the restart it is found in Twilio's list, not
sent again: one reminder per lead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from sqlalchemy import select  # noqa: E402
from support.dialer_campaigns import assessment_reminders_due  # noqa: E402
from support.twilio_server import TwilioServer, hang_after_create  # noqa: E402

from talkpush_desktop.engine.outbound.dialer.runner import Dialer  # noqa: E402
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import LeadSms  # noqa: E402
from tests.engine.outbound.test_dialer_twilio import on_twilio, server  # noqa: E402, F401

LEADS = ["+639171234511", "+639171234512", "+639171234513"]


@pytest.fixture
def sms_ws(ws: Workspace, server: TwilioServer) -> Workspace:  # noqa: F811
    return on_twilio(ws, server, "sms")


def due_reminders(ws: Workspace) -> None:
    """An assessment campaign whose three leads' reminders are due now."""
    now = utcnow()
    assessment_reminders_due(ws, now + timedelta(days=30), LEADS, now - timedelta(days=2))


def states(ws: Workspace) -> list[str]:
    with ws.transaction() as s:
        return sorted(s.scalars(select(LeadSms.state)))


def test_reminders_go_through_twilio(
    sms_ws: Workspace,
    server: TwilioServer,  # noqa: F811
) -> None:
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
    sms_ws: Workspace,
    workspace_dir: Path,
    server: TwilioServer,  # noqa: F811
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
