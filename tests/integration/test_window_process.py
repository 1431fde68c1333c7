"""The console as a user starts it from a terminal: Ctrl+C or SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _window_is_up(db: Path) -> bool:
    """The demo is in (the window is built right after it)."""
    if not db.exists():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return bool(conn.execute("SELECT count(*) FROM candidates").fetchone()[0])
    except sqlite3.Error:
        return False


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_closes_the_window_without_a_traceback(tmp_path: Path, sig: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(tmp_path / "ws")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not _window_is_up(tmp_path / "ws" / "workspace.sqlite3"):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.2)
        time.sleep(2)  # the window shows and its sync starts
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
