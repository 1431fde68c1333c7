"""The command line for conversations: messages list/comment/queue/render, quick replies."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run, run_json


def test_comment_queue_and_list(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, candidate_id: int
) -> None:
    cid = str(candidate_id)
    comment = run_json(capsys, workspace_dir, "messages", "comment", cid, "--text", "Good fit")
    assert isinstance(comment, dict)
    assert (comment["kind"], comment["channel"]) == ("comment", "internal")
    queued = run_json(
        capsys,
        workspace_dir,
        "messages",
        "queue",
        cid,
        "--text",
        "Hi <%= @candidate_first_name %>",
        "--channel",
        "sms",
    )
    assert isinstance(queued, dict)
    assert (queued["state"], queued["channel"]) == ("queued", "sms")
    listed = run_json(capsys, workspace_dir, "messages", "list", cid)
    assert isinstance(listed, list)
    assert [m["id"] for m in listed] == [comment["id"], queued["id"]]
    assert set(listed[0]) == {
        "id",
        "direction",
        "channel",
        "kind",
        "body",
        "subject",
        "media_url",
        "media_type",
        "state",
        "created_at",
        "author",
        "error",
        "scheduled_at",
    }
    rows = run_json(capsys, workspace_dir, "candidates", "list")
    assert isinstance(rows, list)
    assert rows[0]["last_message_preview"] == "Hi Maria"
    code, out, _ = run(capsys, workspace_dir, "messages", "list", cid)
    assert code == 0
    assert "Good fit" in out
    assert "[queued]" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("queue", "{cid}", "--text", "hi", "--channel", "pigeon"), "unknown channel"),
        (("queue", "{cid}", "--text", "  ", "--channel", "sms"), "empty"),
        (("comment", "{cid}", "--text", ""), "empty"),
        (("list", "999"), "no candidate with id 999"),
    ],
)
def test_refusals_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    candidate_id: int,
    args: tuple[str, ...],
    message: str,
) -> None:
    filled = [a.format(cid=candidate_id) for a in args]
    code, out, err = run(capsys, workspace_dir, "messages", *filled)
    assert code == 2
    assert out == ""
    assert err.startswith("talkpush-desktop: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_quick_replies_tokens_and_render(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, candidate_id: int
) -> None:
    added = run_json(
        capsys,
        workspace_dir,
        "quick-replies",
        "add",
        "--title",
        "Thanks",
        "--text",
        "Thank you <%= @candidate_first_name %>",
    )
    assert isinstance(added, dict)
    assert run_json(capsys, workspace_dir, "quick-replies", "list") == [added]
    code, _, err = run(
        capsys, workspace_dir, "quick-replies", "add", "--title", "thanks", "--text", "x"
    )
    assert (code, "already exists" in err) == (2, True)
    tokens = run_json(capsys, workspace_dir, "messages", "tokens")
    assert isinstance(tokens, list)
    assert {"token": "<%= @company %>", "name": "company", "label": "Company"} in tokens
    rendered = run_json(
        capsys, workspace_dir, "messages", "render", str(candidate_id), "--text", added["body"]
    )
    assert rendered == {"text": "Thank you Maria", "missing": []}
