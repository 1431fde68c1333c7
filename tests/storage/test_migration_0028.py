"""Migration 0028 on PostgreSQL: the tsvector column, its trigger and the trigram indexes
come and go; candidates written while it was down are indexed by the upgrade. SQLite is
not touched (its FTS5 index stays)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)


def _shape(url: str) -> tuple[set[str], set[str]]:
    engine = make_engine(url)
    try:
        found = inspect(engine)
        columns = {c["name"] for c in found.get_columns("candidates")}
        return columns, {i["name"] for i in found.get_indexes("candidates")}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_0028_round_trip_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ann = ws.intake.add_candidate(camp.id, first_name="Ann", email="ann@x.org")
    columns, indexes = _shape(pg_url)
    assert "search_vector" in columns and "ix_candidates_phone_trgm" in indexes
    migrate_to(pg_url, "0022")
    columns, indexes = _shape(pg_url)
    assert "search_vector" not in columns and "ix_candidates_phone_trgm" not in indexes
    engine = make_engine(pg_url)
    with engine.begin() as conn:  # written while the index is gone
        conn.execute(text("UPDATE candidates SET last_name = 'Bautista' WHERE id = :i"), {"i": ann})
    engine.dispose()
    migrate_to(pg_url, "0028")
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="bautis"))] == [ann]


def test_0028_leaves_sqlite_alone(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    migrate_to(url, "0022")
    migrate_to(url, "0028")
    assert "search_vector" not in _shape(url)[0]
    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ann = ws.intake.add_candidate(camp.id, first_name="Ann", email="ann@x.org")
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="ann"))] == [ann]
