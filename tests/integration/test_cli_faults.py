"""Faults met by the command line as a real process: a closed pipe, databases it cannot use,
folders it cannot create, a full disk, a corrupt secret store, and who may read what it
writes. Each ends in one error line (or a quiet exit), with nothing lost or left behind."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import process_env, run_process

from talkpush_desktop.engine.workspace import DB_FILE, Workspace

REPO = Path(__file__).resolve().parents[2]
PREFIX = "talkpush-desktop: error: "
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
TWILIO = ("providers", "set", "sms", "twilio", "--account-sid", "AC123", "--from", "+15550100")


def _one_error_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX), result.stderr
    assert result.returncode == 2, result.stderr
    for word in words:
        assert word in lines[0], result.stderr


def _set_twilio(folder: Path) -> subprocess.CompletedProcess[str]:
    """``providers set sms twilio`` on a machine without a keyring (secrets.json)."""
    return run_process(
        "--data-dir", str(folder), *TWILIO, stdin="token\n", env=process_env(**NO_KEYRING)
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 11: a reader that stops early ----------------------------------------------------------


def test_a_closed_pipe_ends_the_command_quietly(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        campaign = ws.campaigns.create("C", hotline_country="PH")
        ws.intake.add_candidate(campaign.id, first_name="Ana", phone="+639171234567")
    for args in (("candidates", "show", "1"), ("candidates", "list", "--json")):
        with subprocess.Popen(
            [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(workspace_dir), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=process_env(),
        ) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            proc.stdout.close()  # like `| head -0`: the reader is gone before the first line
            err = proc.stderr.read().decode()
            proc.wait(timeout=120)
        assert err == "", err


# -- 17: databases and folders it cannot use ------------------------------------------------


@pytest.mark.sqlite_only("stamps a newer schema into the SQLite file")
def test_a_workspace_of_a_newer_version_is_refused_untouched(workspace_dir: Path) -> None:
    db = workspace_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    before = _digest(db)
    result = run_process("--data-dir", str(workspace_dir), "campaigns", "list")
    _one_error_line(result, "made by a newer version")
    assert _digest(db) == before
    assert sorted(p.name for p in workspace_dir.iterdir()) == [DB_FILE]


def test_a_data_folder_that_is_a_file_or_cannot_be_made(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    _one_error_line(run_process("--data-dir", str(a_file), "campaigns", "list"), str(a_file))
    below = a_file / "ws"
    _one_error_line(run_process("--data-dir", str(below), "campaigns", "list"), str(below))


def test_providers_set_on_a_full_disk_leaves_nothing_behind(workspace_dir: Path) -> None:
    # Every write to /dev/full fails with ENOSPC, as on a full disk.
    (workspace_dir / "secrets.tmp").symlink_to("/dev/full")
    result = _set_twilio(workspace_dir)
    _one_error_line(result, "secrets")
    assert not (workspace_dir / "secrets.json").exists()
    assert not (workspace_dir / "secrets.tmp").exists()


# -- 19: a corrupt secret store -------------------------------------------------------------


def test_a_corrupt_secret_store_is_never_written_over(workspace_dir: Path) -> None:
    store = workspace_dir / "secrets.json"
    store.write_text('{"3f2a": "old-token", ', encoding="utf-8")
    result = _set_twilio(workspace_dir)
    _one_error_line(result, str(store))
    assert store.read_text(encoding="utf-8") == '{"3f2a": "old-token", '


# -- 20: personal data for the owner only ---------------------------------------------------


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_workspace_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "new-workspace"
    csv = tmp_path / "in.csv"
    csv.write_text("Bo,Lim,bo@example.com,63,,\nJo,Cruz,bad-email,63,,\n", encoding="utf-8")
    old = os.umask(0o022)  # the usual desktop umask: new files 0644, folders 0755
    try:
        assert run_process("--data-dir", str(folder), "campaigns", "create", "C").returncode == 0
        imported = run_process(
            "--data-dir", str(folder), "import", "csv", str(csv), "--campaign", "C"
        )
        assert imported.returncode == 0, imported.stderr
        out = tmp_path / "out.xlsx"
        exported = run_process("--data-dir", str(folder), "export", "campaign", "C", str(out))
        assert exported.returncode == 0, exported.stderr
    finally:
        os.umask(old)
    reports = folder / "reports"
    for path in (folder, folder / DB_FILE, reports, *reports.iterdir(), out):
        assert _private(path), f"{path}: {stat.filemode(path.stat().st_mode)}"
    with sqlite3.connect(folder / DB_FILE) as conn:  # SQLite makes -wal/-shm like the file
        conn.execute("CREATE TABLE probe (x)")
        for suffix in ("-wal", "-shm"):
            side = folder / f"{DB_FILE}{suffix}"
            assert _private(side), f"{side}: {stat.filemode(side.stat().st_mode)}"
    conn.close()
