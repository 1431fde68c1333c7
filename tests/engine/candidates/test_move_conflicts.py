"""Two recruiters, one candidate (SQLite; PostgreSQL's overtaken moves are in
``tests/storage/test_postgres_team.py``): a move made on the folder the recruiter saw is
refused when someone else moved the candidate meanwhile, naming who and where; the log
keeps the one move; undo refuses to revert a candidate someone else moved since."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run_process
from support.two_recruiters import Team, moves

from talkpush_desktop.engine.candidates.move_conflicts import MoveConflict
from talkpush_desktop.engine.workspace import Workspace


def test_the_second_move_on_a_stale_folder_is_refused_naming_who_moved_where(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    cid = team.candidate_id
    assert ben.candidates.move([cid], "Shortlisted", seen={cid: "Inbox"}) == 1
    with pytest.raises(MoveConflict) as refused:
        ws.candidates.move([cid], "Rejected", seen={cid: "Inbox"})
    assert str(refused.value) == (
        "already moved by someone else: Maria Santos "
        f"(#{cid}) to Shortlisted by Ben Cruz; nothing was moved"
    )
    assert refused.value.ids == (cid,)
    assert ws.candidates.get(cid).row.folder == "Shortlisted"
    assert moves(ws, cid) == [("Inbox", "Shortlisted", ben.user_id)]
    assert ws.candidates.folder_counts(team.campaign_id)["Rejected"] == 0
    assert ws.undo_stack.undo_text is None  # nothing done, nothing to undo
    # the same target is no silent success either: Ben was first
    with pytest.raises(MoveConflict):
        ws.candidates.move([cid], "Shortlisted", seen={cid: "Inbox"})
    # seen as it is now, the move goes through
    assert ws.candidates.move([cid], "Rejected", seen={cid: "Shortlisted"}) == 1


def test_one_stale_candidate_refuses_the_whole_move(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    other = ws.intake.add_candidate(team.campaign_id, first_name="Jose", email="jose@example.com")
    cid = team.candidate_id
    ben.candidates.move([cid], "On Hold")
    with pytest.raises(MoveConflict, match="to On Hold by Ben Cruz"):
        ws.candidates.move([cid, other], "Hired", seen={cid: "Inbox", other: "Inbox"})
    assert ws.candidates.get(other).row.folder == "Inbox"
    assert moves(ws, other) == []


def test_undo_refuses_when_someone_else_moved_the_candidate_since(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    cid = team.candidate_id
    ws.candidates.move([cid], "Shortlisted")
    ben.candidates.move([cid], "Hired", seen={cid: "Shortlisted"})
    with pytest.raises(MoveConflict) as refused:
        ws.undo()
    assert str(refused.value) == (
        f"cannot undo 'Move 1 to Shortlisted': someone else moved Maria Santos (#{cid}) "
        "to Hired by Ben Cruz since"
    )
    assert ws.candidates.get(cid).row.folder == "Hired"
    assert ws.undo_stack.undo_text is None  # the refused step left the history
    assert moves(ws, cid) == [
        ("Inbox", "Shortlisted", ws.user_id),
        ("Shortlisted", "Hired", ben.user_id),
    ]
    assert ben.undo() == "Move 1 to Hired"  # Ben's own action is his to undo
    assert ws.candidates.get(cid).row.folder == "Shortlisted"


def test_undo_and_redo_of_ones_own_move_still_work(ws: Workspace, team: Team) -> None:
    cid = team.candidate_id
    ws.candidates.move([cid], "Rejected", seen={cid: "Inbox"})
    assert ws.undo() == "Move 1 to Rejected"
    assert ws.candidates.get(cid).row.folder == "Inbox"
    assert ws.redo() == "Move 1 to Rejected"
    assert ws.candidates.get(cid).row.folder == "Rejected"
    assert [m[:2] for m in moves(ws, cid)] == [
        ("Inbox", "Rejected"),
        ("Rejected", "Inbox"),
        ("Inbox", "Rejected"),
    ]


def test_the_command_line_refuses_a_move_from_a_folder_the_candidate_left(
    ws: Workspace, ben: Workspace, workspace_dir: Path, team: Team
) -> None:
    cid = team.candidate_id
    ben.candidates.move([cid], "Shortlisted")
    args = ["--data-dir", str(workspace_dir), "candidates", "move", str(cid)]
    done = run_process(*args, "--to", "Rejected", "--from", "Inbox")
    assert done.returncode == 2
    assert done.stderr == (
        "talkpush-desktop: error: already moved by someone else: Maria Santos "
        f"(#{cid}) to Shortlisted by Ben Cruz; nothing was moved\n"
    )
    assert ws.candidates.get(cid).row.folder == "Shortlisted"
    done = run_process(*args, "--to", "Rejected", "--from", "shortlisted")
    assert (done.returncode, done.stdout) == (0, "moved 1 candidate(s) to Rejected\n")
