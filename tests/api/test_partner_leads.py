"""A campaign's leads through the Partner API on a real port: add (``added``/``skipped``;
at least one lead, each with a valid email, strict keys by path), the list (case-insensitive
search in first name, last name or email; status bucket, an unknown one 400; pages) and
removal (``{"status": "success", "leadId"}``, then 404)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps

PEOPLE = [
    {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"},
    {"email": "grace@example.com", "firstName": "Grace", "lastName": "Hopper"},
    {"email": "alan@turing.org", "firstName": "Alan", "lastName": "Turing", "phoneNumber": ""},
    {"email": "kat@example.com", "firstName": "", "lastName": "", "phoneNumber": "2025550143"},
]


@pytest.fixture
def partner(ws: Workspace) -> ps.Partner:
    return ps.ready(ws)


@pytest.fixture
def api(ws: Workspace, partner: ps.Partner) -> Iterator[httpx.Client]:
    with ps.partner_client(ws, partner) as client:
        yield client


@pytest.fixture
def campaign_id(partner: ps.Partner, api: httpx.Client) -> int:
    made = api.post("/campaigns", json=ps.create_body(partner.site_id))
    assert made.status_code == 201, made.text
    campaign: int = made.json()["campaign"]["id"]
    return campaign


def _details(answer: httpx.Response) -> dict[str, str]:
    error = ps.error_of(answer, 400, "INVALID_REQUEST")
    assert error["message"] == "One or more fields are invalid."
    details: dict[str, str] = error["details"]
    return details


def test_add_counts_added_and_skipped(ws: Workspace, api: httpx.Client, campaign_id: int) -> None:
    url = f"/campaigns/{campaign_id}/leads"
    assert api.post(url, json={"leads": PEOPLE}).json() == {"added": 4, "skipped": 0}
    ws.outbound.add_do_not_call(email="opted.out@example.com")
    again = [
        {"email": "ADA@example.com"},  # already on it (emails compare without case)
        {"email": "new@example.com"},
        {"email": "new@example.com"},  # twice in one body
        {"email": "opted.out@example.com"},  # do-not-call
    ]
    answer = api.post(url, json={"leads": again})
    assert answer.status_code == 200 and answer.json() == {"added": 1, "skipped": 3}
    listed = api.get(url).json()
    assert listed["pagination"]["total"] == 5
    kat = next(row for row in listed["leads"] if row["email"] == "kat@example.com")
    assert kat["phone"] == "+12025550143"  # local, read in the site's country
    assert set(kat) == {
        "leadId",
        "firstName",
        "lastName",
        "email",
        "phone",
        "status",
        "flowStatus",
        "assessmentSubmitted",
        "addedAt",
    }


def test_each_lead_needs_a_valid_email_and_known_keys(api: httpx.Client, campaign_id: int) -> None:
    url = f"/campaigns/{campaign_id}/leads"
    assert _details(api.post(url, json={"leads": []})) == {
        "leads": '"leads" must contain at least 1 items'
    }
    assert _details(api.post(url, json={})) == {"leads": '"leads" is required'}
    assert _details(api.post(url, json={"leads": "ada@example.com"})) == {
        "leads": '"leads" must be an array'
    }
    refused = api.post(
        url,
        json={
            "leads": [
                {"firstName": "No", "lastName": "Email"},
                {"email": "not-an-email"},
                {"email": "ok@example.com", "company": "Acme"},
                {"email": "ok2@example.com", "phoneNumber": "12"},
            ],
            "source": "crm",
        },
    )
    assert _details(refused) == {
        "leads.0.email": '"email" is required',
        "leads.1.email": '"email" must be a valid email',
        "leads.2.company": '"company" is not allowed',
        "leads.3.phoneNumber": '"phoneNumber" must be a valid phone number',
        "source": '"source" is not allowed',
    }
    assert api.get(url).json()["leads"] == []  # all or nothing


def test_search_status_and_pages(ws: Workspace, api: httpx.Client, campaign_id: int) -> None:
    url = f"/campaigns/{campaign_id}/leads"
    api.post(url, json={"leads": PEOPLE})
    assert [r["firstName"] for r in api.get(url, params={"search": "ADA"}).json()["leads"]] == [
        "Ada"
    ]
    assert [r["email"] for r in api.get(url, params={"search": "turing"}).json()["leads"]] == [
        "alan@turing.org"
    ]
    assert len(api.get(url, params={"search": "example.com"}).json()["leads"]) == 3
    assert api.get(url, params={"search": "lovelacegrace"}).json()["leads"] == []
    ada = api.get(url, params={"search": "ada"}).json()["leads"][0]["leadId"]
    ws.outbound.record_outcome(ada, 1, "answered", "1")
    interested = api.get(url, params={"status": "Interested"}).json()
    assert [r["leadId"] for r in interested["leads"]] == [ada]
    pending = api.get(url, params={"status": "Pending", "limit": 2, "page": 2}).json()
    assert pending["pagination"] == {"page": 2, "limit": 2, "total": 3, "totalPages": 2}
    assert len(pending["leads"]) == 1
    assert _details(api.get(url, params={"status": "Maybe"})) == {
        "status": '"status" must be one of [Pending, Interested, NotInterested, NoAnswer]'
    }
    assert _details(api.get(url, params={"limit": 101})) == {
        "limit": '"limit" must be between 1 and 100'
    }


def test_remove_a_lead(api: httpx.Client, campaign_id: int, partner: ps.Partner) -> None:
    url = f"/campaigns/{campaign_id}/leads"
    api.post(url, json={"leads": PEOPLE[:2]})
    ada, grace = (row["leadId"] for row in api.get(url).json()["leads"])
    assert api.delete(f"{url}/{ada}").json() == {"status": "success", "leadId": ada}
    assert [row["leadId"] for row in api.get(url).json()["leads"]] == [grace]
    ps.error_of(api.delete(f"{url}/{ada}"), 404, "NOT_FOUND")
    for bad in ("abc", "0", "-1", str(2**70)):
        ps.error_of(api.delete(f"{url}/{bad}"), 404, "NOT_FOUND")
    other = api.post("/campaigns", json=ps.create_body(partner.site_id, title="Other"))
    other_url = f"/campaigns/{other.json()['campaign']['id']}/leads"
    ps.error_of(api.delete(f"{other_url}/{grace}"), 404, "NOT_FOUND")  # not on that one
    assert api.post(url, json={"leads": PEOPLE[:1]}).json() == {"added": 1, "skipped": 0}
