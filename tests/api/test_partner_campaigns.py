"""Company campaigns through the Partner API on a real port: the list (newest id first,
exact filters, pages and their limits), create (201; strict keys and per-field details by
path in the seed's words; PURPOSE_NOT_ALLOWED_FOR_PARTNER), update (aliases, the seed's
answer) and the sanitized detail."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps

INVALID = "One or more fields are invalid."


@pytest.fixture
def partner(ws: Workspace) -> ps.Partner:
    return ps.ready(ws)


@pytest.fixture
def api(ws: Workspace, partner: ps.Partner) -> Iterator[httpx.Client]:
    with ps.partner_client(ws, partner) as client:
        yield client


def _invalid(answer: httpx.Response) -> dict[str, str]:
    error = ps.error_of(answer, 400, "INVALID_REQUEST")
    assert error["type"] == "validation_error" and error["message"] == INVALID
    details: dict[str, str] = error["details"]
    return details


def test_the_list_is_newest_first_filtered_and_paged(
    ws: Workspace, partner: ps.Partner, api: httpx.Client
) -> None:
    first = api.post("/campaigns", json=ps.create_body(partner.site_id)).json()["campaign"]
    check = api.post("/campaigns", json=ps.create_body(partner.site_id, interest=True))
    assert check.status_code == 201, check.text
    third = api.post("/campaigns", json=ps.create_body(partner.site_id, title="Third"))
    ws.outbound.pause(third.json()["campaign"]["id"])
    everything = api.get("/campaigns").json()
    ids = [c["id"] for c in everything["campaigns"]]
    assert ids == sorted(ids, reverse=True) and ids[-1] == first["id"] and len(ids) == 3
    assert everything["pagination"] == {"page": 1, "limit": 20, "total": 3, "totalPages": 1}
    assert all(c["accessLevel"] == "COMPANY" for c in everything["campaigns"])

    two = api.get("/campaigns", params={"limit": 2}).json()
    assert [c["id"] for c in two["campaigns"]] == ids[:2]
    assert two["pagination"] == {"page": 1, "limit": 2, "total": 3, "totalPages": 2}
    last = api.get("/campaigns", params={"limit": 2, "page": 2}).json()
    assert [c["id"] for c in last["campaigns"]] == ids[2:]
    beyond = api.get("/campaigns", params={"limit": 2, "page": 9}).json()
    assert beyond["campaigns"] == [] and beyond["pagination"]["total"] == 3

    paused = api.get("/campaigns", params={"status": "PAUSED"}).json()["campaigns"]
    assert [c["id"] for c in paused] == [third.json()["campaign"]["id"]]
    interest = api.get("/campaigns", params={"purposeType": "INTEREST_CHECK"}).json()
    assert [c["id"] for c in interest["campaigns"]] == [check.json()["campaign"]["id"]]
    assert "assessment" not in interest["campaigns"][0]
    both = {"purposeType": "ASSESSMENT_REMINDER", "status": "RUNNING"}
    assert [c["id"] for c in api.get("/campaigns", params=both).json()["campaigns"]] == [
        first["id"]
    ]
    assert api.get("/campaigns", params={"status": "running"}).json()["campaigns"] == []


@pytest.mark.parametrize(
    ("params", "details"),
    [
        ({"page": 0}, {"page": '"page" must be greater than or equal to 1'}),
        ({"page": -3}, {"page": '"page" must be greater than or equal to 1'}),
        ({"limit": 0}, {"limit": '"limit" must be between 1 and 100'}),
        ({"limit": 101}, {"limit": '"limit" must be between 1 and 100'}),
        ({"page": 2**60}, {"page": '"page" must be a safe number'}),
        ({"page": "abc"}, {"page": '"page" must be a number'}),
        ({"limit": "1.5"}, {"limit": '"limit" must be a number'}),
        (
            {"page": 0, "limit": 500},
            {
                "page": '"page" must be greater than or equal to 1',
                "limit": '"limit" must be between 1 and 100',
            },
        ),
    ],
)
def test_pages_out_of_range_are_400(
    api: httpx.Client, params: dict[str, object], details: dict[str, str]
) -> None:
    assert _invalid(api.get("/campaigns", params=params)) == details


def test_create_answers_201_and_refuses_what_the_seed_refuses(
    ws: Workspace, partner: ps.Partner, api: httpx.Client
) -> None:
    made = api.post("/campaigns", json=ps.create_body(partner.site_id))
    assert made.status_code == 201 and made.json()["campaign"]["status"] == "RUNNING"

    unknown = ps.create_body(partner.site_id, color="blue")
    unknown["jobDetails"]["extra"] = 1
    assert _invalid(api.post("/campaigns", json=unknown)) == {
        "color": '"color" is not allowed',
        "jobDetails.extra": '"extra" is not allowed',
    }
    body = ps.create_body(partner.site_id)
    del body["jobDetails"]["jobTitle"]
    assert _invalid(api.post("/campaigns", json=body)) == {
        "jobDetails.jobTitle": '"jobTitle" is required'
    }
    long_sms = ps.create_body(partner.site_id, title="x" * 501)
    long_sms["jobDetails"]["assessmentReminderSmsTemplate"] = "s" * 301
    long_sms["jobDetails"]["assessmentFirstReminderDelayHours"] = 169
    assert set(_invalid(api.post("/campaigns", json=long_sms))) == {
        "title",
        "jobDetails.assessmentReminderSmsTemplate",
        "jobDetails.assessmentFirstReminderDelayHours",
    }
    assert _invalid(api.post("/campaigns", json={})).keys() >= {
        "title",
        "timezone",
        "companySiteId",
        "phoneNumber",
        "openingMessage",
        "closingMessage",
        "purposeType",
    }
    unverified = ps.create_body(partner.site_id, phoneNumber="+15550000000")
    assert set(_invalid(api.post("/campaigns", json=unverified))) == {"phoneNumber"}
    other_site = ws.outbound.add_site("Branch", country="US", user_email=None)
    ws.company.add_user("Ana Reyes", "ana@example.com")
    ws.outbound.assign_site(other_site.id, "ana@example.com")
    nobody = ws.outbound.add_site("Ana's", country="US", user_email="ana@example.com")
    not_mine = ps.create_body(nobody.id)
    assert set(_invalid(api.post("/campaigns", json=not_mine))) == {"companySiteId"}

    assert _invalid(api.post("/campaigns", json=[1, 2])) == {
        "body": '"value" must be of type object'
    }
    broken = api.post(
        "/campaigns", content=b'{"title": ', headers={"Content-Type": "application/json"}
    )
    assert _invalid(broken) == {"body": '"body" must be valid JSON'}
    plain = api.post("/campaigns", content=b"title=x", headers={"Content-Type": "text/plain"})
    ps.error_of(plain, 415, "UNSUPPORTED_MEDIA_TYPE")
    assert len(api.get("/campaigns").json()["campaigns"]) == 1  # nothing else was stored


def test_purpose_not_allowed_for_partner(
    ws: Workspace, partner: ps.Partner, api: httpx.Client
) -> None:
    body = ps.create_body(partner.site_id, interest=True, assessmentTestId="quiz-1")
    error = ps.error_of(api.post("/campaigns", json=body), 400, "PURPOSE_NOT_ALLOWED_FOR_PARTNER")
    assert "assessmentTestId" in error["message"]
    made = api.post("/campaigns", json=ps.create_body(partner.site_id, interest=True))
    campaign_id = made.json()["campaign"]["id"]
    wrong = api.patch(f"/campaigns/{campaign_id}", json={"assessmentPostCallSmsTemplate": "x"})
    ps.error_of(wrong, 400, "PURPOSE_NOT_ALLOWED_FOR_PARTNER")
    ws.outbound.mark_calling_started(campaign_id)
    late = api.patch(f"/campaigns/{campaign_id}", json={"callTime": "2026-12-24T09:00"})
    assert "cannot change" in ps.error_of(late, 400, "PURPOSE_NOT_ALLOWED_FOR_PARTNER")["message"]
    renamed = api.patch(f"/campaigns/{campaign_id}", json={"title": "Still renamable"})
    assert renamed.status_code == 200 and renamed.json()["campaign"]["dialing"]["callingStarted"]


def test_update_takes_the_aliases_and_answers_as_the_seed(
    partner: ps.Partner, api: httpx.Client
) -> None:
    made = api.post("/campaigns", json=ps.create_body(partner.site_id, interest=True))
    campaign_id = made.json()["campaign"]["id"]
    url = f"/campaigns/{campaign_id}"
    changed = api.patch(
        url,
        json={
            "campaignName": "Renamed by alias",
            "jobName": "Picker",
            "startMessage": "Hello again.",
            "endMessage": "Bye now.",
            "callType": "aicall",
            "aiCallScript": "Ask whether they are still interested.",
        },
    )
    assert changed.status_code == 200, changed.text
    answer = changed.json()
    assert set(answer) == {"status", "flowId", "campaign"}
    assert answer["status"] == "success" and answer["flowId"] == campaign_id
    campaign = answer["campaign"]
    assert campaign["title"] == "Renamed by alias" and campaign["job"]["jobTitle"] == "Picker"
    assert campaign["messages"] == {"openingMessage": "Hello again.", "closingMessage": "Bye now."}
    assert campaign["callSettings"] == {
        "callType": "AICall",
        "aiCallScript": "Ask whether they are still interested.",
    }
    header = api.patch(url, json={"header": {"title": "From the header"}, "jobTitle": "Packer"})
    assert header.json()["campaign"]["title"] == "From the header"
    assert api.get(url).json()["campaign"]["job"]["jobTitle"] == "Packer"
    assert _invalid(api.patch(url, json={"name": "x"})) == {"name": '"name" is not allowed'}
    assert _invalid(api.patch(url, json={"header": {"subtitle": "x"}})) == {
        "header.subtitle": '"subtitle" is not allowed'
    }
    assert set(_invalid(api.patch(url, json={}))) == {"body"}


def test_the_detail_is_sanitized(ws: Workspace, partner: ps.Partner, api: httpx.Client) -> None:
    made = api.post("/campaigns", json=ps.create_body(partner.site_id)).json()["campaign"]
    shown = api.get(f"/campaigns/{made['id']}")
    assert shown.json()["campaign"] == made | {"updatedAt": shown.json()["campaign"]["updatedAt"]}
    for secret in ("sid", "transcript", "recording", "token", "secret", ps.CALLER_ID):
        assert secret not in shown.text.lower()
