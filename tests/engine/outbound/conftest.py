"""A workspace ready for company campaigns: a site of the acting user, a verified caller ID,
and the seed's create body pointed at them."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from talkpush_desktop.engine.workspace import Workspace

SEED_CREATE: dict[str, Any] = {
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
        "autoAddInvitedCandidates": False,
    },
}
"""The seed's create example (its ``companySiteId`` replaced by the fixture's site)."""

INTEREST: dict[str, Any] = {
    "title": "Warehouse interest check",
    "timezone": "Asia/Manila",
    "phoneNumber": "+15551234567",
    "purposeType": "INTEREST_CHECK",
    "openingMessage": "Hi, press 1 if you are interested, 2 if not.",
    "closingMessage": "Thank you. Goodbye.",
    "callTime": "2026-12-07T09:00",
    "followUpRetries": [{"time": "14:00", "delayDays": 0}, {"time": "10:00", "delayDays": 1}],
    "jobDetails": {"jobTitle": "Forklift operator", "jobLocation": "Pasig"},
}

Body = Callable[..., dict[str, Any]]


@pytest.fixture
def outbound_ws(ws: Workspace) -> Workspace:
    ws.outbound.add_site("HQ — New York", city="New York", state="NY", country="US", primary=True)
    ws.outbound.add_caller_id("+15551234567")
    return ws


@pytest.fixture
def body(outbound_ws: Workspace) -> Body:
    """A create body: the seed's (or ``INTEREST`` with ``interest=True``) with changes."""
    site = outbound_ws.outbound.sites()[0].id

    def make(*, interest: bool = False, **changes: Any) -> dict[str, Any]:
        made = copy.deepcopy(INTEREST if interest else SEED_CREATE)
        made["companySiteId"] = site
        made.update(changes)
        return {k: v for k, v in made.items() if v is not None}

    return make
