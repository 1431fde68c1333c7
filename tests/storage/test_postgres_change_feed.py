"""The PostgreSQL change feed: each write transaction of another process notifies, at
commit, the company it acted for and the candidates it changed; a watch counts its own
company's (and unknown) writes only, never this process's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from support.workstation import Workstation

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.change_watch import (
    PROCESS_TOKEN,
    ChangeNote,
    Notice,
    PostgresChangeWatch,
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
        mine = PostgresChangeWatch(pg_url, ws.company_id)
        other = PostgresChangeWatch(pg_url, ws.company_id + 1)
        station = Workstation(pg_url, tmp_path / "there")
        try:
            ws.labels.add(ids, "Own write")  # this process's: never counted
            assert not _changed(mine, timeout=0.5)
            station.do(f"move {ids[1]} Shortlisted")
            assert _changed(mine)
            assert mine.last == [Notice(mine.last[0].process, ws.company_id, (ids[1],))]
            assert mine.last[0].process != PROCESS_TOKEN
            assert not _changed(other, timeout=0.5)  # another company's window
        finally:
            station.close()
            mine.close()
            other.close()


def test_a_notice_of_many_candidates_or_an_older_version_lists_none() -> None:
    note = ChangeNote(7, set(range(1000)))
    parsed = Notice.parse(note.payload())
    assert (parsed.company_id, parsed.candidate_ids) == (7, None)
    assert len(note.payload()) < 8000
    assert Notice.parse("abc123") == Notice("abc123", None, None)
