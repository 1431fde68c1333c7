"""The web dial-out page's rules over HTTP (ASGI, no socket): tokens, answer types,
re-answering, finishing; the browser itself is driven in test_web_interview_browser.py."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder
from tests.api.conftest import AsgiClient
from tests.api.web_interview_support import answers, folder_of, invited, recording, token_of
from tests.support.two_companies import TwoCompanies

WEBM = b"\x1aE\xdf\xa3" + b"\x00" * 200  # a WebM header's magic, as MediaRecorder starts


@pytest.fixture
def client(memory_keyring: MemoryKeyring, ws: Workspace) -> AsgiClient:
    app: FastAPI = create_app(ws)
    return AsgiClient(app)


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo, client: AsgiClient) -> tuple[int, list[int], str]:
    cid, questions = invited(ws, campaign, "https://jobs.example.com")
    return cid, questions, token_of(ws.web_interview.link(cid))


def _audio(client: AsgiClient, token: str, qid: int, data: bytes = WEBM) -> int:
    files = {"audio": ("answer.webm", data, "audio/webm;codecs=opus")}
    return client.post(f"/webdialout/{token}/answers/{qid}", files=files).status_code


def _text(client: AsgiClient, token: str, qid: int, text: str) -> int:
    return client.post(f"/webdialout/{token}/answers/{qid}", data={"text": text}).status_code


def test_the_page_shows_the_interview_and_bad_tokens_get_a_404_page(
    ws: Workspace, client: AsgiClient, maria: tuple[int, list[int], str]
) -> None:
    cid, _questions, token = maria
    page = client.get(f"/webdialout/{token}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Maria Santos" in page.text and "Customer Service - Manila" in page.text
    assert "Content-Security-Policy" in page.headers and "https://" not in page.text
    forged = f"{cid}.{'A' * 16}"
    other = f"{cid + 1}.{token.split('.')[1]}"
    for bad in (forged, other, "nonsense", f"{cid}"):
        refused = client.get(f"/webdialout/{bad}")
        assert refused.status_code == 404, bad
        assert "does not work" in refused.text and "Maria" not in refused.text
        assert _text(client, bad, 1, "hello") == 404
    assert answers(ws, cid) == {}


def test_answers_follow_the_answer_type_and_a_second_upload_replaces_the_first(
    ws: Workspace, client: AsgiClient, maria: tuple[int, list[int], str]
) -> None:
    cid, (spoken, written, either), token = maria
    assert _text(client, token, spoken, "typed") == 422  # audio only
    assert _audio(client, token, written) == 422  # text only
    assert _text(client, token, written, "  ") == 422
    refused = client.post(
        f"/webdialout/{token}/answers/{spoken}",
        files={"audio": ("a.exe", b"MZ", "application/octet-stream")},
    )
    assert refused.status_code == 422 and "recording type" in refused.json()["error"]["message"]
    assert answers(ws, cid) == {}

    assert _audio(client, token, spoken, WEBM + b"first") == 204
    first = answers(ws, cid)[spoken][2]
    assert _audio(client, token, spoken, WEBM + b"second") == 204
    kind, _text_, second = answers(ws, cid)[spoken]
    assert kind == "audio" and second != first and second.endswith(".webm")
    assert recording(ws, second).read_bytes() == WEBM + b"second"
    assert not recording(ws, first).exists()  # the replaced recording is gone
    assert _text(client, token, written, "Five years") == 204
    assert _text(client, token, written, "Six years") == 204
    assert answers(ws, cid)[written] == ("text", "Six years", "")
    both = client.post(
        f"/webdialout/{token}/answers/{either}",
        data={"text": "I like people"},
        files={"audio": ("answer.ogg", b"OggS" + b"\x00" * 50, "audio/ogg")},
    )
    assert both.status_code == 204
    assert answers(ws, cid)[either][1] == "I like people"
    assert answers(ws, cid)[either][2].endswith(".ogg")
    assert len(answers(ws, cid)) == 3


def test_finishing_needs_every_answer_then_completes_and_the_link_is_used(
    ws: Workspace, client: AsgiClient, maria: tuple[int, list[int], str]
) -> None:
    cid, (spoken, written, either), token = maria
    assert _audio(client, token, spoken) == 204
    early = client.post(f"/webdialout/{token}/finish")
    assert early.status_code == 422 and "question 2, 3" in early.json()["error"]["message"]
    assert folder_of(ws, cid) != Folder.COMPLETED.value
    assert _text(client, token, written, "Five") == 204
    assert _text(client, token, either, "Because") == 204
    assert client.post(f"/webdialout/{token}/finish").status_code == 204
    assert folder_of(ws, cid) == Folder.COMPLETED.value
    assert client.get(f"/webdialout/{token}").status_code == 404  # used
    assert _text(client, token, written, "again") == 404
    assert client.post(f"/webdialout/{token}/finish").status_code == 404


def test_a_link_needs_the_public_url(ws: Workspace, campaign: CampaignInfo) -> None:
    ws.campaign_settings.update(campaign.id, web_dial_out=True)
    cid = ws.intake.add_candidate(campaign.id, first_name="Leo", phone="09171234568")
    with pytest.raises(ValidationError, match="public URL"):
        ws.web_interview.link(cid)


def test_a_campaign_with_webdialout_off_offers_no_web_interview(
    ws: Workspace, client: AsgiClient, maria: tuple[int, list[int], str]
) -> None:
    cid, (spoken, _written, _either), token = maria
    ws.campaign_settings.update("Customer Service - Manila", web_dial_out=False)
    assert client.get(f"/webdialout/{token}").status_code == 404
    assert _audio(client, token, spoken) == 404
    with pytest.raises(ValidationError, match="Webdialout"):
        ws.web_interview.link(cid)
    ws.campaign_settings.update("Customer Service - Manila", web_dial_out=True)
    assert client.get(f"/webdialout/{token}").status_code == 200


def test_a_link_of_another_company_in_the_workspace_opens_its_own_interview(
    memory_keyring: MemoryKeyring, two_companies: TwoCompanies
) -> None:
    """``serve`` acts for company A; B's candidate's link is checked with B's key and the
    answer stored for B's candidate (A's look-alike Maria is untouched)."""
    folder, a, b = two_companies.folder, two_companies.a, two_companies.b
    with Workspace.open(data_dir=folder, company=b.id) as wb:
        wb.interview.set_steps(b.campaign_id, [("question", "Your name?", "text")])
        wb.campaign_settings.update(b.campaign_id, web_dial_out=True)
        wb.company.set_public_url("https://b.example.com")
        token = token_of(wb.web_interview.link(b.candidate_ids[0]))
        (question,) = [q for q, *_ in wb.interview.steps(b.campaign_id)]
    with Workspace.open(data_dir=folder, company=a.id) as wa:
        client = AsgiClient(create_app(wa))
        assert "Customer Service" in client.get(f"/webdialout/{token}").text
        assert _text(client, token, question, "Maria of B") == 204
        assert client.post(f"/webdialout/{token}/finish").status_code == 204
        assert answers(wa, b.candidate_ids[0]) == {question: ("text", "Maria of B", "")}
        assert answers(wa, a.candidate_ids[0]) == {}
        assert folder_of(wa, b.candidate_ids[0]) == Folder.COMPLETED.value
        forged = f"{a.candidate_ids[0]}.{token.split('.')[1]}"  # B's signature on A's Maria
        assert client.get(f"/webdialout/{forged}").status_code == 404
