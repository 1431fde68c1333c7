"""``talkpush-desktop ats`` as a user's shell runs it: set (secret on stdin), show (never
the secret), bad input (one line, exit 2), and a move that pushes through a 500 to a real
loopback ATS with ``sync --once``, its state shown by ``ats pushes``."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.ats_receiver import SECRET, AtsReceiver
from support.cli import run_process


@pytest.fixture
def receiver() -> Iterator[AtsReceiver]:
    with AtsReceiver() as ats:
        yield ats


def cli(folder: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    done = run_process("--data-dir", str(folder), *args, stdin=stdin)
    return done.returncode, done.stdout, done.stderr


def test_set_and_show_never_print_the_secret(workspace_dir: Path, receiver: AtsReceiver) -> None:
    code, out, err = cli(
        workspace_dir,
        "ats", "set", "--url", receiver.url, "--events", "hired,Shortlisted", "--json",
        stdin=SECRET + "\n",
    )  # fmt: skip
    assert code == 0, err
    expected = {
        "url": receiver.url,
        "events": ["hired", "shortlisted"],
        "timeout": 10.0,
        "secret": "stored",
    }
    assert json.loads(out) == expected
    code, out, err = cli(workspace_dir, "ats", "show", "--json")
    assert (code, json.loads(out)) == (0, expected)
    code, out, _ = cli(workspace_dir, "ats", "show")
    assert "secret:  stored" in out
    # a new URL without a secret keeps the stored one
    code, out, err = cli(workspace_dir, "ats", "set", "--url", receiver.url + "/v2", "--json")
    assert code == 0, err
    assert json.loads(out)["secret"] == "stored"
    for text in (out, err):
        assert SECRET not in text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--url", "ftp://ats.example.com"), "url: 'ftp://ats.example.com' is not an http"),
        (("--url", "https://ats.example.com", "--events", "hired,promoted"), "unknown event"),
        (("--url", "https://ats.example.com"), "the HMAC secret is required"),
        (("--url", "https://ats.example.com", "--timeout", "soon"), "not a number of seconds"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    workspace_dir: Path, args: tuple[str, ...], says: str
) -> None:
    code, out, err = cli(workspace_dir, "ats", "set", *args)
    assert code == 2 and out == ""
    assert err.startswith("talkpush-desktop: error: ") and err.count("\n") == 1, err
    assert says in err and "Traceback" not in err
    assert json.loads(cli(workspace_dir, "ats", "show", "--json")[1])["url"] == ""


def test_a_move_pushes_once_through_a_500(
    workspace_dir: Path, candidate_id: int, receiver: AtsReceiver
) -> None:
    assert cli(workspace_dir, "ats", "set", "--url", receiver.url, stdin=SECRET)[0] == 0
    receiver.script = ["500"]
    code, _, err = cli(workspace_dir, "candidates", "move", str(candidate_id), "--to", "Hired")
    assert code == 0, err
    assert cli(workspace_dir, "sync", "--once")[0] == 0
    [waiting] = json.loads(cli(workspace_dir, "ats", "pushes", str(candidate_id), "--json")[1])
    assert (waiting["event"], waiting["state"]) == ("hired", "queued")
    assert "HTTP 500" in waiting["error"]
    time.sleep(2.2)  # the first retry's backoff (at most 2 s)
    assert cli(workspace_dir, "sync", "--once")[0] == 0
    [sent] = json.loads(cli(workspace_dir, "ats", "pushes", str(candidate_id), "--json")[1])
    assert (sent["state"], sent["error"], sent["attempts"]) == ("sent", "", 2)
    assert [p.answer for p in receiver.requests] == ["500", "ok"]
    assert all(p.signature_ok for p in receiver.requests)
    [key] = receiver.keys()
    assert receiver.accepted[key]["id"] == candidate_id
    code, out, _ = cli(workspace_dir, "ats", "pushes", str(candidate_id))
    assert "hired" in out and "sent" in out
    assert cli(workspace_dir, "ats", "pushes", "999999")[0] == 2
