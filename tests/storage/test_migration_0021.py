"""Migration 0021: the polled feeds' tables (sheets, Lead Ads, their leads) come and go."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to

TABLES = {"intake_sheets", "lead_ads", "lead_ad_leads"}


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    engine.dispose()
    return names


def test_0021_round_trip(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert TABLES <= _tables(url)
    migrate_to(url, "0018")
    assert not TABLES & _tables(url)
    migrate_to(url, "0021")
    assert TABLES <= _tables(url)
    with Workspace.open(data_dir=tmp_path) as ws:
        assert ws.sheets.list_sheets() == [] and ws.leadads.list_ads()["ads"] == []
