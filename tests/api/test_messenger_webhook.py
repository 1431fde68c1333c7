"""The Messenger Platform webhook on the server's real loopback port: Meta's subscription
check echoes the challenge only for the company's verify token; a signed event lands in
the candidate's conversation (by PSID) once, with its attachments; a postback naming a job
posting makes a new person that campaign's candidate and the bot opens the interview; a
badly signed or unsigned event is refused with 403 in the one error shape, nothing stored."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from support.messenger_payloads import PSID, SECRET, TOKEN, message, page_event

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.messenger_events import signature
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, Message

from .conftest import live_server


def post(base: str, company: int | str, body: bytes, secret: str = SECRET) -> httpx.Response:
    headers = {"X-Hub-Signature-256": signature(secret, body), "Content-Type": "application/json"}
    url = f"{base}/v1/messenger/webhook/{company}"
    return httpx.post(url, content=body, headers=headers, timeout=10)


def stored(ws: Workspace) -> int:
    with ws.reading() as s:
        return int(s.scalar(select(func.count(Message.id)).where(Message.direction == "in")) or 0)


@pytest.fixture
def hooked(ws: Workspace, memory_keyring: Any) -> Workspace:  # noqa: ARG001 (the keyring)
    ws.messenger_webhook.configure(SECRET, TOKEN)
    return ws


def test_the_subscription_check_echoes_the_challenge_for_the_verify_token(
    hooked: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with live_server(create_app(hooked)) as base:
        url = f"{base}/v1/messenger/webhook/{hooked.company_id}"
        ok = {"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "1158201444"}
        answer = httpx.get(url, params=ok, timeout=10)
        assert (answer.status_code, answer.text) == (200, "1158201444")
        wrong = httpx.get(url, params=ok | {"hub.verify_token": "guess-guess"}, timeout=10)
        assert wrong.status_code == 403
        assert "1158201444" not in wrong.text
        assert wrong.json()["error"]["type"] == "permission_error"
    server = [r.getMessage() for r in caplog.records if not r.name.startswith("http")]
    assert any("/v1/messenger/webhook/" in line for line in server)  # requests are logged...
    assert not [line for line in server if TOKEN in line or "guess-guess" in line]  # not tokens


def test_a_signed_message_lands_in_the_conversation_once_with_its_attachments(
    hooked: Workspace, campaign: CampaignInfo
) -> None:
    cid = hooked.intake.add_candidate(
        campaign.id, first_name="Ana", last_name="Cruz", email="ana@example.com"
    )
    with hooked.transaction() as s:
        row = s.get(Candidate, cid)
        assert row is not None
        row.others = {"messenger_psid": PSID}
    photo = {"type": "image", "payload": {"url": "https://cdn.example.com/id-card.jpg"}}
    cv = {"type": "file", "payload": {"url": "https://cdn.example.com/cv.pdf"}}
    body = page_event(message("m_1", "Here is my ID and CV", attachments=[photo, cv]))
    with live_server(create_app(hooked)) as base:
        answer = post(base, hooked.company_id, body)
        assert answer.status_code == 200, answer.text
        assert answer.json() == {"received": 2}
        assert post(base, hooked.company_id, body).json() == {"received": 0}  # Meta's retry
    got = [m for m in hooked.messaging.messages(cid) if m.direction == "in"]
    assert [(m.channel, m.body, m.media_url) for m in got] == [
        ("messenger", "Here is my ID and CV", "https://cdn.example.com/id-card.jpg"),
        ("messenger", "", "https://cdn.example.com/cv.pdf"),
    ]


def test_a_postback_for_a_job_posting_makes_a_candidate_and_the_bot_opens(
    hooked: Workspace, campaign: CampaignInfo
) -> None:
    hooked.campaign_settings.set_messenger(campaign.id, mode="job", title="Call center agent")
    hooked.interview.add_step(campaign.id, "question", "Why do you want this job?")
    tapped = {
        "sender": {"id": "777"},
        "recipient": {"id": "111222333"},
        "timestamp": 1_700_000_000_000,
        "postback": {"mid": "m_pb", "title": "Apply", "payload": f"campaign:{campaign.id}"},
    }
    with live_server(create_app(hooked)) as base:
        assert post(base, hooked.company_id, page_event(tapped)).json() == {"received": 1}
    with hooked.reading() as s:
        new = s.scalars(select(Candidate).where(Candidate.campaign_id == campaign.id)).one()
        assert new.others["messenger_psid"] == "777"
        assert new.source == "Facebook Messenger"
        assert new.bot_step == 1
    said = [m.body for m in hooked.messaging.messages(new.id) if m.direction == "out"]
    assert any("Why do you want this job?" in b for b in said)


@pytest.mark.parametrize(
    "header",
    ["", "sha256=" + "0" * 64, "sha1=abc", "WRONG"],
    ids=["missing", "zeros", "sha1", "garbage"],
)
def test_a_badly_signed_event_is_refused_and_stored_nowhere(hooked: Workspace, header: str) -> None:
    body = page_event(message("m_bad", "let me in", psid="999"))
    with live_server(create_app(hooked)) as base:
        url = f"{base}/v1/messenger/webhook/{hooked.company_id}"
        headers = {"X-Hub-Signature-256": header} if header else {}
        answer = httpx.post(url, content=body, headers=headers, timeout=10)
        assert answer.status_code == 403
        assert set(answer.json()["error"]) >= {"code", "type", "message"}
        signed_elsewhere = post(base, hooked.company_id, body, secret="another-app-secret")
        assert signed_elsewhere.status_code == 403
    assert stored(hooked) == 0
    with hooked.reading() as s:
        assert s.scalar(select(func.count(Candidate.id))) == 0


def test_an_unknown_company_is_a_plain_404(hooked: Workspace) -> None:
    body = page_event(message("m_x", "hello"))
    with live_server(create_app(hooked)) as base:
        for company in ("999", "abc"):
            answer = post(base, company, body)
            assert answer.status_code == 404
            assert answer.json()["error"]["message"] == "no such webhook"  # no company names
    assert stored(hooked) == 0
