"""The one error shape: every failure, from the engine, FastAPI, the limits or a bug."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import pytest
from fastapi import Body, FastAPI, Request
from pydantic import BaseModel

from talkpush_desktop.api.auth import PartnerPrincipal, authenticate_intake
from talkpush_desktop.engine.errors import FieldErrors, NotFoundError
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient


class Person(BaseModel):
    first_name: str
    age: int


def _routes(app: FastAPI) -> None:
    def fields() -> None:
        raise FieldErrors({"campaign_invitation[email]": "not a valid email"})

    def missing() -> None:
        raise NotFoundError("no campaign 7")

    def broken() -> None:
        raise RuntimeError("SELECT secret FROM /home/x/workspace.sqlite3")

    def people(person: Annotated[Person, Body(embed=True)]) -> dict[str, str]:
        return {"name": person.first_name}

    def intake(request: Request, body: dict[str, Any]) -> dict[str, int]:
        who = authenticate_intake(request, body.get("api_key"), body.get("api_secret"))
        return {"key": who.key_id}

    def partner(principal: PartnerPrincipal) -> dict[str, int]:
        return {"key": principal.key_id}

    for path, handler, method in (
        ("/t/fields", fields, "GET"),
        ("/t/missing", missing, "GET"),
        ("/t/broken", broken, "GET"),
        ("/t/people", people, "POST"),
        ("/t/intake", intake, "POST"),
        ("/t/partner", partner, "GET"),
    ):
        app.add_api_route(path, handler, methods=[method])


@pytest.fixture
def client(app: FastAPI) -> AsgiClient:
    _routes(app)
    return AsgiClient(app)


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "type", "message", "details"}
    return dict(body["error"])


def test_engine_errors_keep_their_meaning(client: AsgiClient) -> None:
    err = _error(client.get("/t/fields"), 422)
    assert err["details"] == {"campaign_invitation[email]": "not a valid email"}
    assert err["code"] == "validation_failed"
    assert _error(client.get("/t/missing"), 404)["message"] == "no campaign 7"


def test_request_validation_names_each_field(client: AsgiClient) -> None:
    err = _error(client.post("/t/people", json={"person": {"age": "old"}}), 422)
    assert set(err["details"]) == {"person[first_name]", "person[age]"}


def test_unknown_route_and_method(client: AsgiClient) -> None:
    assert _error(client.get("/nowhere"), 404)["code"] == "not_found"
    assert _error(client.request("DELETE", "/api/health"), 405)["code"] == "method_not_allowed"


def test_a_bug_answers_500_without_internals(
    client: AsgiClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, "talkpush_desktop.api"):
        err = _error(client.get("/t/broken"), 500)
    assert "SELECT" not in str(err) and "sqlite3" not in str(err) and "Traceback" not in str(err)
    assert "RuntimeError" in caplog.text  # the server's log keeps it


def test_bodies_over_the_limit_get_413(client: AsgiClient) -> None:
    err = _error(client.post("/t/people", content=b"x" * 2000), 413)
    assert "limit" in err["message"]

    async def chunks() -> Any:
        for _ in range(8):
            yield b"y" * 200  # no Content-Length: counted as it streams

    assert _error(client.post("/t/people", content=chunks()), 413)["code"] == "payload_too_large"


def test_keys_401_429_and_403(client: AsgiClient, ws: Workspace, app: FastAPI) -> None:
    made = ws.api_keys.create("intake")
    good = {"api_key": made.key, "api_secret": made.secret}
    assert _error(client.post("/t/intake", json={"api_key": made.key}), 401)["type"] == (
        "authentication_error"
    )
    assert _error(client.post("/t/intake", json={**good, "api_secret": "tps_x"}), 401)
    assert client.post("/t/intake", json=good).json() == {"key": made.id}
    for _ in range(2):  # burst 3 (one taken by the wrong secret above counts too)
        client.post("/t/intake", json=good)
    limited = client.post("/t/intake", json=good)
    err = _error(limited, 429)
    assert int(limited.headers["Retry-After"]) >= 1 and err["code"] == "rate_limited"
    other = ws.api_keys.create("intake")
    ws.company.set_ip_whitelist("10.0.0.0/8")
    body = {"api_key": other.key, "api_secret": other.secret}
    assert _error(client.post("/t/intake", json=body), 403)["type"] == "permission_error"
    assert AsgiClient(app, "10.9.8.7").post("/t/intake", json=body).status_code == 200
    ws.api_keys.revoke(other.id)
    assert _error(AsgiClient(app, "10.9.8.7").post("/t/intake", json=body), 401)


def test_partner_bearer_key(client: AsgiClient, ws: Workspace) -> None:
    made = ws.api_keys.create("partner")
    assert _error(client.get("/t/partner"), 401)
    bearer = {"Authorization": f"Bearer {made.key}"}
    assert client.get("/t/partner", headers=bearer).json() == {"key": made.id}
    ws.api_keys.revoke(made.id)
    assert _error(client.get("/t/partner", headers=bearer), 401)


def test_health_and_openapi(client: AsgiClient) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert "ErrorBody" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 200


def test_malformed_json_is_named_as_the_body(client: AsgiClient) -> None:
    err = _error(
        client.post("/t/people", content=b"{oops", headers={"content-type": "application/json"}),
        422,
    )
    assert list(err["details"]) == ["body"]


def test_rate_limit_text() -> None:
    from talkpush_desktop.api.limits import RateLimit, RateLimiter

    assert RateLimit.parse("50/100") == RateLimit(50.0, 100)
    assert RateLimit.parse("5") == RateLimit(5.0, 10)
    off = RateLimiter(RateLimit.parse("off"))
    for _ in range(1000):
        off.take(1)
    with pytest.raises(ValueError):
        RateLimit.parse("0/1")
