"""``candidates invite-assessment``, ``candidates assessment-submitted`` and ``leads show``
as a user's shell runs them: an invitation makes the candidate a lead of the assessment
campaign that takes invited candidates, ``leads show`` shows its reminder queued then
sent, and the reported submission marks the lead; bad input is one error line."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import SEED_CREATE
from tests.integration.test_cli_company_campaigns import _fails, _run
from tests.support.cli import run_process

TEST = SEED_CREATE["jobDetails"]["assessmentTestId"]


def test_invite_show_texts_and_submit(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        site = ws.outbound.add_site("HQ", country="US", primary=True).id
        ws.outbound.add_caller_id("+15551234567")
        job = copy.deepcopy(SEED_CREATE["jobDetails"]) | {
            "autoAddInvitedCandidates": True,
            "assessmentFirstReminderDelayHours": 0,
            "assessmentReminderSmsTemplate": "Hi {first_name}, your test is ready.",
        }
        body = copy.deepcopy(SEED_CREATE) | {
            "companySiteId": site,
            "callStartTimeUtc": "2030-01-01T15:00:00Z",
            "jobDetails": job,
        }
        campaign = ws.outbound.create(body).id
        camp = ws.campaigns.create("Engineers", hotline_country="US").id
        ann = ws.intake.add_candidate(
            camp, first_name="Ann", email="ann@example.com", phone="+12125550101"
        )
        cy = ws.intake.add_candidate(camp, first_name="Cy", phone="+12125550102")
    folder = workspace_dir

    invited = _run(folder, "candidates", "invite-assessment", str(ann), str(cy), "--test", TEST)
    [lead] = invited["leads"]
    assert lead["campaignId"] == campaign and lead["candidateId"] == ann
    assert invited["invited"] == [ann, cy] and invited["alreadyInvited"] == []
    assert invited["skipped"] == [
        {"campaignId": campaign, "candidateId": cy, "reason": "the candidate has no email address"}
    ]
    again = run_process("--data-dir", str(folder), "candidates", "invite-assessment", str(ann))
    assert again.returncode == 2 and "--test" in again.stderr  # argparse: one line, status 2

    lead_id = str(lead["leadId"])
    shown = _run(folder, "leads", "show", str(campaign), lead_id)
    assert (shown["email"], shown["assessmentSubmitted"]) == ("ann@example.com", "Not submitted")
    [text] = shown["texts"]
    assert (text["kind"], text["state"], text["sentAt"]) == ("reminder", "queued", None)
    assert text["body"] == "Hi Ann, your test is ready."
    assert _run(folder, "sync", "--once")["campaign_texts"] == 1
    [text] = _run(folder, "leads", "show", str(campaign), lead_id)["texts"]
    assert text["state"] == "sent" and text["sentAt"].endswith("Z")
    plain = run_process("--data-dir", str(folder), "leads", "show", str(campaign), lead_id)
    assert "reminder  sent" in plain.stdout and "Hi Ann, your test is ready." in plain.stdout

    done = _run(folder, "candidates", "assessment-submitted", str(ann), "--test", TEST)
    assert done["submitted"] == [ann] and done["leads"] == [lead]
    shown_candidate = run_process("--data-dir", str(folder), "candidates", "show", str(ann))
    [invitation] = json.loads(shown_candidate.stdout)["assessments"]
    assert invitation["testId"] == TEST and invitation["invitedBy"] is not None
    assert invitation["invitedAt"] <= invitation["submittedAt"]
    shown = _run(folder, "leads", "show", str(campaign), lead_id)
    assert shown["assessmentSubmitted"] == "Submitted"

    assert _fails(folder, "candidates", "invite-assessment", "999999", "--test", TEST) == (
        "no candidate with id 999999"
    )
    assert "test id" in _fails(folder, "candidates", "invite-assessment", str(ann), "--test", " ")
    assert _fails(folder, "leads", "show", str(campaign), "12345678") == "Lead not found."
