"""Running the command line in-process, as the integration tests do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talkpush_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    """``talkpush-desktop --data-dir FOLDER ARGS...``: exit code, stdout, stderr."""
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> object:
    """The same with ``--json``, which must succeed; the parsed output."""
    code, out, err = run(capsys, folder, *args, "--json")
    assert code == 0, err
    return json.loads(out)
