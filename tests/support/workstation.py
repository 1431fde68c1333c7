"""Another workstation as a process of its own: it opens the workspace at a database URL
and runs the recruiter actions it reads on stdin, one a line, printing after each the wall
time its transaction committed (so a test measures how soon an open window shows it).

    python -m tests.support.workstation URL DATA_DIR
    move ID FOLDER | label ID NAME | comment ID TEXT... | import CSV CAMPAIGN | quit
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from talkpush_desktop.engine.workspace import Workspace


def _act(ws: Workspace, line: str) -> None:
    verb, _, rest = line.partition(" ")
    if verb == "move":
        cid, folder = rest.split(" ", 1)
        ws.candidates.move([int(cid)], folder)
    elif verb == "label":
        cid, name = rest.split(" ", 1)
        ws.labels.add([int(cid)], name)
    elif verb == "comment":
        cid, text = rest.split(" ", 1)
        ws.messaging.add_comment(int(cid), text)
    elif verb == "import":
        path, campaign = rest.split(" ", 1)
        ws.intake.import_csv(Path(path), campaign, invite=False)
    else:
        raise ValueError(f"unknown action {line!r}")


def main(argv: list[str]) -> int:
    url, folder = argv
    with Workspace.open(database_url=url, data_dir=Path(folder)) as ws:
        print("ready", flush=True)
        for line in sys.stdin:
            if line.strip() == "quit":
                break
            _act(ws, line.strip())
            print(time.time(), flush=True)
    return 0


class Workstation:
    """The process, driven from a test: :meth:`do` returns the commit's wall time."""

    def __init__(self, url: str, folder: Path) -> None:
        from tests.support.cli import process_env  # the test's side only

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.workstation", url, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=process_env(),
        )
        self._line("ready")

    def _line(self, expected: str | None = None) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line or (expected is not None and line != expected):
            _out, err = self.proc.communicate(timeout=30)
            raise AssertionError(f"the workstation stopped: {line} {err}")
        return line

    def do(self, action: str) -> float:
        assert self.proc.stdin is not None
        self.proc.stdin.write(action + "\n")
        self.proc.stdin.flush()
        return float(self._line())

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            try:
                self.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
