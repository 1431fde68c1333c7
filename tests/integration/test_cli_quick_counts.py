"""``counts`` of every campaign is read through plain sqlite3 when the workspace is SQLite and
up to date, and gives what the opened Workspace gives; any other workspace is opened whole,
so an older schema is still upgraded and a newer one still refused, untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from pathlib import Path

import pytest
from support.cli import run_process

from talkpush_desktop.engine import quick_reads
from talkpush_desktop.engine.candidates import folders
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from tests.storage.test_migrations import _first_version_workspace

pytestmark = pytest.mark.sqlite_only(
    "the quick counts read the SQLite file with sqlite3 (a server database opens the workspace)"
)


def _set_revision(folder: Path, revision: str) -> None:
    with sqlite3.connect(folder / DB_FILE) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_the_quick_counts_are_the_workspace_counts(workspace_dir: Path) -> None:
    assert quick_reads.FOLDER_NAMES == folders.FOLDER_NAMES
    with Workspace.open(data_dir=workspace_dir) as ws:
        a = ws.campaigns.create("A", hotline_country="PH")
        b = ws.campaigns.create("B", hotline_country="US")
        ids = [
            ws.intake.add_candidate(c.id, first_name=f"P{i}", email=f"p{i}@example.com")
            for i, c in enumerate([a, a, a, b, b])
        ]
        ws.candidates.move(ids[:2], "Shortlisted")
        ws.candidates.move(ids[4:], "Rejected")
        expected = ws.candidates.folder_counts()
    assert expected["Shortlisted"] == 2 and expected["Rejected"] == 1
    assert quick_reads.folder_counts(workspace_dir, 5000) == expected
    result = run_process("--data-dir", str(workspace_dir), "counts", "--json")
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout).items()) == list(expected.items())  # order too
    text = run_process("--data-dir", str(workspace_dir), "counts")
    assert text.stdout.splitlines()[2].split() == ["Shortlisted", "2"]


def test_a_workspace_it_cannot_read_quickly_is_left_to_the_full_open(
    tmp_path: Path, workspace_dir: Path
) -> None:
    missing = tmp_path / "new"
    assert quick_reads.folder_counts(missing, 5000) is None
    assert not missing.exists()  # a quick read never creates anything
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / DB_FILE).write_bytes(b"not a database" * 100)
    assert quick_reads.folder_counts(junk, 5000) is None
    _set_revision(workspace_dir, "0001")
    assert quick_reads.folder_counts(workspace_dir, 5000) is None
    _set_revision(workspace_dir, migrations.HEAD)
    assert quick_reads.folder_counts(workspace_dir, 5000) is not None


def test_counts_still_upgrades_an_older_workspace(tmp_path: Path) -> None:
    _first_version_workspace(tmp_path / DB_FILE)
    result = run_process("--data-dir", str(tmp_path), "counts", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["Shortlisted"] == 2
    assert (tmp_path / f"{DB_FILE}.before-0001.bak").exists()
    with sqlite3.connect(tmp_path / DB_FILE) as conn:
        [(revision,)] = conn.execute("SELECT version_num FROM alembic_version")
    conn.close()
    assert revision == migrations.HEAD


def test_counts_still_refuses_a_newer_workspace_untouched(workspace_dir: Path) -> None:
    _set_revision(workspace_dir, "0099")
    db = workspace_dir / DB_FILE
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_process("--data-dir", str(workspace_dir), "counts", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("talkpush-desktop: error: ")
    assert "made by a newer version" in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in workspace_dir.iterdir()) == [DB_FILE]


def test_the_quick_read_leaves_the_database_for_its_owner_only(workspace_dir: Path) -> None:
    db = workspace_dir / DB_FILE
    db.chmod(0o644)  # e.g. copied in by hand
    assert quick_reads.folder_counts(workspace_dir, 5000) is not None
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
