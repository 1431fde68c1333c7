"""Who may call the Partner API, on a real port: 401 without a key or with an unknown,
malformed or revoked one; 403 for a key that may not act for its company (an intake key
sent as a bearer, the key of a deactivated user, an address outside the IP whitelist);
429 with ``Retry-After`` over the key's rate; the seed's error envelope and codes on each,
also for a body over the limit, an unknown route and a bug."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit
from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps
from tests.api.conftest import AsgiClient, live_server

SITES = f"{ps.PREFIX}/company-sites"


@pytest.fixture
def client(ws: Workspace) -> Iterator[httpx.Client]:
    app = create_app(ws, max_body_bytes=4096, rate_limit=RateLimit(per_second=0.5, burst=4))
    with live_server(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        yield c


def test_a_missing_malformed_unknown_or_revoked_key_is_401(
    ws: Workspace, client: httpx.Client
) -> None:
    partner = ps.ready(ws)
    revoked = ws.api_keys.create("partner", "old")
    ws.api_keys.revoke(revoked.id)
    attempts = {
        "no header": {},
        "another scheme": {"Authorization": f"Basic {partner.token}"},
        "bearer alone": {"Authorization": "Bearer"},
        "unknown": {"Authorization": "Bearer tpp_nothere.secret"},
        "wrong secret": {"Authorization": f"Bearer {partner.token}x"},
        "revoked": {"Authorization": f"Bearer {revoked.key}"},
    }
    for why, headers in attempts.items():
        answer = client.get(SITES, headers=headers)
        error = ps.error_of(answer, 401, "UNAUTHORIZED")
        assert error["type"] == "authentication_error", why
        assert answer.headers["WWW-Authenticate"] == "Bearer", why
    assert client.get(SITES, headers=partner.headers).status_code == 200


def test_an_intake_key_or_a_deactivated_users_key_is_403(
    ws: Workspace, client: httpx.Client
) -> None:
    ps.ready(ws)
    intake = ws.api_keys.create("intake", "careers site")
    for token in (intake.key, f"{intake.key}:{intake.secret}"):
        answer = client.get(SITES, headers={"Authorization": f"Bearer {token}"})
        error = ps.error_of(answer, 403, "FORBIDDEN")
        assert error["type"] == "permission_error" and "intake key" in error["message"]
    ws.company.add_user("Ana Reyes", "ana@example.com")
    ana = ws.api_keys.create("partner", "ana's", user_email="ana@example.com")
    assert client.get(SITES, headers={"Authorization": f"Bearer {ana.key}"}).status_code == 200
    ws.company.set_user_active("ana@example.com", False)
    for method, path in (
        ("GET", SITES),
        ("GET", f"{ps.PREFIX}/campaigns"),
        ("POST", f"{ps.PREFIX}/campaigns/1/leads"),
    ):
        answer = client.request(
            method, path, headers={"Authorization": f"Bearer {ana.key}"}, json={"leads": []}
        )
        assert "no longer an active user" in ps.error_of(answer, 403, "FORBIDDEN")["message"]


def test_the_key_of_a_removed_user_is_403(ws: Workspace, client: httpx.Client) -> None:
    ps.ready(ws)
    ws.company.add_user("Ben Cruz", "ben@example.com")
    ben = ws.api_keys.create("partner", "ben's", user_email="ben@example.com")
    headers = {"Authorization": f"Bearer {ben.key}"}
    assert client.get(SITES, headers=headers).status_code == 200
    ps.remove_user(ws.data_dir, "ben@example.com")
    ps.error_of(client.get(SITES, headers=headers), 403, "FORBIDDEN")


def test_an_address_outside_the_ip_whitelist_is_403(ws: Workspace, client: httpx.Client) -> None:
    partner = ps.ready(ws)
    ws.company.set_ip_whitelist("10.1.2.0/24")
    ps.error_of(client.get(SITES, headers=partner.headers), 403, "FORBIDDEN")


def test_over_the_rate_a_key_gets_429_with_retry_after(ws: Workspace, client: httpx.Client) -> None:
    partner = ps.ready(ws)
    answers = [client.get(SITES, headers=partner.headers) for _ in range(6)]
    assert [a.status_code for a in answers[:4]] == [200] * 4
    limited = answers[-1]
    error = ps.error_of(limited, 429, "RATE_LIMITED")
    assert error["type"] == "rate_limit_error"
    assert int(limited.headers["Retry-After"]) >= 1


def test_a_body_over_the_limit_is_413_in_the_partner_codes(
    ws: Workspace, client: httpx.Client
) -> None:
    partner = ps.ready(ws)
    big = {"leads": [{"email": f"lead{i}@example.com"} for i in range(400)]}
    answer = client.post(f"{ps.PREFIX}/campaigns/1/leads", headers=partner.headers, json=big)
    ps.error_of(answer, 413, "PAYLOAD_TOO_LARGE")


def test_an_unknown_partner_route_is_404_not_found(ws: Workspace, client: httpx.Client) -> None:
    partner = ps.ready(ws)
    ps.error_of(client.get(f"{ps.PREFIX}/flows", headers=partner.headers), 404, "NOT_FOUND")
    answer = client.put(f"{ps.PREFIX}/campaigns", headers=partner.headers)
    ps.error_of(answer, 405, "METHOD_NOT_ALLOWED")
    intake_style = client.get("/api/nothing")  # the intake API keeps its own codes
    assert intake_style.json()["error"]["code"] == "not_found"


def test_a_bug_under_the_partner_path_answers_internal_error(
    ws: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(ws)

    def broken() -> None:
        raise RuntimeError("SELECT secret_hash FROM api_credentials")

    app.add_api_route(f"{ps.PREFIX}/t/broken", broken)
    with caplog.at_level(logging.ERROR, "talkpush_desktop.api"):
        answer = AsgiClient(app).get(f"{ps.PREFIX}/t/broken")
    error = ps.error_of(answer, 500, "INTERNAL_ERROR")
    assert error["type"] == "api_error" and "secret_hash" not in answer.text
    assert "RuntimeError" in caplog.text


def test_a_path_cannot_forge_a_line_of_the_request_log(
    ws: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    partner = ps.ready(ws)
    forged = "1%0A2026-12-06 INFO talkpush_desktop.api: GET /v1/partner/campaigns 200"
    with caplog.at_level(logging.INFO, "talkpush_desktop.api"):
        answer = AsgiClient(create_app(ws)).get(
            f"{ps.PREFIX}/campaigns/{forged}", headers=partner.headers
        )
    ps.error_of(answer, 404, "NOT_FOUND")
    lines = [r.getMessage() for r in caplog.records if r.name == "talkpush_desktop.api"]
    assert len(lines) == 1 and "\n" not in lines[0] and "1\\x0a2026" in lines[0]
