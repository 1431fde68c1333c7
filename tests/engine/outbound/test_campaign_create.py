"""Creating company campaigns: the seed's example and shapes, strict keys, per-field details."""

from __future__ import annotations

from typing import Any

import pytest

from talkpush_desktop.engine.outbound import shapes
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import Body


def _details(ws: Workspace, body: Any) -> dict[str, str]:
    with pytest.raises(OutboundError) as err:
        ws.outbound.create(body)
    assert err.value.code == "INVALID_REQUEST"
    assert err.value.http_status == 400
    assert err.value.message == "One or more fields are invalid."
    return err.value.details


def test_the_seed_example_makes_the_seed_response(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    shown = shapes.detail(made)
    site = outbound_ws.outbound.sites()[0].id
    assert {k: shown[k] for k in ("title", "status", "purposeType", "timezone")} == {
        "title": "Q2 eng assessment reminders",
        "status": "RUNNING",
        "purposeType": "ASSESSMENT_REMINDER",
        "timezone": "America/New_York",
    }
    assert shown["id"] == made.id and shown["companySiteId"] == site
    assert shown["callSettings"] == {"callType": "IVR", "aiCallScript": ""}
    assert shown["schedule"] == {
        "callTimeDisplay": "Jun 01, 2025 11:00 AM",
        "callSchedule": {
            "timeBasis": "UTC",
            "startTimeLocal": None,
            "startTimeUtc": "2025-06-01T15:00:00.000Z",
        },
        "followUpRetries": [],
    }
    assert shown["messages"] == {
        "openingMessage": "Hi, this is Acme recruiting about your pending technical assessment.",
        "closingMessage": "Thank you. You will receive a text with the link shortly. Goodbye.",
    }
    assert shown["assessment"] == {
        "assessmentTestId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "assessmentName": "Technical screen",
        "jobTitle": "Software Engineer",
        "autoAddInvitedCandidates": False,
        "assessmentReminderSmsTemplate": "Reminder: your assessment link is ready.",
        "assessmentPostCallSmsTemplate": "",
        "assessmentFirstReminderDelayHours": 48,
    }
    for secret in ("callSid", "transcript", "recording", "phoneNumber"):
        assert secret not in str(shown)
    listed = shapes.campaigns_page(outbound_ws.outbound.campaigns())
    assert listed["pagination"] == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}
    item = listed["campaigns"][0]
    assert item["accessLevel"] == "COMPANY"
    assert item["callSettings"] == {"callType": "IVR"}
    assert set(item["assessment"]) == {
        "assessmentTestId",
        "assessmentName",
        "jobTitle",
        "autoAddInvitedCandidates",
        "assessmentFirstReminderDelayHours",
    }
    assert item["createdAt"].endswith("Z") and len(item["createdAt"]) == 24


def test_missing_job_title_is_reported_under_its_path(outbound_ws: Workspace, body: Body) -> None:
    made = body()
    del made["jobDetails"]["jobTitle"]
    assert _details(outbound_ws, made) == {"jobDetails.jobTitle": '"jobTitle" is required'}


def test_unknown_properties_are_refused(outbound_ws: Workspace, body: Body) -> None:
    made = body(colour="blue")
    made["jobDetails"]["meetingUrl"] = "https://meet.example"
    assert _details(outbound_ws, made) == {
        "colour": '"colour" is not allowed',
        "jobDetails.meetingUrl": '"meetingUrl" is not allowed',
    }


def test_every_failing_field_is_named(outbound_ws: Workspace, body: Body) -> None:
    made = body(
        title="x" * 501,
        timezone="Mars/Olympus",
        purposeType="PARTY",
        callType="robot",
        openingMessage="",
        closingMessage=None,
        companySiteId="abc",
    )
    assert _details(outbound_ws, made) == {
        "title": '"title" length must be less than or equal to 500 characters long',
        "timezone": '"timezone" must be a valid IANA time zone',
        "companySiteId": '"companySiteId" must be a positive integer',
        "openingMessage": '"openingMessage" is not allowed to be empty',
        "closingMessage": '"closingMessage" is required',
        "purposeType": (
            '"purposeType" must be one of [SCHEDULE, ONLINE_INTERVIEW, INTEREST_CHECK,'
            " ASSESSMENT_REMINDER]"
        ),
        "callType": '"callType" must be one of [IVR, AICall]',
    }


def test_assessment_limits(outbound_ws: Workspace, body: Body) -> None:
    made = body(assessmentPostCallSmsTemplate="y" * 301)
    made["jobDetails"]["assessmentReminderSmsTemplate"] = "x" * 301
    made["jobDetails"]["assessmentFirstReminderDelayHours"] = 169
    made["jobDetails"]["autoAddInvitedCandidates"] = "yes"
    assert _details(outbound_ws, made) == {
        "assessmentPostCallSmsTemplate": (
            '"assessmentPostCallSmsTemplate" length must be less than or equal to 300'
            " characters long"
        ),
        "jobDetails.assessmentReminderSmsTemplate": (
            '"assessmentReminderSmsTemplate" length must be less than or equal to 300'
            " characters long"
        ),
        "jobDetails.assessmentFirstReminderDelayHours": (
            '"assessmentFirstReminderDelayHours" must be less than or equal to 168'
        ),
        "jobDetails.autoAddInvitedCandidates": '"autoAddInvitedCandidates" must be a boolean',
    }
    made = body()
    made["jobDetails"]["assessmentFirstReminderDelayHours"] = -1
    assert _details(outbound_ws, made) == {
        "jobDetails.assessmentFirstReminderDelayHours": (
            '"assessmentFirstReminderDelayHours" must be greater than or equal to 0'
        )
    }


def test_top_level_duplicates_and_case_insensitive_call_type(
    outbound_ws: Workspace, body: Body
) -> None:
    made = body(
        callType="aicall",
        aiCallScript="Greet, remind, close.",
        assessmentTestId=42,
        assessmentPostCallSmsTemplate="Thanks for taking the call.",
        assessmentFirstReminderDelayHours=12,
    )
    del made["jobDetails"]["assessmentTestId"]
    del made["jobDetails"]["assessmentFirstReminderDelayHours"]
    shown = shapes.detail(outbound_ws.outbound.create(made))
    assert shown["callSettings"] == {"callType": "AICall", "aiCallScript": "Greet, remind, close."}
    assert shown["assessment"]["assessmentTestId"] == "42"
    assert shown["assessment"]["assessmentPostCallSmsTemplate"] == "Thanks for taking the call."
    assert shown["assessment"]["assessmentFirstReminderDelayHours"] == 12
    nested = body(assessmentFirstReminderDelayHours=1)  # jobDetails (48) is canonical
    assert (
        shapes.detail(outbound_ws.outbound.create(nested))["assessment"][
            "assessmentFirstReminderDelayHours"
        ]
        == 48
    )


def test_assessment_keys_on_another_purpose(outbound_ws: Workspace, body: Body) -> None:
    with pytest.raises(OutboundError) as err:
        outbound_ws.outbound.create(body(interest=True, assessmentTestId="t1"))
    assert err.value.code == "PURPOSE_NOT_ALLOWED_FOR_PARTNER"
    assert "ASSESSMENT_REMINDER" in err.value.message


def test_purpose_job_details(outbound_ws: Workspace, body: Body) -> None:
    online = body(interest=True, purposeType="ONLINE_INTERVIEW")
    assert _details(outbound_ws, online) == {"jobDetails.meetingUrl": '"meetingUrl" is required'}
    online["jobDetails"]["meetingUrl"] = "meet.example/x"
    assert _details(outbound_ws, online) == {
        "jobDetails.meetingUrl": '"meetingUrl" must be a valid uri'
    }
    online["jobDetails"]["meetingUrl"] = "https://meet.example/x"
    job = shapes.detail(outbound_ws.outbound.create(online))["job"]
    assert job["meetingUrl"] == "https://meet.example/x" and job["jobLocation"] == "Pasig"
    slots = body(interest=True, purposeType="SCHEDULE")
    assert _details(outbound_ws, slots) == {
        "jobDetails.interviewSlots": '"interviewSlots" is required'
    }
    slots["jobDetails"]["interviewSlots"] = ["Mon 10:00 AM", "Tue 2:00 PM"]
    made = outbound_ws.outbound.create(slots)
    assert made.job_details["interviewSlots"] == ["Mon 10:00 AM", "Tue 2:00 PM"]
    assert _details(outbound_ws, body(interest=True, jobDetails=None)) == {
        "jobDetails": '"jobDetails" is required'
    }


def test_site_and_caller_id_rules(outbound_ws: Workspace, body: Body) -> None:
    other_site = outbound_ws.outbound.add_site("Not mine", user_email=None)
    outbound_ws.company.add_user("Rita", "rita@example.com")
    ritas = outbound_ws.outbound.add_site("Rita's", user_email="rita@example.com")
    assert other_site.id  # the acting user's own: fine
    assert _details(outbound_ws, body(companySiteId=ritas.id)) == {
        "companySiteId": '"companySiteId" must be a company site assigned to the API key user'
    }
    assert _details(outbound_ws, body(companySiteId=str(ritas.id + 100))) == {
        "companySiteId": '"companySiteId" must be a company site assigned to the API key user'
    }
    assert _details(outbound_ws, body(phoneNumber="+15550000000")) == {
        "phoneNumber": '"phoneNumber" must be a VERIFIED caller ID of the company'
    }
    made = outbound_ws.outbound.create(body(companySiteId=str(other_site.id)))
    assert made.company_site_id == other_site.id


def test_not_an_object_and_no_schedule(outbound_ws: Workspace, body: Body) -> None:
    assert _details(outbound_ws, ["title"]) == {"body": '"value" must be of type object'}
    assert _details(outbound_ws, body(callStartTimeUtc=None)) == {
        "callTime": '"callTime" or "callStartTimeUtc" is required to compute the first call time'
    }
    assert _details(outbound_ws, body(callStartTimeUtc="tomorrow")) == {
        "callStartTimeUtc": '"callStartTimeUtc" must be a valid ISO 8601 date'
    }


def test_calling_window_and_pace(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(
        body(callingWindow={"start": "09:30", "end": "18:00"}, callsPerSecond=5)
    )
    assert (made.window_start, made.window_end, made.calls_per_second) == ("09:30", "18:00", 5.0)
    default = outbound_ws.outbound.create(body())
    assert (default.window_start, default.window_end, default.calls_per_second) == (
        "08:00",
        "21:00",
        1.0,
    )
    assert _details(
        outbound_ws, body(callingWindow={"start": "21:00", "end": "08:00"}, callsPerSecond=0)
    ) == {
        "callingWindow.end": '"end" must be later than "start"',
        "callsPerSecond": '"callsPerSecond" must be greater than 0',
    }
    assert _details(outbound_ws, body(callingWindow={"start": "8am", "end": "21:00"})) == {
        "callingWindow.start": '"start" must be a time of day such as 08:00'
    }
