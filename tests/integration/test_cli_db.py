"""``db upgrade``, ``db backup`` and ``db restore`` as real processes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)
from tests.support.cli import process_env, run_process

WORKSPACE = "workspace.sqlite3"


def _db(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_process("--data-dir", str(folder), "db", *args)


def _one_error_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("talkpush-desktop: error: "), lines
    for word in words:
        assert word in lines[0]


def _names(folder: Path) -> list[str]:
    done = run_process("--data-dir", str(folder), "campaigns", "list", "--json")
    assert done.returncode == 0, done.stderr
    return sorted(c["title"] for c in json.loads(done.stdout))


def test_upgrade_backup_and_restore(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    done = _db(ws, "upgrade")
    assert done.returncode == 0 and "created a workspace (schema " in done.stdout, done.stderr
    assert "up to date" in _db(ws, "upgrade").stdout
    created = run_process("--data-dir", str(ws), "campaigns", "create", "CSR Manila")
    assert created.returncode == 0, created.stderr
    backup = tmp_path / "backup.sqlite3"
    done = _db(ws, "backup", str(backup))
    assert done.returncode == 0, done.stderr
    assert (backup.stat().st_mode & 0o077) == 0  # private, as the workspace
    assert run_process("--data-dir", str(ws), "campaigns", "create", "Chat Support").returncode == 0
    assert _names(ws) == ["CSR Manila", "Chat Support"]
    done = _db(ws, "restore", str(backup))
    assert done.returncode == 0 and "restored the workspace" in done.stdout, done.stderr
    assert _names(ws) == ["CSR Manila"]
    assert not list(ws.glob(".*.tmp"))
    fresh = tmp_path / "fresh"  # a restore into a folder with no workspace yet
    assert _db(fresh, "restore", str(backup)).returncode == 0
    assert _names(fresh) == ["CSR Manila"]


def test_restore_refuses_what_is_not_a_workspace(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert _db(ws, "upgrade").returncode == 0
    before = (ws / WORKSPACE).read_bytes()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello\n" * 200)
    _one_error_line(_db(ws, "restore", str(text_file)), "not a workspace")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0022')")
    _one_error_line(_db(ws, "restore", str(other)), "not a workspace", "candidates")
    newer = tmp_path / "newer.sqlite3"
    _one_error_line(_db(tmp_path / "n", "backup", str(newer)), "no workspace at")
    assert _db(ws, "backup", str(newer)).returncode == 0
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    _one_error_line(_db(ws, "restore", str(newer)), "newer version")
    _one_error_line(_db(ws, "restore", str(tmp_path / "missing.sqlite3")), "no such file")
    assert (ws / WORKSPACE).read_bytes() == before


def test_restore_refuses_while_the_workspace_is_open(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    backup = tmp_path / "backup.sqlite3"
    assert _db(ws, "upgrade").returncode == 0
    assert _db(ws, "backup", str(backup)).returncode == 0
    holder = subprocess.Popen(  # a process with the workspace open, as a window keeps it
        [
            sys.executable,
            "-c",
            "import sys; from talkpush_desktop.engine.workspace import Workspace; "
            f"ws = Workspace.open(data_dir={str(ws)!r}); ws.campaigns.is_empty(); "
            "print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=process_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        _one_error_line(_db(ws, "restore", str(backup)), "open in another process")
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert _db(ws, "restore", str(backup)).returncode == 0


def test_backup_on_postgresql_names_pg_dump(tmp_path: Path) -> None:
    url = "postgresql+psycopg://recruit:s3cret@db.example:5433/talkpush"
    done = run_process("--database", url, "db", "backup", str(tmp_path / "out.dump"))
    _one_error_line(done, "pg_dump", "--dbname=postgresql://recruit@db.example:5433/talkpush")
    assert "s3cret" not in done.stderr + done.stdout


@pytest.mark.postgres
def test_upgrade_and_restore_on_postgresql(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    done = run_process("--database", pg_url, "db", "upgrade")
    assert done.returncode == 0 and "created a workspace" in done.stdout, done.stderr
    done = run_process("--database", pg_url, "db", "upgrade")
    assert done.returncode == 0 and "up to date" in done.stdout, done.stderr
    backup = tmp_path / "b.sqlite3"
    assert _db(tmp_path / "ws", "upgrade").returncode == 0
    assert _db(tmp_path / "ws", "backup", str(backup)).returncode == 0
    done = run_process("--database", pg_url, "db", "restore", str(backup))
    _one_error_line(done, "pg_restore")
