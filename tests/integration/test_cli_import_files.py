"""Files ``import csv`` and ``import preview`` must refuse with one error line: devices,
pipes and lines too long to be a candidate's row (the command line as a subprocess)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace

MEMORY_CAP = 1536 * 1024 * 1024  # a runaway read fails fast instead of filling the machine


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, preexec_fn=_cap_memory
    )


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
        ws.create_campaign("Big", hotline_country="PH")
    make, reason = FILES[kind]
    path = make(tmp_path)
    args = [a.format(file=path) for a in COMMANDS[command]]
    done = _cli(workspace_dir, *args)
    lines = done.stderr.splitlines()
    assert done.returncode != 0
    assert len(lines) == 1, done.stderr[-2000:]
    assert lines[0].startswith(f'talkpush-desktop: error: Cannot import "{path.name}": ')
    assert reason in lines[0]
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.count() == 0
