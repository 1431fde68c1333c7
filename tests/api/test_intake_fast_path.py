"""The intake route's hot path (:mod:`api.intake_fast_path`) answers as FastAPI's router
does: the same request sent with the campaign id as ``0<id>`` (which FastAPI reads as the
same id, and which the hot path leaves to the router) gets the same status, body and
headers, for the refusals and for a stored candidate."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.intake_fast_path import IntakeFastPath
from talkpush_desktop.engine.access.keys import NewApiKey
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient


@pytest.fixture
def key(ws: Workspace) -> NewApiKey:
    return ws.api_keys.create("intake", "careers site")


def _url(campaign_id: int | str) -> str:
    return f"/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations"


def _same(fast: httpx.Response, routed: httpx.Response, *, ignore: tuple[str, ...] = ()) -> None:
    assert fast.status_code == routed.status_code, (fast.text, routed.text)
    skip = {"content-length", *ignore}
    assert {k: v for k, v in fast.headers.items() if k not in skip} == {
        k: v for k, v in routed.headers.items() if k not in skip
    }


def _cases(key: NewApiKey) -> list[dict[str, Any]]:
    good = {"api_key": key.key, "api_secret": key.secret or ""}
    return [
        {"data": {**good, "campaign_invitation[first_name]": "Ana"}},  # no email or phone
        {"data": {**good, "campaign_invitation[first_name]": "Ana", "x": "1"}, "bad_secret": 1},
        {"content": b"a=1", "headers": {"Content-Type": "text/plain"}},  # 415
        {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        {"json": {**good, "campaign_invitation": {"first_name": ["x"], "email": "a@b.co"}}},
        {"json": [1, 2]},
        {"files": {"campaign_invitation[temporary_cv]": ("cv.exe", b"MZ\x90\x00", "x/y")}},
    ]


def test_refusals_answer_as_through_the_router(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey
) -> None:
    api = AsgiClient(create_app(ws))
    for case in _cases(key):
        if case.pop("bad_secret", None):
            case["data"]["api_secret"] = "wrong"
        fast = api.post(_url(campaign.id), **case)
        routed = api.post(_url(f"0{campaign.id}"), **case)
        assert fast.status_code in (401, 415, 422), fast.text
        _same(fast, routed)
        assert fast.json() == routed.json()
    unknown = {"api_key": "tpk_unknown", "api_secret": "x"}
    fast, routed = api.post(_url(999_999), data=unknown), api.post(_url("0999999"), data=unknown)
    assert fast.json() == routed.json() and fast.status_code == 401  # the key first


def test_a_stored_candidate_answers_as_through_the_router(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey
) -> None:
    api = AsgiClient(create_app(ws))
    sent = {"api_key": key.key, "api_secret": key.secret or ""}
    sent["campaign_invitation[first_name]"] = "Ana"
    answers = []
    for n, number in enumerate((campaign.id, f"0{campaign.id}")):
        sent["campaign_invitation[email]"] = f"ana{n}@example.com"
        answers.append(api.post(_url(number), data=sent, headers={"Idempotency-Key": f"k{n}"}))
    fast, routed = answers
    _same(fast, routed)
    assert fast.status_code == 201
    a, b = fast.json(), routed.json()
    assert b["id"] == a["id"] + 1 and b["email"] == "ana1@example.com"
    assert {**a, "id": 0, "email": ""} == {**b, "id": 0, "email": ""}


def test_other_routes_and_ids_go_on_to_fastapi(ws: Workspace, campaign: CampaignInfo) -> None:
    api = AsgiClient(create_app(ws))
    assert IntakeFastPath in [m.cls for m in api.app.user_middleware]
    assert api.post(_url(0), data={}).status_code == 422  # FastAPI's check of the id
    assert api.post(_url(2**63), data={}).status_code == 422
    assert api.get(_url(campaign.id)).status_code == 405
    assert api.post(_url(campaign.id) + "/x", data={}).status_code == 404
