"""``users invitations`` and ``users revoke-invitation`` as real processes: the owner sees
the invitations not yet accepted and revokes one; its token is then refused by
``users accept`` with a line that says it was revoked; a manager gets one refusal line."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import process_env, run_process


def _run(folder: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    env = process_env()
    env.pop("TALKPUSH_PASSWORD", None)
    done = run_process("--data-dir", str(folder), *args, stdin=stdin, env=env)
    return done.returncode, done.stdout, done.stderr


def _json(folder: Path, *args: str) -> object:
    code, out, err = _run(folder, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_owner_lists_and_revokes_pending_invitations(tmp_path: Path) -> None:
    assert _json(tmp_path, "users", "invitations") == []
    ana = _json(tmp_path, "users", "invite", "ana@acme.ph", "--name", "Ana")
    cy = _json(tmp_path, "users", "invite", "cy@acme.ph", "--name", "Cy")
    assert isinstance(ana, dict) and isinstance(cy, dict)
    code, out, err = _run(tmp_path, "users", "accept", ana["token"], stdin="Ana password 1\n")
    assert code == 0, err
    pending = _json(tmp_path, "users", "invitations")
    assert isinstance(pending, list) and [p["email"] for p in pending] == ["cy@acme.ph"]
    assert pending[0]["expires_at"] == cy["expires_at"] and pending[0]["name"] == "Cy"
    code, out, err = _run(tmp_path, "users", "invitations")
    assert code == 0 and out.startswith("cy@acme.ph  Cy  invited by "), err

    code, out, err = _run(
        tmp_path, "--user", "ana@acme.ph", "users", "revoke-invitation", "cy@acme.ph"
    )
    assert (code, out) == (2, "")
    assert err == "talkpush-desktop: error: only the company's owner may revoke invitations\n"
    code, out, err = _run(tmp_path, "users", "revoke-invitation", "cy@acme.ph")
    assert code == 0 and "revoked the invitation of cy@acme.ph" in out, err
    assert _json(tmp_path, "users", "invitations") == []
    code, out, err = _run(tmp_path, "users", "accept", cy["token"], stdin="Cy password 1\n")
    assert (code, out) == (2, "")
    assert err == "talkpush-desktop: error: this invitation was revoked by the company's owner\n"
    code, out, err = _run(tmp_path, "users", "revoke-invitation", "cy@acme.ph")
    assert code == 2 and err.count("\n") == 1 and "no pending invitation" in err
