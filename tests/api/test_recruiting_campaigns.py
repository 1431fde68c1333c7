"""``GET /api/talkpush_services/campaigns`` over a real loopback server: a partner key
acting as a manager lists only the campaigns that manager is a member of; the owner's
key lists every campaign."""

from __future__ import annotations

import httpx

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.access.keys import NewApiKey
from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import live_server

ROUTE = "/api/talkpush_services/campaigns"


def _titles(base: str, token: str) -> list[str]:
    answer = httpx.get(base + ROUTE, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return [c["title"] for c in answer.json()["campaigns"]]


def test_a_manager_sees_only_their_campaigns_through_the_api(ws: Workspace) -> None:
    ws.company.add_user("Ana Reyes", "ana@example.com")
    ws.company.add_user("Cy Tan", "cy@example.com")
    shared = ws.campaign_settings.create(Basic("Shared", "PH"))
    ws.campaign_settings.create(Basic("Hidden", "PH"))
    ws.campaign_settings.change_members(shared.id, ["ana@example.com"], [])
    owner = ws.api_keys.create("partner", "owner").key
    ana = ws.api_keys.create("partner", "ana", "ana@example.com").key
    cy = ws.api_keys.create("partner", "cy", "cy@example.com").key
    with live_server(create_app(ws)) as base:
        assert _titles(base, owner) == ["Shared", "Hidden"]
        assert _titles(base, ana) == ["Shared"]
        assert _titles(base, cy) == []
        refused = httpx.get(base + ROUTE, timeout=30)
        assert refused.status_code == 401
        assert set(refused.json()["error"]) >= {"code", "message"}


def _invite(base: str, key: NewApiKey, campaign_id: int, email: str) -> httpx.Response:
    form = {
        "api_key": key.key,
        "api_secret": key.secret or "",
        "campaign_invitation[first_name]": "Juan",
        "campaign_invitation[email]": email,
    }
    route = f"/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations"
    return httpx.post(base + route, data=form, timeout=30)


def test_an_intake_key_made_for_a_manager_adds_only_to_their_campaigns(ws: Workspace) -> None:
    ws.company.add_user("Ana Reyes", "ana@example.com")
    shared = ws.campaign_settings.create(Basic("Shared", "PH")).id or 0
    hidden = ws.campaign_settings.create(Basic("Hidden", "PH")).id or 0
    ws.campaign_settings.change_members(shared, ["ana@example.com"], [])
    ana = ws.api_keys.create("intake", "ana's site", "ana@example.com")
    company = ws.api_keys.create("intake", "careers site")
    with live_server(create_app(ws)) as base:
        assert _invite(base, ana, shared, "a@example.com").status_code == 201
        refused = _invite(base, ana, hidden, "b@example.com")
        assert refused.status_code == 404, refused.text
        assert refused.json()["error"]["code"] == "not_found"
        assert _invite(base, company, hidden, "c@example.com").status_code == 201
    assert ws.candidates.count(CandidateFilter(campaign_id=hidden)) == 1
    assert ws.candidates.count(CandidateFilter(campaign_id=shared)) == 1
