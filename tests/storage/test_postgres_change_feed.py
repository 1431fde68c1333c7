"""The PostgreSQL change feed: each write transaction of another workspace (another
process, or another Workspace of this one) notifies, at commit, the company it acted for and
the candidates it changed; a watch counts its own company's (and unknown) writes only, never
its own workspace's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from support.workstation import Workstation

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.change_watch import (
    ChangeNote,
    Notice,
    PostgresChangeWatch,
    writer_token,
)
from tests.storage.test_postgres import pg_server, pg_url

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses


def _changed(watch: PostgresChangeWatch, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if watch.changed():
            return True
        time.sleep(0.05)
    return False


def test_a_notice_names_the_company_and_the_changed_candidates(pg_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = ws.campaigns.create("Customer Service", hotline_country="PH")
        ids = [
            ws.intake.add_candidate(campaign.id, first_name=f"P{i}", email=f"p{i}@example.com")
            for i in range(3)
        ]
        own = writer_token(ws.context.db.engine)
        assert own is not None
        mine = PostgresChangeWatch(pg_url, ws.company_id, own=own)
        other = PostgresChangeWatch(pg_url, ws.company_id + 1, own=own)
        station = Workstation(pg_url, tmp_path / "there")
        try:
            ws.labels.add(ids, "Own write")  # this workspace's: never counted
            assert not _changed(mine, timeout=0.5)
            station.do(f"move {ids[1]} Shortlisted")
            assert _changed(mine)
            assert mine.last == [Notice(mine.last[0].writer, ws.company_id, (ids[1],))]
            assert mine.last[0].writer != own
            assert not _changed(other, timeout=0.5)  # another company's window
        finally:
            station.close()
            mine.close()
            other.close()


def test_another_workspace_of_this_process_is_another_writer(pg_url: str, tmp_path: Path) -> None:
    """A second Workspace in the window's process (a test's server, a tool) writes: the
    window's watch sees it, as SQLite's ``data_version`` does another connection's."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = ws.campaigns.create("Customer Service", hotline_country="PH")
        assert not ws.changes.changed()  # the watch starts at what is committed
        ws.intake.add_candidate(campaign.id, first_name="Own", email="own@example.com")
        assert not ws.changes.changed()
        with Workspace.open(database_url=pg_url, data_dir=tmp_path) as second:
            second.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
        deadline = time.monotonic() + 5
        while not ws.changes.changed():
            assert time.monotonic() < deadline, "the second workspace's write was not noticed"
            time.sleep(0.05)


def test_a_notice_of_many_candidates_or_an_older_version_lists_none() -> None:
    note = ChangeNote(7, set(range(1000)))
    parsed = Notice.parse(note.payload("w"))
    assert (parsed.company_id, parsed.candidate_ids) == (7, None)
    assert len(note.payload("w")) < 8000
    assert Notice.parse("abc123") == Notice("abc123", None, None)
