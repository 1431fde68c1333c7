"""``messenger webhook`` as a user's shell runs it: the app secret and the verify token are
read from stdin, kept out of the database and the output; too short ones are refused with
one error line and exit 2, nothing kept."""

from __future__ import annotations

import json
from pathlib import Path

from support import workspace_db
from support.cli import process_env, run_process

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
SECRET, TOKEN = "app-secret-0123456789", "verify-token-abcdef"


def _cli(folder: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args, stdin=stdin, env=process_env(**NO_KEYRING))
    return done.returncode, done.stdout, done.stderr


def test_the_webhook_secrets_come_from_stdin_and_are_never_shown(workspace_dir: Path) -> None:
    code, out, err = _cli(workspace_dir, "messenger", "webhook", stdin="short\nalso\n")
    assert code == 2 and err.startswith("talkpush-desktop: error: app_secret: at least 8")
    code, out, _err = _cli(workspace_dir, "messenger", "webhook-status", "--json")
    assert json.loads(out) == {"app_secret": "none", "verify_token": "none"}
    code, out, err = _cli(
        workspace_dir, "messenger", "webhook", "--json", stdin=f"{SECRET}\n{TOKEN}\n"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["app_secret"] == data["verify_token"] == "stored"
    assert data["callback_path"].startswith("/v1/messenger/webhook/")
    assert SECRET not in out + err and TOKEN not in out + err
    assert SECRET.encode() not in workspace_db.stored_bytes(workspace_dir)
