"""Seed 004's curl examples, verbatim (only the host and YOUR_API_KEY rewritten), run with
curl against ``serve --port 0`` (a real process on a real port), and their answers compared
with the seed's example responses.

The workspace holds what the examples name: site 12 ("HQ — New York") of the key's user,
campaign 101 (the seed's "Assessment reminders — Q2", created through the engine with the
seed's times), a RUNNING SCHEDULE campaign for the list example's filter, and the next ids
5501 (campaign) and 987654 (lead), so the create, update and lead examples act on the ids
they name.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps
from tests.support.cli import serving

SEED_HOST = "https://partner-api.taptalent.io"

LIST_CAMPAIGNS = r"""curl -s -X GET \
  "https://partner-api.taptalent.io/v1/partner/campaigns?purposeType=SCHEDULE&status=RUNNING&page=1&limit=20" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Accept: application/json"
"""  # noqa: E501
GET_CAMPAIGN = r"""curl -s -X GET \
  "https://partner-api.taptalent.io/v1/partner/campaigns/101" \
  -H "Authorization: Bearer YOUR_API_KEY"
"""
CREATE_CAMPAIGN = r"""curl -s -X POST "https://partner-api.taptalent.io/v1/partner/campaigns" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "title": "Q2 eng assessment reminders",
    "timezone": "America/New_York",
    "companySiteId": 12,
    "phoneNumber": "+15551234567",
    "purposeType": "ASSESSMENT_REMINDER",
    "callType": "IVR",
    "openingMessage": "Hi, this is Acme recruiting about your pending technical assessment.",
    "closingMessage": "Thank you. You will receive a text with the link shortly. Goodbye.",
    "callStartTimeUtc": "2025-06-01T15:00:00.000Z",
    "jobDetails": {
      "assessmentTestId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      "jobTitle": "Software Engineer",
      "assessmentName": "Technical screen",
      "assessmentFirstReminderDelayHours": 48,
      "assessmentReminderSmsTemplate": "Reminder: your assessment link is ready.",
      "autoAddInvitedCandidates": false
    }
  }'
"""
UPDATE_CAMPAIGN = r"""curl -s -X PATCH "https://partner-api.taptalent.io/v1/partner/campaigns/5501" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "title": "Q2 eng reminders (updated)",
    "assessmentReminderSmsTemplate": "Acme: finish your tech screen today.",
    "openingMessage": "Hi, calling from Acme about your assessment."
  }'
"""  # noqa: E501
LIST_LEADS = r"""curl -s -G "https://partner-api.taptalent.io/v1/partner/campaigns/5501/leads" \
  --data-urlencode "search=ada" \
  --data-urlencode "status=Pending" \
  --data-urlencode "page=1" \
  --data-urlencode "limit=50" \
  -H "Authorization: Bearer YOUR_API_KEY"
"""
ADD_LEADS = r"""curl -s -X POST "https://partner-api.taptalent.io/v1/partner/campaigns/5501/leads" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "leads": [
      {
        "email": "ada@example.com",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "phoneNumber": "+15559876543",
        "linkedin": "https://www.linkedin.com/in/example"
      },
      {
        "email": "grace@example.com",
        "firstName": "Grace",
        "lastName": "Hopper"
      }
    ]
  }'
"""
REMOVE_LEAD = r"""curl -s -X DELETE \
  "https://partner-api.taptalent.io/v1/partner/campaigns/5501/leads/987654" \
  -H "Authorization: Bearer YOUR_API_KEY"
"""

SEED_ASSESSMENT_101 = {
    "assessmentTestId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "assessmentName": "Technical screen",
    "jobTitle": "Senior Engineer",
    "autoAddInvitedCandidates": False,
    "assessmentReminderSmsTemplate": "Reminder: complete your assessment.",
    "assessmentPostCallSmsTemplate": "Thanks for taking the call.",
    "assessmentFirstReminderDelayHours": 24,
}
SEED_GET_101 = {  # the seed's "Get one campaign" example response
    "campaign": {
        "id": 101,
        "title": "Assessment reminders — Q2",
        "status": "RUNNING",
        "purposeType": "ASSESSMENT_REMINDER",
        "timezone": "America/New_York",
        "companySiteId": 12,
        "createdAt": "2025-04-01T12:00:00.000Z",
        "updatedAt": "2025-04-10T09:30:00.000Z",
        "callSettings": {"callType": "IVR", "aiCallScript": ""},
        "schedule": {
            "callTimeDisplay": "Apr 15, 2025 10:00 AM",
            "callSchedule": {
                "timeBasis": "UTC",
                "startTimeLocal": None,
                "startTimeUtc": "2025-04-15T14:00:00.000Z",
            },
            "followUpRetries": [{"time": "2025-04-16T14:00:00.000Z", "delayDays": 1}],
        },
        "messages": {
            "openingMessage": "Hi, this is a reminder from Acme about your assessment.",
            "closingMessage": "Thank you. Goodbye.",
        },
        "assessment": SEED_ASSESSMENT_101,
    }
}
SEED_LIST_ITEM = {  # the item of the seed's "List campaigns" example response
    "id": 101,
    "title": "Assessment reminders — Q2",
    "status": "RUNNING",
    "purposeType": "ASSESSMENT_REMINDER",
    "timezone": "America/New_York",
    "companySiteId": 12,
    "accessLevel": "COMPANY",
    "createdAt": "2025-04-01T12:00:00.000Z",
    "updatedAt": "2025-04-10T09:30:00.000Z",
    "callSettings": {"callType": "IVR"},
    "assessment": {
        k: SEED_ASSESSMENT_101[k]
        for k in (
            "assessmentTestId",
            "assessmentName",
            "jobTitle",
            "autoAddInvitedCandidates",
            "assessmentFirstReminderDelayHours",
        )
    },
}
SEED_CREATED = {  # the seed's "201 response" of the create example
    "campaign": {
        "id": 5501,
        "title": "Q2 eng assessment reminders",
        "status": "RUNNING",
        "purposeType": "ASSESSMENT_REMINDER",
        "timezone": "America/New_York",
        "companySiteId": 12,
        "callSettings": {"callType": "IVR", "aiCallScript": ""},
        "schedule": {
            "callTimeDisplay": "Jun 01, 2025 11:00 AM",
            "callSchedule": {"timeBasis": "UTC", "startTimeUtc": "2025-06-01T15:00:00.000Z"},
            "followUpRetries": [],
        },
        "messages": {
            "openingMessage": (
                "Hi, this is Acme recruiting about your pending technical assessment."
            ),
            "closingMessage": (
                "Thank you. You will receive a text with the link shortly. Goodbye."
            ),
        },
        "assessment": {
            "assessmentTestId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "assessmentName": "Technical screen",
            "jobTitle": "Software Engineer",
            "autoAddInvitedCandidates": False,
            "assessmentReminderSmsTemplate": "Reminder: your assessment link is ready.",
            "assessmentPostCallSmsTemplate": "",
            "assessmentFirstReminderDelayHours": 48,
        },
    }
}
SEED_SITES = {
    "companySites": [
        {
            "companySiteId": 12,
            "isPrimary": True,
            "site": {
                "id": 12,
                "name": "HQ — New York",
                "address": "1 Example Plaza",
                "city": "New York",
                "state": "NY",
                "country": "US",
            },
        }
    ]
}
SEED_LEAD_ROW = {
    "leadId": 987654,
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@example.com",
    "phone": "+15559876543",
    "status": "Pending",
    "flowStatus": "Pending",
    "assessmentSubmitted": "Not submitted",
    "addedAt": "2025-06-02T10:15:00.000Z",
}
OUR_ADDITIONS = ("dialing",)
"""Beyond the seed's keys: the dialer's calling window and pace (docs/company-campaigns.md)."""

CAMPAIGN_101 = {
    "title": "Assessment reminders — Q2",
    "timezone": "America/New_York",
    "companySiteId": 12,
    "phoneNumber": ps.CALLER_ID,
    "purposeType": "ASSESSMENT_REMINDER",
    "callType": "IVR",
    "openingMessage": "Hi, this is a reminder from Acme about your assessment.",
    "closingMessage": "Thank you. Goodbye.",
    "callStartTimeUtc": "2025-04-15T14:00:00.000Z",
    "retryScheduleUtc": ["2025-04-16T14:00:00.000Z"],
    "jobDetails": SEED_ASSESSMENT_101,
}


def _seed_workspace(folder: Path) -> str:
    """The rows the examples name; returns the partner key."""
    with Workspace.open(data_dir=folder) as ws:
        partner = ps.ready(ws)
    ps.renumber_site(folder, partner.site_id, 12)
    with Workspace.open(data_dir=folder) as ws:
        first = ws.outbound.create(CAMPAIGN_101)
        ws.outbound.create(
            ps.create_body(
                12,
                interest=True,
                title="Warehouse interview scheduling",
                purposeType="SCHEDULE",
                jobDetails={"jobTitle": "Forklift operator", "interviewSlots": ["Mon 10:00"]},
            )
        )
        spacer = ws.outbound.create(ps.create_body(12, title="placeholder"))
        ws.outbound.add_leads(spacer.id, {"leads": [{"email": "spacer@example.com"}]})
        spacer_lead = ws.outbound.leads(spacer.id).leads[0].id
    ps.renumber_campaign(folder, first.id, 101)
    ps.execute(
        folder,
        (
            "UPDATE company_campaigns SET created_at = ?, updated_at = ? WHERE id = 101",
            ("2025-04-01 12:00:00.000000", "2025-04-10 09:30:00.000000"),
        ),
    )
    ps.renumber_campaign(folder, spacer.id, 5500)  # the next campaign is 5501
    ps.renumber_lead(folder, spacer_lead, 987653)  # the next lead is 987654
    ps.delete_campaign(folder, 5500)
    return partner.token


@pytest.fixture
def served(workspace_dir: Path) -> Iterator[tuple[str, str]]:
    """``serve --port 0`` on the seeded workspace: its base URL and the partner key."""
    token = _seed_workspace(workspace_dir)
    with serving(workspace_dir) as base:
        yield base, token


def curl(example: str, base: str, token: str) -> Any:
    """Run a seed example with bash and curl (host and key rewritten); its JSON answer."""
    command = example.replace(SEED_HOST, base).replace("YOUR_API_KEY", token)
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in keys}


def test_the_seed_examples_run_verbatim_on_a_real_port(served: tuple[str, str]) -> None:
    base, token = served

    listed = curl(LIST_CAMPAIGNS, base, token)
    assert listed["pagination"] == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}
    scheduled = listed["campaigns"]
    assert [c["purposeType"] for c in scheduled] == ["SCHEDULE"]
    assert set(scheduled[0]) == set(SEED_LIST_ITEM) - {"assessment"}  # no assessment block
    reminders = curl(
        LIST_CAMPAIGNS.replace("purposeType=SCHEDULE", "purposeType=ASSESSMENT_REMINDER"),
        base,
        token,
    )
    assert reminders["campaigns"] == [SEED_LIST_ITEM]

    got = curl(GET_CAMPAIGN, base, token)
    assert set(got["campaign"]) - set(SEED_GET_101["campaign"]) == set(OUR_ADDITIONS)
    assert {"campaign": _without(got["campaign"], *OUR_ADDITIONS)} == SEED_GET_101

    sites = httpx.get(f"{base}/v1/partner/company-sites", headers=_bearer(token))
    assert sites.status_code == 200 and sites.json() == SEED_SITES  # (the seed has no curl)

    created = curl(CREATE_CAMPAIGN, base, token)["campaign"]
    assert created["id"] == 5501 and created["createdAt"].endswith("Z")
    shown = _without(created, *OUR_ADDITIONS, "createdAt", "updatedAt")
    assert shown["schedule"]["callSchedule"].pop("startTimeLocal") is None
    assert {"campaign": shown} == SEED_CREATED

    updated = curl(UPDATE_CAMPAIGN, base, token)
    assert updated["status"] == "success" and updated["flowId"] == 5501
    campaign = updated["campaign"]
    assert campaign["title"] == "Q2 eng reminders (updated)"
    assert campaign["messages"]["openingMessage"] == (
        "Hi, calling from Acme about your assessment."
    )
    assert campaign["assessment"]["assessmentReminderSmsTemplate"] == (
        "Acme: finish your tech screen today."
    )
    assert campaign["assessment"]["jobTitle"] == "Software Engineer"  # kept
    assert set(campaign) - set(SEED_GET_101["campaign"]) == set(OUR_ADDITIONS)

    assert curl(ADD_LEADS, base, token) == {"added": 2, "skipped": 0}
    assert curl(ADD_LEADS, base, token) == {"added": 0, "skipped": 2}  # already on it

    leads = curl(LIST_LEADS, base, token)
    assert leads["pagination"] == {"page": 1, "limit": 50, "total": 1, "totalPages": 1}
    assert [_without(row, "addedAt") for row in leads["leads"]] == [
        _without(SEED_LEAD_ROW, "addedAt")
    ]
    assert leads["leads"][0]["addedAt"].endswith("Z")

    assert curl(REMOVE_LEAD, base, token) == {"status": "success", "leadId": 987654}
    assert curl(LIST_LEADS, base, token)["leads"] == []
    again = curl(REMOVE_LEAD, base, token)
    assert again["error"]["code"] == "NOT_FOUND"
