"""Two recruiters move the same candidate at the same moment on one PostgreSQL database.

The moment is made exact: a third connection holds the candidate's row lock while both
moves start, so both read the candidate in the Inbox and both wait to write it; then the
lock goes. One move wins, the other is refused naming the winner and their folder, the
activity log holds the one move and the folder counts add up. Once with two workspaces on
threads, once with two ``candidates move`` processes.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from support.cli import process_env
from support.two_recruiters import BEN, Team, moves, name_of, set_up

from talkpush_desktop.engine.candidates.move_conflicts import MoveConflict
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity
from tests.storage.test_postgres import pg_server, pg_url

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses


@pytest.fixture
def owner(pg_url: str, tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        yield ws


@pytest.fixture
def team(owner: Workspace) -> Team:
    return set_up(owner)


@pytest.fixture
def ben(pg_url: str, tmp_path: Path, team: Team) -> Iterator[Workspace]:
    """Ben's workspace: another workstation on the same database."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path, user=BEN) as other:
        yield other


def _waiting(pg_url: str) -> int:
    """Backends of the test database waiting for a row lock."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            return int(
                conn.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                )
                or 0
            )
    finally:
        engine.dispose()


def _at_the_same_moment(pg_url: str, candidate_id: int, start: Callable[[], object]) -> None:
    """Hold the candidate's row while ``start()`` sets two moves going; let go once both
    wait for it."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            conn.execute(
                text("SELECT id FROM candidates WHERE id = :id FOR UPDATE"), {"id": candidate_id}
            )
            start()
            deadline = time.monotonic() + 60
            while _waiting(pg_url) < 2:
                assert time.monotonic() < deadline, "the two moves never both waited"
                time.sleep(0.05)
            conn.rollback()
    finally:
        engine.dispose()


def _check_one_winner(ws: Workspace, team: Team, winner_folder: str, winner: int) -> None:
    cid = team.candidate_id
    assert ws.candidates.get(cid).row.folder == winner_folder
    assert moves(ws, cid) == [("Inbox", winner_folder, winner)]
    counts = ws.candidates.folder_counts(team.campaign_id)
    assert counts["Inbox"] == 0 and counts[winner_folder] == 1 and sum(counts.values()) == 1


def test_two_workspaces_move_one_candidate_at_once(
    owner: Workspace, ben: Workspace, team: Team, pg_url: str
) -> None:
    cid = team.candidate_id
    outcomes: dict[str, object] = {}
    recruiters = {"Shortlisted": ben, "Rejected": owner}

    def move(folder: str) -> None:
        try:
            outcomes[folder] = recruiters[folder].candidates.move(
                [cid], folder, seen={cid: "Inbox"}
            )
        except MoveConflict as exc:
            outcomes[folder] = exc

    threads = [threading.Thread(target=move, args=(f,)) for f in recruiters]
    _at_the_same_moment(pg_url, cid, lambda: [t.start() for t in threads])
    for t in threads:
        t.join(60)
    won = [f for f, o in outcomes.items() if o == 1]
    lost = [o for o in outcomes.values() if isinstance(o, MoveConflict)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    winner = recruiters[won[0]]
    assert str(lost[0]) == (
        f"already moved by someone else: Maria Santos (#{cid}) to {won[0]} "
        f"by {name_of(owner, winner.user_id)}; nothing was moved"
    )
    _check_one_winner(owner, team, won[0], winner.user_id)
    loser = owner if winner is ben else ben
    assert loser.undo_stack.undo_text is None
    assert winner.undo() == f"Move 1 to {won[0]}"  # the winner's own action
    assert owner.candidates.get(cid).row.folder == "Inbox"


def test_two_processes_move_one_candidate_at_once(
    owner: Workspace, team: Team, pg_url: str, tmp_path: Path
) -> None:
    cid = team.candidate_id
    base = [sys.executable, "-m", "talkpush_desktop", "--database", pg_url]
    base += ["--data-dir", str(tmp_path)]
    command = ["candidates", "move", str(cid), "--from", "Inbox"]
    procs: dict[str, subprocess.Popen[str]] = {}

    def start() -> None:
        for folder, user in (("Shortlisted", ["--user", BEN]), ("Rejected", [])):
            procs[folder] = subprocess.Popen(
                [*base, *user, *command, "--to", folder],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=process_env(),
            )

    try:
        _at_the_same_moment(pg_url, cid, start)
        done = {folder: (p.wait(120), *p.communicate()) for folder, p in procs.items()}
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
    won = [f for f, (code, _out, _err) in done.items() if code == 0]
    assert len(won) == 1, done
    lost = next(f for f in done if f not in won)
    code, out, err = done[lost]
    assert (code, out) == (2, "")
    with Workspace.open(database_url=pg_url, data_dir=tmp_path, user=BEN) as ben:
        winner = ben.user_id if won[0] == "Shortlisted" else owner.user_id
    assert err == (
        f"talkpush-desktop: error: already moved by someone else: Maria Santos (#{cid}) "
        f"to {won[0]} by {name_of(owner, winner)}; nothing was moved\n"
    )
    _check_one_winner(owner, team, won[0], winner)


def _labelled(ws: Workspace, candidate_id: int) -> list[tuple[str, int | None]]:
    with ws.reading() as s:
        rows = s.execute(
            select(Activity.action, Activity.user_id)
            .where(Activity.candidate_id == candidate_id, Activity.action == "labelled")
            .order_by(Activity.id)
        ).all()
    return [tuple(r) for r in rows]


def test_two_workspaces_put_one_new_label_on_one_candidate_at_once(
    owner: Workspace, ben: Workspace, team: Team, pg_url: str
) -> None:
    cid = team.candidate_id
    outcomes: dict[str, object] = {}
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        recruiters = {"owner": owner, "ben": ben}

        def label(who: str) -> None:
            try:
                outcomes[who] = recruiters[who].labels.add([cid], "Night shift")
            except Exception as exc:  # what the test looks for: none
                outcomes[who] = exc

        # an uncommitted label of that name: both creations wait on its unique key
        conn.execute(
            text(
                "INSERT INTO labels (company_id, name, automatic, color) "
                "VALUES (:c, 'Night shift', false, '#000000')"
            ),
            {"c": owner.company_id},
        )
        threads = [threading.Thread(target=label, args=(w,)) for w in recruiters]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while _waiting(pg_url) < 2:
            assert time.monotonic() < deadline, "the two label additions never both waited"
            time.sleep(0.05)
        conn.rollback()
        for t in threads:
            t.join(60)
    engine.dispose()
    assert not [o for o in outcomes.values() if isinstance(o, Exception)], outcomes
    assert sorted(int(str(o)) for o in outcomes.values()) == [0, 1]  # one labelled her
    assert owner.candidates.get(cid).row.labels == ("Night shift",)
    assert len(_labelled(owner, cid)) == 1
    assert [x.name for x in owner.labels.all()].count("Night shift") == 1
