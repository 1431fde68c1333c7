"""Seed 000's intake route through the ASGI app: the three body formats, the errors and
exactly-once retries."""

from __future__ import annotations

import base64

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.access.keys import NewApiKey
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient
from tests.support.cv_documents import pdf_with_text


@pytest.fixture
def intake_api(ws: Workspace) -> AsgiClient:
    app: FastAPI = create_app(ws)
    return AsgiClient(app)


@pytest.fixture
def key(ws: Workspace) -> NewApiKey:
    return ws.api_keys.create("intake", "careers site")


def url(campaign: CampaignInfo | int) -> str:
    number = campaign if isinstance(campaign, int) else campaign.id
    return f"/api/talkpush_services/campaigns/{number}/campaign_invitations"


def form(key: NewApiKey, **fields: str) -> dict[str, str]:
    out = {"api_key": key.key, "api_secret": key.secret or ""}
    out.update({f"campaign_invitation[{k}]": v for k, v in fields.items()})
    return out


def test_form_encoded_with_referee_and_the_seeds_stray_space(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    data = form(key, first_name="Juan", last_name="Cruz", user_phone_number="9175550123")
    data["campaign_invitation[ source]"] = "jobs.example.com"
    data["campaign_invitation[others][referee_id]"] = "E-77"
    data["campaign_invitation[others][shift]"] = "night"
    r = intake_api.post(url(campaign), data=data)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["user_phone_number"] == "9175550123" and body["state"] == "inbox"
    assert body["others"] == {"referee_id": "E-77", "shift": "night"}
    assert ws.candidates.get(body["id"]).row.source == "jobs.example.com"
    assert key.secret not in r.text


def test_form_encoded_text_is_utf8_with_plus_as_space(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    body = (
        f"api_key={key.key}&api_secret={key.secret}"
        "&campaign_invitation%5Bfirst_name%5D=Jos%C3%A9+Mar%C3%ADa"
        "&campaign_invitation%5Blast_name%5D=&campaign_invitation%5Bemail%5D=jm%40example.com"
        "&campaign_invitation[others][note]=a%26b%3Dc"
    )
    r = intake_api.post(
        url(campaign),
        content=body.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    assert r.status_code == 201, r.text
    got = r.json()
    assert (got["first_name"], got["last_name"]) == ("José María", "")
    assert got["email"] == "jm@example.com"
    assert got["others"] == {"note": "a&b=c"}


def test_multipart_with_a_pdf_cv(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    pdf = pdf_with_text("Maria Santos", "maria@example.com", "Barista in Cebu")
    r = intake_api.post(
        url(campaign),
        data=form(key, first_name="Maria", last_name="Santos"),
        files={"campaign_invitation[temporary_cv]": ("resume.pdf", pdf, "application/pdf")},
    )
    assert r.status_code == 201, r.text
    detail = ws.candidates.get(r.json()["id"])
    assert "Barista in Cebu" in detail.cv_text and detail.row.email == "maria@example.com"


def test_json_with_a_base64_cv(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    body = {
        "api_key": key.key,
        "api_secret": key.secret,
        "campaign_invitation": {
            "first_name": "Lea",
            "last_name": "Go",
            "email": "lea@example.com",
            "temporary_cv": base64.b64encode(b"Lea Go\nWelder, 5 years").decode(),
            "others": {"referee_first_name": "Ana", "bpo_experience": "2 years"},
        },
    }
    r = intake_api.post(url(campaign), json=body)
    assert r.status_code == 201, r.text
    detail = ws.candidates.get(r.json()["id"])
    assert detail.referee["first_name"] == "Ana" and detail.others == {"bpo_experience": "2 years"}
    assert "Welder" in detail.cv_text


@pytest.mark.parametrize("email", ["", "nope"])
def test_bad_input_names_the_fields(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient, email: str
) -> None:
    r = intake_api.post(url(campaign), data=form(key, first_name="Juan", email=email))
    assert r.status_code == 422 and "campaign_invitation[email]" in r.json()["error"]["details"]
    assert ws.candidates.count() == 0


def test_wrong_secret_unknown_campaign_and_bad_cv(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    good = form(key, first_name="Juan", email="juan@example.com")
    assert intake_api.post(url(campaign), data={**good, "api_secret": "x"}).status_code == 401
    nul_key = intake_api.post(url(campaign), data={**good, "api_key": "\x00"})  # schemathesis
    assert nul_key.status_code == 401, nul_key.text  # not PostgreSQL's NUL refusal as a 500
    assert intake_api.post(url(campaign.id + 99), data=good).status_code == 404
    r = intake_api.post(
        url(campaign),
        data=good,
        files={"campaign_invitation[temporary_cv]": ("cv.pdf", b"\x89PNG\r\n\x1a\n\x00", "x/y")},
    )
    assert r.status_code == 422
    assert "campaign_invitation[temporary_cv]" in r.json()["error"]["details"]
    assert (
        intake_api.post(
            url(campaign), content=b"x", headers={"content-type": "text/csv"}
        ).status_code
        == 415
    )
    assert ws.candidates.count() == 0


def test_an_idempotency_key_over_255_characters_or_blank_is_refused(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    data = form(key, first_name="Juan", email="juan@example.com")
    for sent in ("k" * 256, "   "):
        r = intake_api.post(url(campaign), data=data, headers={"Idempotency-Key": sent})
        assert r.status_code == 422, r.text
        assert "Idempotency-Key" in r.json()["error"]["details"]
    assert ws.candidates.count() == 0
    r = intake_api.post(url(campaign), data=data, headers={"Idempotency-Key": "k" * 255})
    assert r.status_code == 201, r.text


def test_idempotency_key_replays_and_refuses_other_parameters(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    data = form(key, first_name="Juan", email="juan@example.com")
    headers = {"Idempotency-Key": "apply-123"}
    first = intake_api.post(url(campaign), data=data, headers=headers)
    again = intake_api.post(url(campaign), data=data, headers=headers)
    assert (again.status_code, again.json()) == (first.status_code, first.json())
    assert again.headers["Idempotent-Replayed"] == "true"
    # the same parameters as JSON are the same request
    as_json = {
        "api_key": key.key,
        "api_secret": key.secret,
        "campaign_invitation": {"first_name": "Juan", "email": "juan@example.com"},
    }
    assert intake_api.post(url(campaign), json=as_json, headers=headers).json() == first.json()
    other = intake_api.post(
        url(campaign), data={**data, "campaign_invitation[email]": "x@example.com"}, headers=headers
    )
    assert other.status_code == 409 and other.json()["error"]["code"] == "idempotency_key_reused"
    assert ws.candidates.count() == 1


def test_a_replay_answers_the_first_answers_very_bytes(
    campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    """The writer renders the answer once, as it stores it with the key: a retry gets the
    same bytes, compact JSON in UTF-8, as Starlette's JSONResponse would have sent."""
    data = form(key, first_name="José Ñuñez", email="jose@example.com")
    headers = {"Idempotency-Key": "apply-bytes"}
    first = intake_api.post(url(campaign), data=data, headers=headers)
    again = intake_api.post(url(campaign), data=data, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.content == again.content
    assert first.content == JSONResponse(first.json()).body  # Starlette's own rendering
    assert first.headers["content-type"] == again.headers["content-type"] == "application/json"
    assert "José Ñuñez" in first.content.decode("utf-8")


def test_an_empty_file_field_is_no_cv(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    r = intake_api.post(
        url(campaign),
        data=form(key, first_name="Juan", email="juan@example.com"),
        files={"campaign_invitation[temporary_cv]": ("", b"", "application/octet-stream")},
    )
    assert r.status_code == 201, r.text
    assert ws.candidates.get(r.json()["id"]).cv_path == ""


def test_another_companys_campaign_is_404_never_403(
    ws: Workspace, key: NewApiKey, intake_api: AsgiClient
) -> None:
    from talkpush_desktop.engine.timeutil import utcnow
    from talkpush_desktop.storage.models import Campaign, Company

    with ws.context.transaction() as s:
        other = Company(name="Other Co", created_at=utcnow())
        s.add(other)
        s.flush()
        theirs = Campaign(company_id=other.id, title="Theirs", created_at=utcnow())
        s.add(theirs)
        s.flush()
        their_id = theirs.id
    r = intake_api.post(url(their_id), data=form(key, first_name="Juan", email="j@example.com"))
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert ws.candidates.count() == 0


def test_a_key_revoked_or_an_address_left_out_is_refused_at_once(
    ws: Workspace, campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    """After its first request the server knows the key from memory; the write still
    checks it, so a revocation or a new whitelist counts from the next request on."""
    other = ws.api_keys.create("intake", "second site")
    for n, k in enumerate((key, other, key, other)):
        data = form(k, first_name="Ana", email=f"ana{n}@example.com")
        assert intake_api.post(url(campaign), data=data).status_code == 201
    ws.api_keys.revoke(key.id)
    refused = intake_api.post(url(campaign), data=form(key, first_name="A", email="x@a.com"))
    assert refused.status_code == 401, refused.text
    assert refused.json()["error"]["type"] == "authentication_error"
    ws.company.set_ip_whitelist("10.0.0.0/8")
    left_out = intake_api.post(url(campaign), data=form(other, first_name="A", email="y@a.com"))
    assert left_out.status_code == 403, left_out.text
    inside = AsgiClient(intake_api.app, "10.1.2.3")
    assert (
        inside.post(url(campaign), data=form(other, first_name="A", email="z@a.com")).status_code
        == 201
    )
    emails = {r.email for r in ws.candidates.page(CandidateFilter(campaign_id=campaign.id))}
    assert emails == {"ana0@example.com", "ana1@example.com", "ana2@example.com"} | {
        "ana3@example.com",
        "z@a.com",
    }


def test_a_nul_character_in_a_field_is_dropped(
    campaign: CampaignInfo, key: NewApiKey, intake_api: AsgiClient
) -> None:
    """Never meant in a name or an address, and PostgreSQL refuses NUL in text (a 500)."""
    nul_name = form(key, first_name="Ju\x00an", email="juan.nul@example.com")
    stored = intake_api.post(url(campaign), data=nul_name)
    assert stored.status_code == 201, stored.text
    assert stored.json()["first_name"] == "Juan"
