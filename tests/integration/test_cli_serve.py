"""``talkpush-desktop serve`` as a user starts it: a real process on a real port, stopped by
SIGTERM with exit status 0, logging one line per request and never a secret."""

from __future__ import annotations

import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.support.cli import process_env, run_process


class Served(subprocess.Popen[str]):
    """``serve``'s process whose log (stderr) is read as it comes, so a long run never
    fills the pipe and blocks the server; :meth:`communicate` returns what it logged."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=process_env()
        )
        self._log: list[str] = []
        stderr = self.stderr
        assert stderr is not None
        self._drain = threading.Thread(target=lambda: self._log.extend(stderr), daemon=True)
        self._drain.start()

    def communicate(
        self,
        input: str | None = None,  # noqa: ARG002
        timeout: float | None = None,
    ) -> tuple[str, str]:
        self.wait(timeout=timeout)
        self._drain.join(timeout=timeout)
        assert self.stdout is not None and self.stderr is not None
        out = self.stdout.read()
        self.stdout.close()
        self.stderr.close()
        return out, "".join(self._log)


def start_serve(folder: Path, *args: str, database: str | None = None) -> tuple[Served, str]:
    """Start ``serve`` and wait for its ``listening on`` line; the process and its base URL."""
    where = ["--data-dir", str(folder), *(["--database", database] if database else [])]
    proc = Served([sys.executable, "-m", "talkpush_desktop", *where, "serve", *args])
    lines: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout
    assert stdout is not None
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        first = lines.get(timeout=60)
    except queue.Empty:
        proc.kill()
        raise AssertionError("serve did not say it was listening") from None
    assert first.startswith("listening on http://127.0.0.1:"), first
    return proc, first.removeprefix("listening on ").strip()


def test_serve_answers_on_a_real_port_logs_requests_and_stops_on_sigterm(
    workspace_dir: Path,
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        made = ws.api_keys.create("intake", name="career site")
    assert made.secret is not None
    proc, base = start_serve(workspace_dir, "--port", "0")
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            assert client.get("/api/health").json()["status"] == "ok"
            assert "/api/health" in client.get("/openapi.json").json()["paths"]
            answer = client.post(
                f"/api/nowhere?api_key={made.key}&api_secret={made.secret}",
                data={"api_key": made.key, "api_secret": made.secret},
            )
            assert answer.status_code == 404
            assert set(answer.json()["error"]) == {"code", "type", "message", "details"}
            assert made.secret not in answer.text
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out == ""  # the one listening line was read above
    request_lines = [line for line in err.splitlines() if "talkpush_desktop.api:" in line]
    assert any(re.search(r"GET /api/health 200 [0-9.]+ms key=-$", line) for line in request_lines)
    assert any("POST /api/nowhere 404" in line for line in request_lines)
    assert made.secret not in err and made.key not in err
    assert "Traceback" not in err


@pytest.mark.sqlite_only(
    "--workers above 1 is refused on SQLite only (test_cli_serve_postgres.py runs them)"
)
def test_serve_refuses_a_port_in_use_workers_on_sqlite_and_a_bad_limit_in_one_line(
    workspace_dir: Path,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = run_process("--data-dir", str(workspace_dir), "serve", "--port", port)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"talkpush-desktop: error: cannot listen on 127.0.0.1:{port}")
    done = run_process("--data-dir", str(workspace_dir), "serve", "--workers", "2")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "PostgreSQL" in done.stderr
    done = run_process("--data-dir", str(workspace_dir), "serve", "--rate-limit", "fast")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "not a rate limit" in done.stderr
