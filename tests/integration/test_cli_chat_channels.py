"""WeChat and Web chat have no provider of their own: the sandbox simulates them only while
every service is on the sandbox; otherwise they are refused, and queued ones fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run, run_json

SMTP = ("--host", "127.0.0.1", "--port", "2525", "--from-address", "hr@example.com")


def _one_error(code: int, out: str, err: str) -> str:
    assert code == 2, (out, err)
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("talkpush-desktop: error: ")
    assert "Traceback" not in err
    return line


def test_chat_channels_work_on_the_all_sandbox_workspace(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, candidate_id: int
) -> None:
    cid = str(candidate_id)
    for channel in ("wechat", "web"):
        sent = run_json(
            capsys, workspace_dir, "messages", "send", cid, "--text", "Hi", "--channel", channel
        )
        assert isinstance(sent, dict) and sent["queued"] == 1
    report = run_json(capsys, workspace_dir, "sync", "--once")
    assert isinstance(report, dict) and report["sent"] == 2


def test_chat_channels_are_refused_once_a_real_provider_is_set(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, candidate_id: int
) -> None:
    cid = str(candidate_id)
    early = run_json(
        capsys, workspace_dir, "messages", "queue", cid, "--text", "Hi", "--channel", "wechat"
    )
    assert isinstance(early, dict) and early["state"] == "queued"
    code, _out, err = run(capsys, workspace_dir, "providers", "set", "email", "smtp", *SMTP)
    assert code == 0, err
    for channel, name in (("wechat", "WeChat"), ("web", "Web chat")):
        for command in ("queue", "send"):
            line = _one_error(
                *run(
                    capsys,
                    workspace_dir,
                    "messages",
                    command,
                    cid,
                    "--text",
                    "Hi",
                    "--channel",
                    channel,
                )
            )
            assert f"{name} is not connected" in line
    run_json(capsys, workspace_dir, "sync", "--once")
    listed = run_json(capsys, workspace_dir, "messages", "list", cid)
    assert isinstance(listed, list)
    [wechat] = [m for m in listed if m["channel"] == "wechat"]
    assert wechat["state"] == "failed"  # never "delivered" by a provider that is not there
    assert "WeChat is not connected" in wechat["error"]
    assert len(listed) == 1  # nothing else was stored
