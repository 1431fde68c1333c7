"""The README's two commands are the whole set-up: what CI runs and what a fresh machine needs.

The suite's real-server tests need Debian packages that pip cannot install (a PostgreSQL
server, LibreOffice Calc, Qt's libraries); the test command installs them itself.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def _packages(group: str) -> set[str]:
    """The packages ``scripts/system-packages GROUP`` would install on a bare machine."""
    script = (ROOT / "scripts" / "system-packages").read_text(encoding="utf-8")
    shell = script.split("case ", 1)[0] + f"echo ${group}\n"
    out = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_readme_gives_two_commands_and_ci_runs_the_second() -> None:
    start, test = _quick_start_commands()
    assert (start, test) == ("scripts/start", "scripts/test")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == "exec scripts/test"


def test_the_test_command_installs_what_the_real_server_tests_need() -> None:
    needed = _packages("test")
    assert {"postgresql", "libreoffice-calc", "fonts-noto-color-emoji", "espeak-ng"} <= needed
    assert _packages("window") <= needed
    assert "libxcb-cursor0" in _packages("window")  # Qt 6.5+ needs it to open a window on X11


def test_both_commands_are_executable_scripts() -> None:
    for name in ("start", "test", "system-packages"):
        path = ROOT / "scripts" / name
        assert path.stat().st_mode & 0o111, f"scripts/{name} is not executable"
        subprocess.run(["bash", "-n", str(path)], check=True)
