"""``interview link CANDIDATE``: the web dial-out link the page checks, or one line saying
what is missing (the public URL, the campaign's Webdialout setting)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run, run_json
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.engine.workspace import Workspace


def test_the_link_needs_the_setting_and_the_public_url_then_opens_the_interview(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ws.interview.set_steps(camp.id, [("question", "Your name?", "text")])
        cid = ws.intake.add_candidate(camp.id, first_name="Mia", phone="09175550003")
    code, _out, err = run(capsys, workspace_dir, "interview", "link", str(cid))
    assert code == 2 and err.count("\n") == 1 and "Webdialout" in err
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaign_settings.update(camp.id, web_dial_out=True)
    code, _out, err = run(capsys, workspace_dir, "interview", "link", str(cid))
    assert code == 2 and err.startswith("talkpush-desktop: error: ") and "--public-url" in err
    run(capsys, workspace_dir, "company", "set", "--public-url", "https://jobs.example.com")

    shown = run_json(capsys, workspace_dir, "interview", "link", str(cid), "--skip-confirmation")
    assert isinstance(shown, dict)
    link = str(shown["link"])
    assert link.startswith(f"https://jobs.example.com/webdialout/{cid}.")
    assert link.endswith("?skip_confirmation=1")
    token = link.split("/webdialout/")[1].split("?", maxsplit=1)[0]
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.web_interview.open(token).candidate_name == "Mia"
    code, _out, err = run(capsys, workspace_dir, "interview", "link", "999")
    assert code == 2 and "999" in err
