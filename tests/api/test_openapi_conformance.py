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
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import positive_data_acceptance

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit
from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "50"))
BODIES = ("POST", "PATCH")
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


def test_every_route_conforms_to_its_description(ws: Workspace) -> None:
    made = ws.api_keys.create("intake")
    partner = ps.ready(ws)
    campaign = ws.outbound.create(ps.create_body(partner.site_id))
    leads = ws.outbound.add_leads(campaign.id, {"leads": [{"email": "ada@example.com"}]})
    rows = {"campaignId": str(campaign.id), "leadId": str(leads.lead_ids[0])}

    def real(case: schemathesis.Case) -> None:
        if case.path_parameters:
            case.path_parameters = {k: rows.get(k, v) for k, v in case.path_parameters.items()}
        if case.method.upper() == "POST" and case.path.endswith("/campaigns"):
            if isinstance(case.body, dict):
                case.body |= {
                    "companySiteId": partner.site_id,
                    "phoneNumber": ps.CALLER_ID,
                    "timezone": "America/New_York",
                }

    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(ws, rate_limit=RateLimit.parse("off"))
    )
    statuses: dict[str, set[int]] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        name = f"{operation.method.upper()} {operation.path}"
        codes = statuses.setdefault(name, set())

        def seen(status: int, text: str, codes: set[int] = codes) -> None:
            codes.add(status)
            assert status < 500, text
            assert made.secret is not None and made.secret not in text

        headers = partner.headers if operation.path.startswith(ps.PREFIX) else None
        _checker(operation, headers, seen, real)()
    assert "GET /api/health" in statuses
    assert set(statuses) >= PARTNER_ROUTES
    assert all(code < 500 for codes in statuses.values() for code in codes)
    assert 200 in statuses["GET /v1/partner/campaigns"]  # the key was taken: not only 401s
    assert 200 in statuses["GET /v1/partner/campaigns/{campaignId}"]  # real ids reached
