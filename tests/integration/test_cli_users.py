"""``users ...`` and ``company set`` as real processes: the owner's rules hold on the
command line (a manager's ``--user`` gets one refusal line and status 2, nothing changes),
an invitation's token accepted from standard input sets a password, and a workspace that
requires it signs the command line in with ``--user`` and ``TALKPUSH_PASSWORD``."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import process_env, run_process


def _run(
    folder: Path, *args: str, stdin: str = "", password: str | None = None
) -> tuple[int, str, str]:
    env = process_env(**({"TALKPUSH_PASSWORD": password} if password is not None else {}))
    if password is None:
        env.pop("TALKPUSH_PASSWORD", None)
    done = run_process("--data-dir", str(folder), *args, stdin=stdin, env=env)
    return done.returncode, done.stdout, done.stderr


def _json(folder: Path, *args: str, **kw: str) -> object:
    code, out, err = _run(folder, *args, "--json", **kw)
    assert code == 0, err
    return json.loads(out)


def _invite_and_accept(folder: Path, email: str, name: str) -> None:
    sent = _json(folder, "users", "invite", email, "--name", name)
    assert isinstance(sent, dict) and f"/accept/{sent['token']}" in sent["url"]
    assert sent["delivery"] == "sent to the sandbox inbox"
    code, out, err = _run(folder, "users", "accept", sent["token"], stdin=f"{name} password 1\n")
    assert code == 0 and "is ready" in out, err
    code, _out, err = _run(folder, "users", "accept", sent["token"], stdin="Again password 1\n")
    assert code == 2 and "not valid" in err


def test_the_owner_rules_hold_on_the_command_line(tmp_path: Path) -> None:
    _invite_and_accept(tmp_path, "ana@acme.ph", "Ana")
    _invite_and_accept(tmp_path, "ben@acme.ph", "Ben")
    before = _json(tmp_path, "users", "list")
    for refused in (
        ("users", "deactivate", "ben@acme.ph"),
        ("users", "delete", "ben@acme.ph"),
        ("users", "transfer-ownership", "ana@acme.ph"),
        ("users", "invite", "cy@acme.ph"),
        ("users", "set", "ben@acme.ph", "--language", "es"),
        ("company", "set", "--name", "Ana Inc"),
    ):
        code, out, err = _run(tmp_path, "--user", "ana@acme.ph", *refused)
        assert (code, out) == (2, ""), refused
        assert err.startswith("talkpush-desktop: error: only the company's owner may"), err
        assert err.count("\n") == 1
    assert _json(tmp_path, "users", "list") == before
    mine = _json(
        tmp_path, "--user", "ana@acme.ph", "users", "set", "ana@acme.ph", "--weekly-email", "on"
    )
    assert isinstance(mine, dict) and mine["weekly_email"] is True
    assert _json(tmp_path, "users", "deactivate", "ben@acme.ph")["active"] is False  # type: ignore[index]
    code, _out, err = _run(tmp_path, "--user", "ben@acme.ph", "users", "list")
    assert code == 2 and "deactivated" in err
    _json(tmp_path, "users", "reactivate", "ben@acme.ph")
    assert _json(tmp_path, "users", "transfer-ownership", "ana@acme.ph")["owner"] is True  # type: ignore[index]
    rows = _json(tmp_path, "users", "list")
    assert isinstance(rows, list)
    assert [r["email"] for r in rows if r["owner"]] == ["ana@acme.ph"]
    assert set(rows[0]) == {"id", "name", "email", "owner", "active", "language", "weekly_email"}
    old_owner = next(r["email"] for r in rows if r["email"].endswith("@localhost"))
    code, _out, err = _run(tmp_path, "--user", old_owner, "users", "delete", "ben@acme.ph")
    assert code == 2 and "only the company's owner" in err
    deleted = _json(tmp_path, "users", "delete", "ben@acme.ph")  # acts as the owner: Ana
    assert isinstance(deleted, dict) and deleted["email"] == "ben@acme.ph"
    assert "ben@acme.ph" not in [r["email"] for r in _json(tmp_path, "users", "list")]  # type: ignore[union-attr]


def test_a_workspace_can_require_the_command_line_to_sign_in(tmp_path: Path) -> None:
    code, _out, err = _run(tmp_path, "company", "set", "--cli-sign-in", "on")
    assert code == 2 and "set your own password first" in err
    code, _out, err = _run(tmp_path, "users", "password", stdin="Owner password 1\n")
    assert code == 0, err
    owner = _json(tmp_path, "users", "list")[0]["email"]  # type: ignore[index]
    settings = _json(tmp_path, "company", "set", "--cli-sign-in", "on", "--domain-whitelist", "")
    assert isinstance(settings, dict) and settings["cli_sign_in"] == "on"
    code, out, err = _run(tmp_path, "users", "list")
    assert (code, out) == (2, "") and "requires --user EMAIL" in err
    code, _out, err = _run(tmp_path, "--user", owner, "users", "list", password="wrong pass")
    assert code == 2 and "wrong email or password" in err
    rows = _json(tmp_path, "--user", owner, "users", "list", password="Owner password 1")
    assert isinstance(rows, list) and rows[0]["owner"] is True
    assert "Owner password 1" not in (tmp_path / "workspace.sqlite3").read_bytes().decode("latin-1")
