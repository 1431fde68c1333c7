"""Schemathesis over ``/openapi.json``: every route, fed generated requests, answers without a
server error and as its description says (status codes, content types, bodies).

The operations are walked here with Hypothesis directly (schemathesis' pytest plugin does
not run under this pytest), each with its own generated cases.
"""

from __future__ import annotations

import schemathesis

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.workspace import Workspace
from tests.support.schema_cases import generated


def test_every_route_conforms_to_its_description(ws: Workspace) -> None:
    made = ws.api_keys.create("intake")
    ws.api_keys.create("partner")
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(ws))
    seen = []
    for result in schema.get_all_operations():
        operation = result.ok()
        seen.append(f"{operation.method.upper()} {operation.path}")

        @generated(operation)
        def check(case: schemathesis.Case) -> None:
            response = case.call_and_validate()
            assert response.status_code < 500
            assert made.secret is not None and made.secret not in response.text

        check()
    assert "GET /api/health" in seen
