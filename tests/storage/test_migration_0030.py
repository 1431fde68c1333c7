"""Migration 0030 on PostgreSQL: the search's index holds the list criteria too (and back
to 0029's terms alone); searches narrowed to a campaign, folder or source find the same
candidates either way. SQLite: ``test_migration_0029.test_0029_to_0032_leave_sqlite_alone``."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_migration_0029 import indexes, search_finds
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)


@pytest.mark.postgres
def test_0030_round_trip_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        manila = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cebu = ws.campaigns.create("CSR Cebu", hotline_country="PH")
        ann = ws.intake.add_candidate(
            manila.id, first_name="Ann", last_name="Bautista", email="Ann.Lee@X.org"
        )
        other = ws.intake.add_candidate(cebu.id, first_name="Ann", email="ann@y.org")
    found = indexes(pg_url)
    assert "ix_candidates_search_terms" not in found
    assert (
        "gin (company_id, campaign_id, folder, source, talkpush_search_terms(search_vector))"
        in found["ix_candidates_search_lists"]
    )
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        narrowed = {
            CandidateFilter(campaign_id=manila.id, search="ann"): [ann],
            CandidateFilter(campaign_id=cebu.id, folder=Folder.INBOX, search="an"): [other],
            CandidateFilter(campaign_id=cebu.id, folder=Folder.HIRED, search="an"): [],
            CandidateFilter(search="ann"): [other, ann],
        }
        for f, expected in narrowed.items():
            assert [r.id for r in ws.candidates.page(f)] == expected
            assert ws.candidates.count(f) == len(expected)

    migrate_to(pg_url, "0029")
    found = indexes(pg_url)
    assert "ix_candidates_search_lists" not in found and "ix_candidates_search_terms" in found
    migrate_to(pg_url, "0030")
    search_finds(pg_url, tmp_path, ann)
