"""Migration 0015: ``assessment_invitations`` and ``sandbox_messages.company_id`` come and
go with the sandbox's rows kept; one invitation per candidate and test."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to as migrate

NOW = "2026-12-06 10:00:00"


def _shape(url: str) -> tuple[bool, set[str]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = inspect(conn)
        shape = (
            "assessment_invitations" in found.get_table_names(),
            {c["name"] for c in found.get_columns("sandbox_messages")},
        )
    engine.dispose()
    return shape


def test_0015_round_trip_on_sqlite(tmp_path: Path) -> None:
    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("Engineers", hotline_country="US").id
        candidate = ws.intake.add_candidate(camp, first_name="Ann", email="ann@example.com")
        ws.providers.sandbox_reply("+12125550101", "hello")
    url = sqlite_url(tmp_path / DB_FILE)
    table, columns = _shape(url)
    assert table and "company_id" in columns
    migrate(url, "0014")
    table, columns = _shape(url)
    assert not table and "company_id" not in columns
    migrate(url, "0015")
    assert _shape(url)[0] and "company_id" in _shape(url)[1]

    insert = text(
        "INSERT INTO assessment_invitations (company_id, candidate_id, test_id, invited_at)"
        " VALUES (1, :cand, 't-1', :now)"
    )
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(insert, {"cand": candidate, "now": NOW})
        kept = conn.execute(text("SELECT body, company_id FROM sandbox_messages")).all()
    assert [tuple(r) for r in kept] == [("hello", None)]
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert, {"cand": candidate, "now": NOW})
    engine.dispose()
    with Workspace.open(data_dir=tmp_path) as ws:  # the workspace opens at the head
        [shown] = ws.assessments.invitations(candidate)
        assert (shown.test_id, shown.name, shown.invited_by) == ("t-1", "", None)
