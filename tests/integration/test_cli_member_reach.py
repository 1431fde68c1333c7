"""``--user EMAIL`` as a user's shell runs it: a manager who is not a member of a campaign
reads no conversation of its candidates and exports none of them (real processes on a
real workspace); the owner does."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import run_process

from talkpush_desktop.engine.workspace import Workspace
from tests.support.campaign_reach import set_up

ANA = ("--user", "ana@example.com")


def _run(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args)
    return done.returncode, done.stdout, done.stderr


def test_a_manager_reaches_only_their_campaigns_candidates(
    workspace_dir: Path, tmp_path: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        scene = set_up(ws)
    mine, secret = scene.mine, scene.secret
    code, out, err = _run(workspace_dir, *ANA, "messages", "list", str(secret), "--json")
    assert (code, out) == (2, "")
    assert err == f"talkpush-desktop: error: no candidate with id {secret}\n"
    code, out, err = _run(workspace_dir, *ANA, "messages", "list", str(mine), "--json")
    assert code == 0, err
    assert [m["body"] for m in json.loads(out)] == ["shared note"]
    target = tmp_path / "ats.json"
    code, out, err = _run(
        workspace_dir, *ANA, "export", "ats-json", str(mine), str(secret), str(target)
    )
    assert (code, out) == (2, "") and f"no candidate with id {secret}" in err
    assert not target.exists()
    code, out, err = _run(workspace_dir, "messages", "list", str(secret), "--json")
    assert code == 0, err
    assert [m["body"] for m in json.loads(out)] == ["owner's note"]
