"""``api-keys create|list|revoke`` and ``company set --ip-whitelist`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run, run_json, run_process


def test_create_shows_the_secret_once_list_never_and_revoke_refuses(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    made = run_json(
        capsys, workspace_dir, "api-keys", "create", "--kind", "intake", "--name", "site"
    )
    assert isinstance(made, dict) and set(made) == {"id", "kind", "name", "key", "secret"}
    assert made["kind"] == "intake" and made["key"].startswith("tpk_")
    partner = run_json(capsys, workspace_dir, "api-keys", "create", "--kind", "partner")
    assert isinstance(partner, dict) and set(partner) == {"id", "kind", "name", "key", "user"}
    listed = run_json(capsys, workspace_dir, "api-keys", "list")
    assert isinstance(listed, list) and [k["id"] for k in listed] == [made["id"], partner["id"]]
    text = json.dumps(listed)
    assert made["secret"] not in text and partner["key"] not in text
    assert listed[0]["key"] == made["key"] and listed[0]["revoked_at"] is None
    code, out, _err = run(capsys, workspace_dir, "api-keys", "revoke", str(made["id"]))
    assert code == 0 and "revoked" in out
    listed = run_json(capsys, workspace_dir, "api-keys", "list")
    assert isinstance(listed, list) and listed[0]["revoked_at"] is not None


def test_bad_input_is_one_line_and_exit_2(workspace_dir: Path) -> None:
    folder = str(workspace_dir)
    for args in (
        ("api-keys", "revoke", "999"),
        ("api-keys", "create", "--kind", "admin"),
        ("api-keys", "create", "--kind", "partner", "--user", "nobody@example.com"),
        ("company", "set", "--ip-whitelist", "10.0.0.999"),
        ("company", "set"),
    ):
        done = run_process("--data-dir", folder, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith("talkpush-desktop: error: ") and done.stderr.count("\n") == 1


def test_company_ip_whitelist_is_set_shown_and_cleared(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    shown = run_json(
        capsys, workspace_dir, "company", "set", "--ip-whitelist", "1.2.3.4,10.0.0.0/8"
    )
    assert isinstance(shown, dict) and shown["ip_whitelist"] == "1.2.3.4/32, 10.0.0.0/8"
    assert run_json(capsys, workspace_dir, "company", "show") == shown
    cleared = run_json(capsys, workspace_dir, "company", "set", "--ip-whitelist", "")
    assert isinstance(cleared, dict) and cleared["ip_whitelist"] == ""
