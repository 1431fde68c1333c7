"""Auto-call on intake (seed 000: "a candidate will receive a call upon being added a
campaign ... when clicking on the apply button on your career site"): a candidate sent to
``serve`` on a real port is invited and, in a campaign with auto-call on, called for the
phone interview on the sandbox phone; without a phone they get a note instead, and a
campaign with auto-call off calls nobody."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import httpx

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve
from tests.support.cli import run_process

INTERVIEW = [
    ("introduction", "Hi <%= @candidate_first_name %>, this is Talkpush calling.", "text"),
    ("question", "What is your name?", "audio"),
    ("closing", "Thank you.", "text"),
]


def cli_json(folder: Path, *args: str) -> object:
    done = run_process("--data-dir", str(folder), *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_candidate_posted_to_an_auto_call_campaign_is_called_on_the_sandbox_phone(
    workspace_dir: Path,
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        calling = ws.campaigns.create("Night shift", hotline_country="PH", auto_call=True)
        ws.interview.set_steps(calling.id, INTERVIEW)
        quiet = ws.campaigns.create("Day shift", hotline_country="PH")
        ws.interview.set_steps(quiet.id, INTERVIEW)
        key = ws.api_keys.create("intake", "careers site")
    auth = {"api_key": key.key, "api_secret": key.secret or ""}

    def post(client: httpx.Client, campaign_id: int, **person: str) -> int:
        answer = client.post(
            f"/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations",
            data=auth | {f"campaign_invitation[{k}]": v for k, v in person.items()},
        )
        assert answer.status_code == 201, answer.text
        return int(answer.json()["id"])

    proc, base = start_serve(workspace_dir, "--port", "0")
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            juan = post(client, calling.id, first_name="Juan", user_phone_number="9175550123")
            lea = post(client, calling.id, first_name="Lea", email="lea@example.com")
            ana = post(client, quiet.id, first_name="Ana", user_phone_number="9175550199")
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err

    calls = cli_json(workspace_dir, "calls", "list")
    assert isinstance(calls, list)
    assert [(c["candidate_id"], c["address"]) for c in calls] == [(juan, "+639175550123")]
    lea_chat = cli_json(workspace_dir, "messages", "list", str(lea))
    assert isinstance(lea_chat, list)
    assert any(
        m["body"] == "Auto-call not placed: robocall: the candidate has no phone number"
        for m in lea_chat
    ), lea_chat
    assert cli_json(workspace_dir, "calls", "list", "--candidate", str(ana)) == []

    done = run_process("--data-dir", str(workspace_dir), "sync", "--once")
    assert done.returncode == 0, done.stderr
    ringing = cli_json(workspace_dir, "sandbox", "calls", "+639175550123")
    assert isinstance(ringing, list) and len(ringing) == 1, ringing
    assert ringing[0]["script"].startswith("Hi Juan, this is Talkpush calling.")
    assert ringing[0]["script"].endswith("Question 1 of 1. What is your name?")
    juan_chat = cli_json(workspace_dir, "messages", "list", str(juan))
    assert isinstance(juan_chat, list)
    channels = {m["channel"] for m in juan_chat}
    assert {"sms", "voice"} <= channels, juan_chat  # the invitation and the call's first step
