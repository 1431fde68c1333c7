"""Migration 0032 on PostgreSQL: the search's terms hold prefixes of up to five letters
(0029: three), the index rebuilt with them, and back; words of four and five letters find
the same candidates as before. SQLite: ``test_migration_0029``'s
``test_0029_to_0032_leave_sqlite_alone``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.database import make_engine
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_migration_0029 import indexes, search_finds
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)


def indexed_terms(url: str, word: str) -> set[str]:
    """The terms the search's index holds for a candidate whose text is ``word``, and
    (a check that the index was rebuilt with them) the candidates its prefix finds there."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            terms = conn.execute(
                text("SELECT tsvector_to_array(talkpush_search_terms(to_tsvector('simple', :w)))"),
                {"w": word},
            ).scalar_one()
            return set(terms)
    finally:
        engine.dispose()


def found_by_term(url: str, term: str) -> int:
    """How many candidates the index finds holding the exact ``term`` (index only)."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM candidates WHERE "
                        "talkpush_search_terms(search_vector) @@ CAST(:t AS tsquery)"
                    ),
                    {"t": f"'{term}'"},
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_0032_round_trip_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ann = ws.intake.add_candidate(
            camp.id, first_name="Ann", last_name="Bautista", email="Ann.Lee@X.org"
        )
        ws.intake.add_candidate(camp.id, first_name="Bautisto", email="b@y.org")
    assert {"b~", "ba~", "bau~", "baut~", "bauti~", "bautista"} <= indexed_terms(pg_url, "bautista")
    assert found_by_term(pg_url, "bauti~") == 2
    assert "ix_candidates_search_lists" in indexes(pg_url)
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        for typed, expected in {"baut": 2, "bauti ann": 1, "bauta": 0, "annb": 0}.items():
            assert ws.candidates.count(CandidateFilter(search=typed)) == expected, typed
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="bauti lee"))] == [ann]

    migrate_to(pg_url, "0031")
    terms = indexed_terms(pg_url, "bautista")
    assert "bau~" in terms and "baut~" not in terms and "bauti~" not in terms
    assert found_by_term(pg_url, "bauti~") == 0
    assert found_by_term(pg_url, "bau~") == 2
    migrate_to(pg_url, "0032")
    assert found_by_term(pg_url, "bauti~") == 2
    search_finds(pg_url, tmp_path, ann)
