"""Schemathesis over ``serve``'s ``/openapi.json`` on a real port: every route, fed generated
requests as they are and again with a valid intake key and an existing campaign (so the
201 and 422 answers of the intake route are reached, not only 401), answers without a
server error and as its description says (status, content type, body), never with the
key's secret. With the key, schema-valid data may still be refused with the documented
422: "an email or a phone that parses in the campaign's country" is more than JSON Schema
says, so that one check (positive data acceptance) is left out for the keyed requests."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.checks import positive_data_acceptance

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve
from tests.support.schema_cases import generated

EXAMPLES = 40


def _with_key(case: schemathesis.Case, credentials: dict[str, str], campaign: int) -> bool:
    """Put the valid key into ``case`` (and the campaign into its path); False when the
    case has no body to put it in."""
    if not isinstance(case.body, dict):
        return False
    case.body.update(credentials)
    if case.path_parameters is not None and "campaign_id" in case.path_parameters:
        case.path_parameters["campaign_id"] = campaign
    return True


def _with_email(case: schemathesis.Case) -> None:
    """Give the keyed ``case`` a valid email, so that it can create a candidate."""
    assert isinstance(case.body, dict)
    person = case.body.get("campaign_invitation")
    if isinstance(person, dict):
        person["email"] = "schema@example.com"
    else:
        case.body["campaign_invitation[email]"] = "schema@example.com"


def _walk(operation: Any, seen: set[int], credentials: dict[str, str], campaign: int) -> None:
    """Generated cases of one operation, each sent as it is and again with the key."""

    @generated(operation, EXAMPLES)
    def check(case: schemathesis.Case) -> None:
        answers: list[Any] = [case.call_and_validate()]
        if _with_key(case, credentials, campaign):  # the rules past the schema (an email
            # or a phone, one that parses in the campaign's country) may answer 422
            answers.append(case.call_and_validate(excluded_checks=[positive_data_acceptance]))
            _with_email(case)
            answers.append(case.call_and_validate(excluded_checks=[positive_data_acceptance]))
        for response in answers:
            seen.add(response.status_code)
            assert response.status_code < 500, response.text
            assert credentials["api_secret"] not in response.text

    check()


def test_every_route_conforms_on_a_real_port(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        campaign = ws.campaigns.create("Customer Service - Manila", hotline_country="PH").id
        made = ws.api_keys.create("intake", "careers site")
    assert made.secret
    credentials = {"api_key": made.key, "api_secret": made.secret}
    log_file = workspace_dir / "serve.log"  # thousands of request lines: not a pipe
    proc, base = start_serve(workspace_dir, "--port", "0", "--rate-limit", "off", log=log_file)
    statuses: dict[str, set[int]] = {}
    try:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        for result in schema.get_all_operations():
            operation = result.ok()
            seen = statuses.setdefault(f"{operation.method.upper()} {operation.path}", set())
            _walk(operation, seen, credentials, campaign)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    log = log_file.read_text()
    assert proc.returncode == 0, log
    assert "Traceback" not in log and made.secret not in log
    intake = statuses["POST /api/talkpush_services/campaigns/{campaign_id}/campaign_invitations"]
    assert {201, 401, 422} <= intake, intake
    assert statuses["GET /api/health"] == {200}
