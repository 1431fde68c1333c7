"""Running the command line in-process (``run``) or as a real process (``run_process``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from talkpush_desktop.cli.main import main


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


REPO = Path(__file__).resolve().parents[2]


def process_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: this checkout's code, Qt offscreen."""
    return os.environ | {"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"} | extra


def run_process(
    *args: str,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 120,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``talkpush-desktop ARGS...`` as a real process, as a user's shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "talkpush_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        input=stdin,
        env=env or process_env(),
        preexec_fn=preexec_fn,
    )


@contextmanager
def serving(folder: Path, *args: str) -> Iterator[str]:
    """``talkpush-desktop --data-dir FOLDER serve --port 0 ARGS...`` as a real process: yields
    its base URL once it listens; SIGTERM after, which must end it cleanly (status 0)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder)]
        + ["serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=process_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("listening on http://"), line
        yield line.removeprefix("listening on ")
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
        assert proc.stdout is not None
        proc.stdout.close()
        assert code == 0
