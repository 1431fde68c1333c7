"""``talkpush-desktop interview ...`` and ``transcribe`` as a user's shell runs them: the
steps in order with their recordings' length, moves that keep the section order, bad
recordings refused on one line (exit 2) with nothing stored, an offline transcript."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from support.audio import write_wav
from support.cli import run_process


def cli(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args)
    return done.returncode, done.stdout, done.stderr


def test_interview_steps_from_the_command_line(workspace_dir: Path, tmp_path: Path) -> None:
    code, out, err = cli(workspace_dir, "campaigns", "create", "CS Manila", "--json")
    assert code == 0, err
    camp = str(json.loads(out)["id"])
    code, out, err = cli(
        workspace_dir, "interview", "add", camp, "--step", "question", "--text", "Why us?",
        "--audio", str(write_wav(tmp_path / "why.wav", 1.5)), "--answer-type", "audio-text",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    question = json.loads(out)
    assert question["answer_type"] == "audio-text" and question["audio_seconds"] == 1.5
    code, out, err = cli(
        workspace_dir, "interview", "add", "CS Manila", "--step", "intro", "--text", "Hello",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    intro = json.loads(out)
    code, out, _ = cli(workspace_dir, "interview", "list", camp, "--json")
    listed = json.loads(out)
    assert [(s["step"], s["position"]) for s in listed["steps"]] == [
        ("introduction", 1),
        ("question", 2),
    ]
    assert listed["warnings"] == []

    code, out, err = cli(workspace_dir, "interview", "move", str(intro["id"]), "--to", "2")
    assert code == 2 and out == ""
    assert err.startswith("talkpush-desktop: error: ") and err.count("\n") == 1
    assert "cannot come after" in err

    fake = tmp_path / "logo.mp3"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code, out, err = cli(
        workspace_dir, "interview", "add", camp, "--step", "question", "--text", "Q?",
        "--audio", str(fake),
    )  # fmt: skip
    assert (code, out) == (2, "")
    said = "logo.mp3 is not an MP3 recording: it holds a PNG image, renamed .mp3"
    assert err == f"talkpush-desktop: error: {said}\n"
    stored = sorted(p.name for p in (workspace_dir / "interview_audio").iterdir())
    assert len(stored) == 1  # only the question's recording

    code, out, err = cli(workspace_dir, "interview", "remove", str(intro["id"]), "--json")
    assert code == 0, err
    assert [s["step"] for s in json.loads(out)["steps"]] == ["question"]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_transcribe_a_file_offline(tmp_path: Path) -> None:
    said = tmp_path / "said.wav"
    text = "I have three years of experience in customer service"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(said), text], check=True)
    done = run_process("transcribe", str(said), "--language", "en", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["engine"] == "pocketsphinx" and "years" in result["text"].split()
    done = run_process("transcribe", str(said), "--language", "fr", "--json")
    assert json.loads(done.stdout)["note"] == "no offline model for fr"
    done = run_process("transcribe", str(tmp_path / "missing.wav"))
    assert (done.returncode, done.stderr) == (
        2,
        "talkpush-desktop: error: missing.wav: no such file\n",
    )
