"""Schemathesis over ``/openapi.json``: every route, fed generated requests, answers without a
server error and as its description says (status codes, content types, bodies).

The operations are walked here with Hypothesis directly (schemathesis' pytest plugin does
not run under this pytest), each with its own generated cases. The Partner API's routes are
called with a live partner key (the company has a site, a verified caller ID, a campaign
with leads), so the generated requests reach the engine's checks, not only the key's.
``SCHEMATHESIS_EXAMPLES=300`` runs more cases per route (default 50).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import positive_data_acceptance

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit
from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps
from tests.storage.test_postgres import pg_server, pg_url

__all__ = ["pg_server", "pg_url"]  # the fixtures the PostgreSQL test uses

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "50"))
BODIES = ("POST", "PATCH")
TEXTS = ("title", "openingMessage", "closingMessage", "aiCallScript")
PARTNER_ROUTES = {
    "GET /v1/partner/company-sites",
    "GET /v1/partner/campaigns",
    "POST /v1/partner/campaigns",
    "GET /v1/partner/campaigns/{campaignId}",
    "PATCH /v1/partner/campaigns/{campaignId}",
    "GET /v1/partner/campaigns/{campaignId}/leads",
    "POST /v1/partner/campaigns/{campaignId}/leads",
    "DELETE /v1/partner/campaigns/{campaignId}/leads/{leadId}",
}


def _checker(
    operation: Any,
    headers: dict[str, str] | None,
    seen: Callable[[int, str], None],
    real: Callable[[schemathesis.Case], None] | None = None,
) -> Callable[[], None]:
    """The generated cases of one operation, each called and validated; ``seen(status,
    text)`` after each answer. ``real(case)`` points about half of the cases at the
    workspace's real rows (ids, site, caller ID), so they get past the 404s and reach the
    deeper checks."""
    # a body the schema allows may still break a rule of the company's data (the site is
    # not the key user's, the caller ID is not verified, the time zone is not IANA): 400 is
    # the right answer there, so "a schema-valid request is accepted" is not checked
    excluded = [positive_data_acceptance] if operation.method.upper() in BODIES else []

    @given(case=operation.as_strategy(), on_real_rows=st.booleans())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: schemathesis.Case, on_real_rows: bool) -> None:
        if on_real_rows and real is not None:
            real(case)
        response = case.call_and_validate(headers=headers, excluded_checks=excluded)
        seen(response.status_code, response.text)

    return check


def _walk(ws: Workspace, *, only: str = "") -> dict[str, set[int]]:
    """Every operation whose path starts with ``only``, generated and validated; the
    statuses each answered."""
    made = ws.api_keys.create("intake")
    partner = ps.ready(ws)
    campaign = ws.outbound.create(ps.create_body(partner.site_id))
    leads = ws.outbound.add_leads(campaign.id, {"leads": [{"email": "ada@example.com"}]})
    rows = {"campaignId": str(campaign.id), "leadId": str(leads.lead_ids[0])}

    def real(case: schemathesis.Case) -> None:
        if case.path_parameters:
            case.path_parameters = {k: rows.get(k, v) for k, v in case.path_parameters.items()}
        if case.method.upper() == "POST" and case.path.endswith("/campaigns"):
            if isinstance(case.body, dict):  # generated texts, the rest valid: created (201)
                texts = {k: v for k, v in case.body.items() if k in TEXTS and str(v).strip()}
                case.body = {
                    "title": "T",
                    "openingMessage": "Hello.",
                    "closingMessage": "Bye.",
                    **texts,
                    "companySiteId": partner.site_id,
                    "phoneNumber": ps.CALLER_ID,
                    "timezone": "America/New_York",
                    "purposeType": "INTEREST_CHECK",
                    "jobDetails": {"jobTitle": "Picker"},
                    "callStartTimeUtc": "2026-12-07T15:00:00Z",
                }

    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(ws, rate_limit=RateLimit.parse("off"))
    )
    statuses: dict[str, set[int]] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith(only):
            continue
        codes = statuses.setdefault(f"{operation.method.upper()} {operation.path}", set())

        def seen(status: int, text: str, codes: set[int] = codes) -> None:
            codes.add(status)
            assert status < 500, text
            assert made.secret is not None and made.secret not in text

        headers = partner.headers if operation.path.startswith(ps.PREFIX) else None
        _checker(operation, headers, seen, real)()
    return statuses


def _partner_routes_were_reached(statuses: dict[str, set[int]]) -> None:
    assert set(statuses) >= PARTNER_ROUTES
    assert all(code < 500 for codes in statuses.values() for code in codes)
    assert 200 in statuses["GET /v1/partner/campaigns"]  # the key was taken: not only 401s
    assert 200 in statuses["GET /v1/partner/campaigns/{campaignId}"]  # real ids reached
    assert 201 in statuses["POST /v1/partner/campaigns"]  # some bodies were created


def test_every_route_conforms_to_its_description(ws: Workspace) -> None:
    statuses = _walk(ws)
    assert "GET /api/health" in statuses
    _partner_routes_were_reached(statuses)


@pytest.mark.postgres
def test_the_partner_routes_conform_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The same over a PostgreSQL workspace (text with NUL characters, big numbers and
    odd Unicode reach its stricter types)."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        _partner_routes_were_reached(_walk(ws, only=ps.PREFIX))


def test_the_partner_routes_are_described(ws: Workspace) -> None:
    described = create_app(ws).openapi()
    operations = {
        f"{method.upper()} {path}": operation
        for path, methods in described["paths"].items()
        for method, operation in methods.items()
    }
    assert set(operations) >= PARTNER_ROUTES
    for name in PARTNER_ROUTES:
        operation = operations[name]
        assert operation["security"] == [{"HTTPBearer": []}], name
        assert "422" not in operation["responses"] and "400" in operation["responses"], name
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None:
            assert body["schema"]["additionalProperties"] is False, name  # strict keys
    create = operations["POST /v1/partner/campaigns"]
    assert set(create["responses"]) >= {"201", "400", "401", "403", "404", "429"}
    required = create["requestBody"]["content"]["application/json"]["schema"]["required"]
    assert set(required) == {
        "title",
        "timezone",
        "companySiteId",
        "phoneNumber",
        "openingMessage",
        "closingMessage",
        "purposeType",
    }
    listed = operations["GET /v1/partner/campaigns"]["responses"]["200"]["content"]
    assert listed["application/json"]["schema"] == {"$ref": "#/components/schemas/CampaignList"}
