"""End to end on the demo workspace, driven from the command line like a headless station:
a candidate is added -> the invitation goes out through the sandbox -> the simulated
candidate answers every question -> Completed folder, completion message, responses on the
profile, and the activity that analytics are computed from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from talkpush_desktop.cli.main import main
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity

PHONE = "+639175550123"


def cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> object:
    flag = [] if args[:2] == ("candidates", "show") else ["--json"]  # show prints JSON
    code = main(["--data-dir", str(folder), *args, *flag])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def phone_lines(capsys: pytest.CaptureFixture[str], folder: Path) -> list[dict[str, str]]:
    lines = cli(capsys, folder, "sandbox", "inbox", PHONE)
    assert isinstance(lines, list)
    return lines


def test_a_candidate_walks_the_whole_interview_offline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli(capsys, tmp_path, "demo", "--candidates", "60")
    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.all()[0]
        steps = ws.interview.steps(camp.id)
    questions = [text for _id, section, text, _type in steps if section == "question"]
    assert len(questions) >= 3

    added = cli(
        capsys,
        tmp_path,
        "candidates",
        "add",
        "--campaign",
        str(camp.id),
        "--first-name",
        "Lorna",
        "--last-name",
        "Dizon",
        "--phone",
        PHONE,
    )
    assert isinstance(added, dict)
    cid = added["id"]
    assert cli(capsys, tmp_path, "sync", "--once")["sent"] == 1  # type: ignore[index]
    [invitation] = phone_lines(capsys, tmp_path)
    assert invitation["body"].startswith("Hi Lorna Dizon, thanks for applying")

    cli(capsys, tmp_path, "sandbox", "reply", PHONE, "--text", "START")
    cli(capsys, tmp_path, "sync", "--once")
    received = [line["body"] for line in phone_lines(capsys, tmp_path)[2:]]
    assert received[-1].startswith(f"Question 1 of {len(questions)}: {questions[0]}")

    for number, _question in enumerate(questions, 1):
        cli(capsys, tmp_path, "sandbox", "reply", PHONE, "--text", f"My answer {number}")
        cli(capsys, tmp_path, "sync", "--once")

    lines = phone_lines(capsys, tmp_path)
    bodies = [line["body"] for line in lines]
    assert bodies[-1].startswith("Thank you Lorna Dizon, your interview with")  # completion
    assert all(line["direction"] in ("to_candidate", "from_candidate") for line in lines)
    profile = cli(capsys, tmp_path, "candidates", "show", str(cid))
    assert isinstance(profile, dict)
    assert profile["folder"] == "Completed"
    answers = [(r["question"], r["text"]) for r in profile["responses"]]
    assert answers == [(q, f"My answer {n}") for n, q in enumerate(questions, 1)]
    assert {"Attempted", ">50% completed"} <= set(profile["labels"])
    history = cli(capsys, tmp_path, "messages", "list", str(cid))
    assert isinstance(history, list)
    assert {m["state"] for m in history if m["direction"] == "out"} == {"delivered"}
    with Workspace.open(data_dir=tmp_path) as ws, ws.transaction() as s:
        actions = list(
            s.scalars(
                select(Activity.action).where(Activity.candidate_id == cid).order_by(Activity.id)
            )
        )
    assert actions[0] == "added" and actions.count("invited") == 1
    assert "attempted" in actions and "completed" in actions
    assert actions.count("moved") == 1  # Inbox -> Completed, by the system
