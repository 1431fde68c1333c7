"""The invitation link served by ``talkpush-desktop serve`` (a real process): the page
shows the form, posting the password makes the account, the link then answers 404."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from support.cli import run_process, serving


def test_serve_answers_the_invitation_link(tmp_path: Path) -> None:
    done = run_process(
        "--data-dir", str(tmp_path), "users", "invite", "ana@acme.ph", "--name", "Ana", "--json"
    )
    assert done.returncode == 0, done.stderr
    token = json.loads(done.stdout)["token"]
    with serving(tmp_path) as base:
        page = httpx.get(f"{base}/accept/{token}", timeout=30)
        assert page.status_code == 200 and "Ana" in page.text and 'name="password"' in page.text
        form = {"password": "Ana password 1", "confirm": "Ana password 1"}
        done_page = httpx.post(f"{base}/accept/{token}", data=form, timeout=30)
        assert done_page.status_code == 200 and "ready" in done_page.text
        assert httpx.get(f"{base}/accept/{token}", timeout=30).status_code == 404
    listed = run_process("--data-dir", str(tmp_path), "users", "list", "--json")
    rows = json.loads(listed.stdout)
    assert [r["email"] for r in rows if not r["owner"]] == ["ana@acme.ph"]
