"""Provider settings: public settings in the database, secrets in the keyring (or a 0600
file when the machine has none), never printed, never in the database."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from support import workspace_db
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.cli.main import main
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.providers.base import OfflineError
from talkpush_desktop.engine.secret_store import FALLBACK_FILE
from talkpush_desktop.engine.workspace import Workspace

TOKEN = "f00dfeedcafe0123456789abcdef0123"


def _no_secret_in(folder: Path) -> None:
    assert TOKEN.encode() not in workspace_db.stored_bytes(folder)


def test_twilio_settings_keep_the_token_in_the_keyring(
    ws: Workspace, workspace_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    info = ws.providers.configure(
        "sms", "twilio", {"account_sid": "AC123", "from_number": "+15005550006"}, TOKEN
    )
    assert info.has_secret
    assert list(memory_keyring.store.values()) == [TOKEN]
    shown = [i.to_json() for i in ws.providers.infos()]
    assert {
        "service": "sms",
        "kind": "twilio",
        "secret": "stored",
        "settings": {"account_sid": "AC123", "from_number": "+15005550006"},
    } in shown
    assert TOKEN not in json.dumps(shown)
    _no_secret_in(workspace_dir)
    assert not (workspace_dir / FALLBACK_FILE).exists()
    # changing a setting without a new token keeps the stored one
    ws.providers.configure("sms", "twilio", {"account_sid": "AC999", "from_number": "+15005550006"})
    assert list(memory_keyring.store.values()) == [TOKEN]
    ws.providers.configure("sms", "sandbox", {})
    assert memory_keyring.store == {}  # back to the sandbox: the secret is removed


def test_without_a_keyring_secrets_go_to_an_owner_only_file(
    ws: Workspace, workspace_dir: Path
) -> None:
    assert not ws.secrets.uses_keyring  # this machine has no keyring backend
    assert "readable only by you" in ws.secrets.warning
    ws.providers.configure(
        "sms", "twilio", {"account_sid": "AC1", "from_number": "+15005550006"}, TOKEN
    )
    path = workspace_dir / FALLBACK_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _no_secret_in(workspace_dir)


def test_bad_settings_are_refused_with_the_field(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="missing from_number"):
        ws.providers.configure("sms", "twilio", {"account_sid": "AC1"}, TOKEN)
    with pytest.raises(ValidationError, match="auth token is required"):
        ws.providers.configure("sms", "twilio", {"account_sid": "AC1", "from_number": "+1500"})
    with pytest.raises(ValidationError, match="use one of sandbox, smtp"):
        ws.providers.configure("email", "twilio", {}, TOKEN)
    with pytest.raises(ValidationError, match="port: must be a number"):
        ws.providers.configure("email", "smtp", {"host": "h", "port": "x", "from_address": "a@b.c"})
    assert [i.kind for i in ws.providers.infos()] == ["sandbox"] * 4


def test_cli_reads_the_token_from_stdin_and_never_prints_it(
    workspace_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    args = [
        "--data-dir",
        str(workspace_dir),
        "providers",
        "set",
        "sms",
        "twilio",
        "--account-sid",
        "AC42",
        "--from",
        "+15005550006",
        "--json",
    ]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["secret"] == "stored"
    assert "warning: no system keyring" in err  # the fallback file is announced
    assert main(["--data-dir", str(workspace_dir), "providers", "show"]) == 0
    out, err = capsys.readouterr()
    assert "AC42" in out and TOKEN not in out + err
    _no_secret_in(workspace_dir)


def test_a_damaged_secret_store_pauses_the_provider_with_the_reason(
    ws: Workspace, workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talkpush_desktop.engine.secret_store._usable_keyring", lambda: None)
    settings = {"account_sid": "AC123", "from_number": "+15005550006"}
    ws.providers.configure("sms", "twilio", settings, TOKEN)
    (workspace_dir / FALLBACK_FILE).write_text("{broken", encoding="utf-8")
    fresh = Workspace.open(data_dir=workspace_dir)
    try:
        [sms] = [i for i in fresh.providers.infos() if i.service == "sms"]
        assert not sms.has_secret and FALLBACK_FILE in fresh.secrets.warning
        with pytest.raises(OfflineError, match="unreadable"):
            fresh.providers.build(sms)
    finally:
        fresh.close()
