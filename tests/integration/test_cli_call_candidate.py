"""``calls my-phone`` / ``calls bridge`` / ``calls bridge-state`` as a user's shell runs them,
on the sandbox phone: a bad number is one error line and exit 2; the call rings the
simulated phone, is answered there (``sandbox answer``), then hung up with its outcome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.cli import process_env, run_process

from talkpush_desktop.engine.workspace import Workspace


def _cli(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args, env=process_env())
    return done.returncode, done.stdout, done.stderr


def _json(folder: Path, *args: str) -> Any:
    code, out, err = _cli(folder, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_call_candidate_from_the_command_line(workspace_dir: Path, candidate_id: int) -> None:
    code, _out, err = _cli(workspace_dir, "calls", "my-phone", "+63 12")
    assert code == 2 and err.startswith("talkpush-desktop: error: my phone:")
    assert err.count("\n") == 1
    assert _json(workspace_dir, "calls", "my-phone", "+63 918 111 2222") == {
        "my_phone": "+639181112222"
    }
    call = _json(workspace_dir, "calls", "bridge", str(candidate_id))
    assert (call["provider"], call["status"]) == ("sandbox", "ringing")
    with Workspace.open(data_dir=workspace_dir) as ws:
        [ringing] = ws.calls.sandbox_incoming("+639171234567")
    assert _json(workspace_dir, "sandbox", "answer", str(ringing.id), "--text", "Hi")["id"]
    state = _json(workspace_dir, "calls", "bridge-state", str(call["message_id"]))
    assert state["status"] == "in-progress"
    ended = _json(workspace_dir, "calls", "bridge-state", str(call["message_id"]), "--hang-up")
    assert ended["status"] == "completed" and ended["seconds"] >= 1
