"""Pending invitations over HTTP: the owner's key lists and revokes them; a manager's key
gets 403 in the one error shape and changes nothing; an address without one is 404."""

from __future__ import annotations

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_owner_lists_and_revokes_pending_invitations(ws: Workspace) -> None:
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(sent.token, "Ana password 1")
    cy = ws.accounts.invite("cy@acme.ph", "Cy")
    owner = _bearer(ws.api_keys.create("partner", "owner").key)
    ana = _bearer(ws.api_keys.create("partner", "ana", "ana@acme.ph").key)
    api = AsgiClient(create_app(ws))
    listed = api.get("/api/invitations", headers=owner)
    assert listed.status_code == 200, listed.text
    [shown] = listed.json()["invitations"]
    assert shown["email"] == "cy@acme.ph" and shown["expires_at"] == cy.expires_at.isoformat()
    for refused in (
        api.get("/api/invitations", headers=ana),
        api.post("/api/invitations/cy@acme.ph/revoke", headers=ana),
    ):
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "forbidden"
    assert ws.accounts.pending(cy.token).email == "cy@acme.ph"
    done = api.post("/api/invitations/cy@acme.ph/revoke", headers=owner)
    assert done.status_code == 200 and done.json()["invitations"][0]["email"] == "cy@acme.ph"
    assert api.get("/api/invitations", headers=owner).json() == {"invitations": []}
    again = api.post("/api/invitations/cy@acme.ph/revoke", headers=owner)
    assert again.status_code == 404 and "no pending invitation" in again.json()["error"]["message"]
