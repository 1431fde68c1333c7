"""Acceptance 1 on a real port: ``serve`` takes seed 000's parameters form-encoded, as
multipart with a PDF CV and as JSON; ``candidates show`` (a subprocess) then shows the
candidate, the referee and ``others`` fields, the CV text and the queued invitation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from talkpush_desktop.engine.access.keys import NewApiKey
from talkpush_desktop.engine.workspace import Workspace
from tests.support.cli import run_process, serving
from tests.support.cv_documents import pdf_with_text


@pytest.fixture
def served(workspace_dir: Path) -> Iterator[tuple[str, int, NewApiKey]]:
    """``serve --port 0`` on the workspace: its base URL, a campaign id and an intake key."""
    with Workspace.open(data_dir=workspace_dir) as ws:
        campaign = ws.campaigns.create("Customer Service - Manila", hotline_country="PH")
        key = ws.api_keys.create("intake", "careers site")
    with serving(workspace_dir) as base:
        yield base, campaign.id, key


def show(workspace_dir: Path, candidate_id: int) -> dict[str, object]:
    done = run_process("--data-dir", str(workspace_dir), "candidates", "show", str(candidate_id))
    assert done.returncode == 0, done.stderr
    shown: dict[str, object] = json.loads(done.stdout)
    return shown


def test_three_body_formats_on_a_real_port(
    workspace_dir: Path, served: tuple[str, int, NewApiKey]
) -> None:
    base, campaign_id, key = served
    url = f"{base}/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations"
    auth = {"api_key": key.key, "api_secret": key.secret or ""}
    with httpx.Client(timeout=30) as client:
        form = client.post(
            url,
            data=auth
            | {
                "campaign_invitation[first_name]": "Juan",
                "campaign_invitation[last_name]": "Cruz",
                "campaign_invitation[user_phone_number]": "9175550123",
                "campaign_invitation[ source]": "jobs.example.com",
                "campaign_invitation[others][referee_first_name]": "Ana",
                "campaign_invitation[others][referee_id]": "E-77",
                "campaign_invitation[others][position]": "Team lead",
            },
        )
        pdf = pdf_with_text("Maria Santos", "maria@example.com", "Barista in Cebu")
        multipart = client.post(
            url,
            data=auth
            | {
                "campaign_invitation[first_name]": "Maria",
                "campaign_invitation[last_name]": "Santos",
            },
            files={"campaign_invitation[temporary_cv]": ("resume.pdf", pdf, "application/pdf")},
            headers={"Idempotency-Key": "maria-1"},
        )
        as_json = client.post(
            url,
            json=auth
            | {
                "campaign_invitation": {
                    "first_name": "Lea",
                    "last_name": "Go",
                    "email": "lea@example.com",
                    "others": {"bpo_experience": "2 years"},
                }
            },
        )
    assert [r.status_code for r in (form, multipart, as_json)] == [201, 201, 201]
    juan = show(workspace_dir, form.json()["id"])
    assert juan["source"] == "jobs.example.com" and juan["phone"] == "+639175550123"
    assert juan["referee"]["first_name"] == "Ana" and juan["referee"]["id"] == "E-77"  # type: ignore[index]
    assert juan["others"] == {"position": "Team lead"}
    maria = show(workspace_dir, multipart.json()["id"])
    assert "Barista in Cebu" in str(maria["cv_text"]) and maria["email"] == "maria@example.com"
    lea = show(workspace_dir, as_json.json()["id"])
    assert lea["others"] == {"bpo_experience": "2 years"}
    messages = run_process(
        "--data-dir", str(workspace_dir), "messages", "list", str(as_json.json()["id"]), "--json"
    )
    assert messages.returncode == 0 and "invitation" in messages.stdout.lower(), messages.stderr
