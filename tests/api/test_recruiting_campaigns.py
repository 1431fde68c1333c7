"""``GET /api/talkpush_services/campaigns`` over a real loopback server: a partner key
acting as a manager lists only the campaigns that manager is a member of; the owner's
key lists every campaign."""

from __future__ import annotations

import httpx

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.campaigns.basic import Basic
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
