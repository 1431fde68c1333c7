"""Files ``import csv`` and ``import preview`` must refuse with one error line: devices,
pipes and lines too long to be a candidate's row (the command line as a subprocess)."""

from __future__ import annotations

import os
import resource
from collections.abc import Callable
from pathlib import Path

import pytest
from support.cli import run_json, run_process

from talkpush_desktop.engine.workspace import Workspace

MEMORY_CAP = 1536 * 1024 * 1024  # a runaway read fails fast instead of filling the machine


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


def _long_nul_line(tmp_path: Path) -> Path:
    path = tmp_path / "zeros.csv"
    path.write_bytes(b"First,Last,Email\n" + b"\x00" * 3_000_000 + b"\n")
    return path


def _long_text_line(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    row = b"Ana,Cruz,ana@example.com\nBo,Lim," + b"x" * 3_000_000 + b"\n"
    path.write_bytes(row)
    return path


FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, "not a regular file"),
    "dev-zero": (lambda _tmp: Path("/dev/zero"), "not a regular file"),
    "nul-line": (_long_nul_line, "row 2 (line 2) is longer than 1 MB"),
    "long-line": (_long_text_line, "row 2 (line 2) is longer than 1 MB"),
}
COMMANDS = {
    "csv": ("import", "csv", "{file}", "--campaign", "Big"),
    "preview": ("import", "preview", "{file}"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("kind", sorted(FILES))
def test_unimportable_file_is_refused_with_one_line(
    workspace_dir: Path, tmp_path: Path, kind: str, command: str
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("Big", hotline_country="PH")
    make, reason = FILES[kind]
    path = make(tmp_path)
    args = [a.format(file=path) for a in COMMANDS[command]]
    done = run_process("--data-dir", str(workspace_dir), *args, timeout=60, preexec_fn=_cap_memory)
    lines = done.stderr.splitlines()
    assert done.returncode != 0
    assert len(lines) == 1, done.stderr[-2000:]
    assert lines[0].startswith(f'talkpush-desktop: error: Cannot import "{path.name}": ')
    assert reason in lines[0]
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.candidates.count() == 0


MIXED = (
    b"First Name,Last Name,Email\n"
    + "José,Cruz,jose1@example.com\n".encode()
    + "José,Reyes,jose2@example.com\n".encode()
    + "Inés,Lim,ines@example.com\n".encode("cp1252")
    + "MarÃ­a,Go,maria@example.com\n".encode()
    + b"Lea,Sy\x00\x00,lea@example.com\n"
    + b"Ana,Tan,ana@example.com\n"
)
EXPECTED_WARNINGS = [
    (4, "first_name", "not UTF-8"),
    (5, "first_name", "garbled"),
    (6, "last_name", "NUL"),
]


def _warned(entries: list[dict[str, object]]) -> list[tuple[object, object, str]]:
    found = [(w["row"], w["field"], str(w["reason"])) for w in entries]
    for (row, field, reason), (want_row, want_field, word) in zip(
        found, EXPECTED_WARNINGS, strict=True
    ):
        assert (row, field) == (want_row, want_field) and word in reason, found
    return found


def test_mixed_encodings_garbled_text_and_nul_bytes_are_read_right_and_reported(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    """Rows are decoded one by one (UTF-8, else Windows-1252); a row in the other encoding,
    text that looks like garbled UTF-8 and removed NUL bytes are each named by row and field,
    in the preview and in the import's summary."""
    run_json(capsys, workspace_dir, "campaigns", "create", "Mixed", "--country", "PH")
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    preview = run_json(capsys, workspace_dir, "import", "preview", str(path))
    assert isinstance(preview, dict)
    assert (preview["encoding"], preview["warning_count"]) == ("utf-8", 3)
    rows = {r["row"]: r for r in preview["rows"]}
    assert rows[2]["values"]["first_name"] == "José" and rows[2]["warnings"] == []
    assert rows[4]["values"]["first_name"] == "Inés"
    assert rows[5]["warnings"][0]["reason"].endswith('probably "María"')
    _warned([w for r in preview["rows"] for w in r["warnings"]])

    summary = run_json(capsys, workspace_dir, "import", "csv", str(path), "--campaign", "Mixed")
    assert isinstance(summary, dict)
    assert (summary["imported"], summary["warning_count"]) == (6, 3)
    _warned(summary["warnings"])
    listed = run_json(capsys, workspace_dir, "candidates", "list", "--campaign", "Mixed")
    assert isinstance(listed, list)
    names = sorted(f"{c['first_name']} {c['last_name']}" for c in listed)
    assert names == ["Ana Tan", "Inés Lim", "José Cruz", "José Reyes", "Lea Sy", "MarÃ­a Go"]
