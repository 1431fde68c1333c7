"""Migration 0029 on PostgreSQL: the search's prefix terms index replaces the vector's, the
email's trigram index moves to ``lower(email_key)`` (equality look-ups of ``email_key``
can no longer read it), and back; SQLite is not touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)


def indexes(url: str) -> dict[str, str]:
    """Index name -> definition, of the candidates table."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'candidates'")
            )
            return {name: definition for name, definition in rows}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_0029_round_trip_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ann = ws.intake.add_candidate(camp.id, first_name="Ann", email="Ann.Lee@X.org")
    migrate_to(pg_url, "0029")
    found = indexes(pg_url)
    assert "talkpush_search_terms(search_vector)" in found["ix_candidates_search_terms"]
    assert "ix_candidates_search_vector" not in found
    assert "lower((email_key)::text) gin_trgm_ops" in found["ix_candidates_email_key_trgm"]

    migrate_to(pg_url, "0028")
    found = indexes(pg_url)
    assert "ix_candidates_search_terms" not in found
    assert "(search_vector)" in found["ix_candidates_search_vector"]
    assert "(email_key gin_trgm_ops)" in found["ix_candidates_email_key_trgm"]
    engine = make_engine(pg_url)
    with engine.begin() as conn:  # written while 0028's indexes are in place
        conn.execute(text("UPDATE candidates SET last_name = 'Bautista' WHERE id = :i"), {"i": ann})
    engine.dispose()

    migrate_to(pg_url, "0029")
    assert "ix_candidates_search_terms" in indexes(pg_url)
    search_finds(pg_url, tmp_path, ann)


def search_finds(url: str, tmp_path: Path, ann: int) -> None:
    """Ann Bautista (Ann.Lee@X.org) found by short and long words, nobody else."""
    with Workspace.open(database_url=url, data_dir=tmp_path) as ws:
        for typed in ("ann b", "a bau", "bautista a", "lee"):
            assert [r.id for r in ws.candidates.page(CandidateFilter(search=typed))] == [ann]
            assert ws.candidates.count(CandidateFilter(search=typed)) == 1
        assert ws.candidates.count(CandidateFilter(search="ann c")) == 0
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="!!"))] == []


def test_0029_to_0032_leave_sqlite_alone(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    migrate_to(url, "0028")
    migrate_to(url, "0032")
    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ann = ws.intake.add_candidate(camp.id, first_name="Ann", email="ann@x.org")
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="an x"))] == [ann]
