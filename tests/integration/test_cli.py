"""The command line contract: commands, options, JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from support.cli import run, run_json, run_process

from talkpush_desktop.engine.workspace import DB_FILE

CSV = (
    "María,Santos,maria@example.com,63,0917 123 4567,Ana Reyes\nJo,Cruz,bad-email,63,,\n"
    "Bo,Lim,,63,0918 765 4321,\n"
)


def test_import_list_move_label_undo(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    created = run_json(
        capsys, workspace_dir, "campaigns", "create", "CSR Manila", "--country", "PH"
    )
    assert isinstance(created, dict)
    path = tmp_path / "in.csv"
    path.write_text(CSV, encoding="utf-8")
    summary = run_json(
        capsys,
        workspace_dir,
        "import",
        "csv",
        str(path),
        "--campaign",
        "csr manila",
        "--format",
        "talkpush",
    )
    assert isinstance(summary, dict)
    assert (summary["imported"], summary["duplicates"], summary["rejected"]) == (2, 0, 1)
    assert Path(summary["rejects_report"]).exists()
    rows = run_json(capsys, workspace_dir, "candidates", "list", "--campaign", "CSR Manila")
    assert isinstance(rows, list) and len(rows) == 2
    for key in (
        "id",
        "campaign_id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "folder",
        "labels",
        "source",
    ):
        assert key in rows[0]
    maria = next(r for r in rows if r["email"] == "maria@example.com")
    assert maria["phone"] == "+639171234567" and maria["folder"] == "Inbox"
    moved = run_json(
        capsys, workspace_dir, "candidates", "move", str(maria["id"]), "--to", "on-hold"
    )
    assert moved == {"moved": 1, "folder": "On Hold"}
    run_json(capsys, workspace_dir, "candidates", "label", str(maria["id"]), "--add", "Priority")
    found = run_json(
        capsys,
        workspace_dir,
        "candidates",
        "list",
        "--label",
        "Priority",
        "--folder",
        "On Hold",
        "--search",
        "sant",
    )
    assert isinstance(found, list) and [r["id"] for r in found] == [maria["id"]]
    counts = run_json(capsys, workspace_dir, "counts", "--campaign", "CSR Manila")
    assert isinstance(counts, dict) and counts["On Hold"] == 1 and counts["Inbox"] == 1
    undone = run_json(capsys, workspace_dir, "import", "undo", str(summary["batch_id"]))
    assert isinstance(undone, dict)
    assert undone["removed"] == 1 and [k["id"] for k in undone["kept"]] == [maria["id"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["candidates", "list", "--campaign", "Nope"], "no campaign with id or title 'Nope'"),
        (["import", "csv", "/nonexistent/file.csv", "--campaign", "X"], "file.csv"),
        (["candidates", "move", "1", "--to", "Archive"], "unknown folder"),
        (["import", "undo", "999"], "no import batch with id 999"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, args: list[str], message: str
) -> None:
    run(capsys, workspace_dir, "campaigns", "create", "X")
    code, _out, err = run(capsys, workspace_dir, *args)
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_file_without_candidate_rows_is_an_error(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    run(capsys, workspace_dir, "campaigns", "create", "X")
    bad = tmp_path / "all-bad.csv"
    bad.write_text("A,B,not-an-email,,,\n", encoding="utf-8")
    code, out, _err = run(
        capsys, workspace_dir, "import", "csv", str(bad), "--campaign", "X", "--json"
    )
    assert code == 0 and json.loads(out)["rejected"] == 1
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    code, _out, err = run(capsys, workspace_dir, "import", "csv", str(empty), "--campaign", "X")
    assert code == 2 and "no candidate rows" in err


@pytest.mark.sqlite_only("a damaged SQLite file, and another program holding its lock")
def test_corrupt_and_locked_databases_in_a_real_process(
    tmp_path: Path, workspace_dir: Path
) -> None:
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / DB_FILE).write_bytes(b"garbage" * 1000)
    result = run_process("--data-dir", str(corrupt), "candidates", "list")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a Talkpush workspace" in result.stderr
    holder = sqlite3.connect(workspace_dir / DB_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_process(
            "--data-dir",
            str(workspace_dir),
            "--busy-timeout",
            "200",
            "campaigns",
            "create",
            "Blocked",
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    assert "locked" in result.stderr and "Traceback" not in result.stderr


def test_demo_command_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ra = run_json(capsys, a, "demo", "--candidates", "300", "--seed", "3")
    rb = run_json(capsys, b, "demo", "--candidates", "300", "--seed", "3")
    assert isinstance(ra, dict) and isinstance(rb, dict) and ra["candidates"] == 300
    la = run_json(capsys, a, "candidates", "list", "--limit", "300")
    lb = run_json(capsys, b, "candidates", "list", "--limit", "300")
    assert isinstance(la, list) and isinstance(lb, list)
    times = {"added_at", "completed_at"}  # anchored on the current time
    strip = [{k: v for k, v in r.items() if k not in times} for r in la]
    assert strip == [{k: v for k, v in r.items() if k not in times} for r in lb]
