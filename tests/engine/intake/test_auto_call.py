"""Auto-call, the one rule of every intake path that invites: a candidate added by hand
(invited) to a campaign with auto-call on gets the phone interview placed; the same person
in a second such campaign gets a note why not; ``--auto-call`` turns it on on the command
line."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.support.cli import run_json

STEPS = [("introduction", "Hello.", "text"), ("question", "Your name?", "audio")]


def test_an_invited_manual_add_is_called_and_a_busy_number_is_noted(ws: Workspace) -> None:
    camp = ws.campaigns.create("Night shift", hotline_country="PH", auto_call=True)
    ws.interview.set_steps(camp.id, STEPS)
    first = ws.intake.add_candidate(camp.id, first_name="Juan", phone="9175550123", invite=True)
    [call] = ws.calls.history(first)
    assert (call.address, call.status, call.provider) == ("+639175550123", "placing", "sandbox")
    other = ws.campaigns.create("Weekend shift", hotline_country="PH", auto_call=True)
    ws.interview.set_steps(other.id, STEPS)
    twin = ws.intake.add_candidate(other.id, first_name="Juan", phone="9175550123", invite=True)
    assert ws.calls.history(twin) == []
    notes = [m.body for m in ws.messaging.messages(twin) if m.channel == "internal"]
    assert f"Auto-call not placed: robocall: call {call.id} to +639175550123 is still going" in (
        notes
    )
    quiet = ws.intake.add_candidate(camp.id, first_name="Ana", phone="9175550188")
    assert ws.calls.history(quiet) == []  # not invited: scripts and tests choose


def test_campaigns_create_auto_call(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    made = run_json(capsys, workspace_dir, "campaigns", "create", "Nights", "--auto-call")
    assert isinstance(made, dict)
    listed = run_json(capsys, workspace_dir, "campaigns", "list")
    assert isinstance(listed, list)
    assert {c["id"]: c["auto_call"] for c in listed}[made["id"]] is True
