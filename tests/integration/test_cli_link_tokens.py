"""The link tokens get values: Messenger interview link and the web dial-out links, and a
template that could never be sent is refused naming the missing setting (issue 13, #6)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import workspace_db
from support.cli import run, run_json
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.engine.workspace import Workspace

WEB = "Start: <%= @webdialout %>"


@pytest.fixture
def people(workspace_dir: Path, memory_keyring: MemoryKeyring) -> tuple[int, int]:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("CSR Manila", hotline_country="PH")
        return (
            ws.intake.add_candidate("CSR Manila", first_name="Mia", phone="09175550003"),
            ws.intake.add_candidate("CSR Manila", first_name="Leo", phone="09175550004"),
        )


def _set_template(capsys: pytest.CaptureFixture[str], folder: Path, text: str) -> tuple[int, str]:
    code, _out, err = run(
        capsys,
        folder,
        "templates",
        "set",
        "--campaign",
        "CSR Manila",
        "--event",
        "invitation",
        "--channel",
        "sms",
        "--text",
        text,
    )
    return code, err


def test_web_dial_out_links_need_the_public_url_then_are_signed_per_candidate(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int]
) -> None:
    code, err = _set_template(capsys, workspace_dir, WEB)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("talkpush-desktop: error: ")
    assert "company set --public-url" in err

    code, _out, err = run(capsys, workspace_dir, "company", "set", "--public-url", "notaurl")
    assert (code, err.count("\n")) == (2, 1) and "public url" in err.lower()
    shown = run_json(
        capsys, workspace_dir, "company", "set", "--public-url", "https://jobs.example.com/"
    )
    assert isinstance(shown, dict) and shown["public_url"] == "https://jobs.example.com"
    assert run_json(capsys, workspace_dir, "company", "show") == shown
    assert _set_template(capsys, workspace_dir, WEB) == (0, "")

    texts = []
    for cid in people:
        rendered = run_json(
            capsys,
            workspace_dir,
            "messages",
            "render",
            str(cid),
            "--text",
            "<%= @webdialout %> <%= @webdialout_skip_confirmation %>",
        )
        assert isinstance(rendered, dict) and rendered["missing"] == []
        match = re.fullmatch(
            r"https://jobs\.example\.com/webdialout/([\w-]+\.[\w-]+) "
            r"https://jobs\.example\.com/webdialout/\1\?skip_confirmation=1",
            rendered["text"],
        )
        assert match, rendered["text"]
        texts.append(match.group(1))
    assert texts[0] != texts[1]
    from talkpush_desktop.engine.messaging import links  # noqa: PLC0415  (the module is the fix)

    with Workspace.open(data_dir=workspace_dir) as ws:
        assert [links.verify(ws.context, t) for t in texts] == list(people)
        assert links.verify(ws.context, texts[0][:-2] + "xx") is None
    [(stored,)] = workspace_db.query(workspace_dir, "select settings from provider_settings")
    settings = json.loads(stored) if isinstance(stored, str) else stored  # JSON on PostgreSQL
    assert set(settings) == {"public_url", "secret_ref"}  # the key is not here


def test_the_messenger_link_comes_from_the_configured_page(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, people: tuple[int, int]
) -> None:
    code, err = _set_template(capsys, workspace_dir, "Chat: <%= @messenger_interview_link %>")
    assert code == 2 and "Messenger page" in err and err.count("\n") == 1
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.providers.configure(
            "messenger", "facebook", {"page_id": "1029384756"}, secret="page-token"
        )
    assert _set_template(capsys, workspace_dir, "Chat: <%= @messenger_interview_link %>")[0] == 0
    rendered = run_json(
        capsys,
        workspace_dir,
        "messages",
        "render",
        str(people[0]),
        "--text",
        "<%= @messenger_interview_link %>",
    )
    assert isinstance(rendered, dict)
    assert rendered["text"] == "https://m.me/1029384756?ref=campaign-1"
