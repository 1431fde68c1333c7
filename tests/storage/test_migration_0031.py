"""Migration 0031: ``source_counts`` is made and filled from the candidates (and dropped on
the way down), on SQLite and PostgreSQL; a source's and the completed count read it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import inspect

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.engine.candidates.test_source_counts import assert_exact
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_postgres import pg_server, pg_url

__all__ = ["pg_server", "pg_url"]  # the fixtures the PostgreSQL test uses


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _round_trip(url: str, reopen: Callable[[], Workspace]) -> None:
    with reopen() as ws:
        manila = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cebu = ws.campaigns.create("CSR Cebu", hotline_country="PH")
        ann = ws.intake.add_candidate(manila.id, first_name="Ann", email="a@x.org")
        ws.intake.add_candidate(manila.id, first_name="Bo", email="b@x.org", source="Referral")
        ws.intake.add_candidate(cebu.id, first_name="Cy", email="c@x.org", source="Referral")
        ws.interview.complete(ann)
    migrate_to(url, "0030")
    assert "source_counts" not in _tables(url)
    migrate_to(url, "0031")
    assert "source_counts" in _tables(url)
    with reopen() as ws:
        assert ws.candidates.count(CandidateFilter(source="Referral")) == 2
        assert ws.candidates.count(CandidateFilter(completed=True)) == 1
        assert ws.candidates.count(CandidateFilter(campaign_id=cebu.id, completed=False)) == 1
        assert_exact(ws)


def test_0031_round_trip_on_sqlite(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / DB_FILE)
    _round_trip(url, lambda: Workspace.open(data_dir=tmp_path))


@pytest.mark.postgres
def test_0031_round_trip_on_postgres(pg_url: str, tmp_path: Path) -> None:
    def reopen() -> Workspace:
        return Workspace.open(database_url=pg_url, data_dir=tmp_path)

    _round_trip(pg_url, reopen)
