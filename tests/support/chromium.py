"""Headless Chromium (the Debian package ``chromium``) driven as a process: a screenshot of
a page, and the DOM it built. ``scripts/system-packages test`` installs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def binary() -> str:
    """The Chromium executable (the test fails with the way to install it when missing)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("headless Chromium is missing: scripts/system-packages test installs it")
    return found


def _run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [
        binary(),
        "--headless=new",
        "--no-sandbox",  # tests may run as root (a container)
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


def screenshot(url: str, out: Path, size: str = "1200,1400") -> Path:
    """A PNG of ``url`` as Chromium paints it in a ``size`` window."""
    done = _run(
        out.parent / "chromium-profile", f"--screenshot={out}", f"--window-size={size}", url
    )
    assert out.is_file() and out.stat().st_size > 0, done.stderr[-2000:]
    return out


def dump_dom(url: str, profile: Path, *options: str) -> str:
    """The DOM Chromium built for ``url`` (after its scripts ran), serialised."""
    done = _run(profile, *options, "--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
