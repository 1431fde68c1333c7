"""Accounts over HTTP: a manager's bearer key is refused every owner action (403 in the
one error shape, nothing changed), the owner's key does them; the invitation link's page
sets the password once; the IP whitelist holds on the page as on the API routes."""

from __future__ import annotations

import re

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_managers_key_is_refused_the_owners_actions(ws: Workspace) -> None:
    ws.company.add_user("Ana Reyes", "ana@acme.ph")
    ws.company.add_user("Ben Cruz", "ben@acme.ph")
    owner = _bearer(ws.api_keys.create("partner", "owner").key)
    ana = _bearer(ws.api_keys.create("partner", "ana", "ana@acme.ph").key)
    api = AsgiClient(create_app(ws))
    before = api.get("/api/users", headers=ana).json()
    assert {u["email"] for u in before["users"]} >= {"ana@acme.ph", "ben@acme.ph"}
    for path in (
        "/api/users/ben@acme.ph/deactivate",
        "/api/users/ben@acme.ph/delete",
        "/api/users/ana@acme.ph/transfer-ownership",
    ):
        refused = api.post(path, headers=ana)
        assert refused.status_code == 403, refused.text
        error = refused.json()["error"]
        assert error["code"] == "forbidden" and "only the company's owner" in error["message"]
    refused = api.post("/api/users", headers=ana, json={"email": "cy@acme.ph", "name": "Cy"})
    assert refused.status_code == 403
    assert api.get("/api/users", headers=owner).json() == before
    done = api.post("/api/users/ben@acme.ph/deactivate", headers=owner)
    assert done.status_code == 200 and done.json()["active"] is False
    moved = api.post("/api/users/ana@acme.ph/transfer-ownership", headers=owner)
    assert moved.status_code == 200 and moved.json()["owner"] is True
    now_refused = api.post("/api/users/ben@acme.ph/reactivate", headers=owner)
    assert now_refused.status_code == 403  # the old owner's key acts for a manager now
    assert api.post("/api/users/ben@acme.ph/reactivate", headers=ana).status_code == 200
    unknown = api.post("/api/users/ben@acme.ph/promote", headers=ana)
    assert unknown.status_code == 404 and "error" in unknown.json()


def test_the_invitation_page_sets_the_password_once(ws: Workspace) -> None:
    owner = _bearer(ws.api_keys.create("partner", "owner").key)
    api = AsgiClient(create_app(ws))
    sent = api.post("/api/users", headers=owner, json={"email": "cy@acme.ph", "name": "Cy"})
    assert sent.status_code == 201, sent.text
    inbox = ws.providers.sandbox_inbox("cy@acme.ph")
    found = re.search(r"https?://\S+/accept/(\S+)", inbox[-1].body)
    assert found is not None and found.group(0) == sent.json()["url"]
    page = f"/accept/{found.group(1)}"
    shown = api.get(page)
    assert shown.status_code == 200 and 'type="password"' in shown.text and "Cy" in shown.text
    differ = api.post(page, data={"password": "Cy password 1", "confirm": "other one"})
    assert differ.status_code == 422 and "differ" in differ.text
    short = api.post(page, data={"password": "short", "confirm": "short"})
    assert short.status_code == 422 and "at least 8" in short.text
    done = api.post(page, data={"password": "Cy password 1", "confirm": "Cy password 1"})
    assert done.status_code == 200 and "ready" in done.text
    assert api.get(page).status_code == 404
    assert ws.accounts.sign_in("cy@acme.ph", "Cy password 1") > 0


def test_the_ip_whitelist_holds_on_the_invitation_page(ws: Workspace) -> None:
    sent = ws.accounts.invite("dee@acme.ph", "Dee")
    ws.accounts.update_settings(ip_list="10.0.0.0/8")
    key = _bearer(ws.api_keys.create("partner", "owner").key)
    outside, inside = AsgiClient(create_app(ws)), AsgiClient(create_app(ws), "10.1.2.3")
    refused = outside.get(f"/accept/{sent.token}")
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "this address is not in the company's IP whitelist"
    posted = outside.post(f"/accept/{sent.token}", data={"password": "x" * 9, "confirm": "x" * 9})
    assert posted.status_code == 403
    assert outside.get("/api/users", headers=key).status_code == 403
    assert inside.get(f"/accept/{sent.token}").status_code == 200
    assert inside.get("/api/users", headers=key).status_code == 200
