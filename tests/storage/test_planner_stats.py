"""After a bulk import into a young table, PostgreSQL's statistics are taken again (the
contact look-ups were planned for an empty table)."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.planner_stats import StatsKeeper
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

STATS = (
    "SELECT analyze_count, n_mod_since_analyze FROM pg_stat_user_tables"
    " WHERE relname = 'candidates'"
)


def _stats(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            count, changed = conn.execute(text(STATS)).one()
            return int(count), int(changed)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_bulk_import_refreshes_the_statistics_its_lookups_need(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First", "Email"])
        writer.writerows([f"P{i}", f"p{i}@example.com"] for i in range(3000))
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        with ws.db.engine.begin() as conn:  # only this keeper may ANALYZE here
            conn.execute(text("ALTER TABLE candidates SET (autovacuum_enabled = false)"))
        ws.campaigns.create("Imports", hotline_country="PH")
        assert ws.intake.import_csv(path, "Imports").imported == 3000
    deadline = time.monotonic() + 10  # closed sessions report their writes as they end
    while _stats(pg_url) != (0, 3000):  # planned as the empty table it was
        assert time.monotonic() < deadline, _stats(pg_url)
        time.sleep(0.1)
    keeper = StatsKeeper(create_engine(pg_url), "candidates")
    try:
        assert keeper.refresh_if_stale() is True
        assert keeper.refresh_if_stale() is False  # checked at most once a second
    finally:
        keeper.engine.dispose()
    assert _stats(pg_url) == (1, 0)


def test_nothing_to_keep_on_sqlite(ws: Workspace) -> None:
    keeper = StatsKeeper(ws.db.engine, "candidates")
    if ws.db.is_sqlite:
        assert keeper.active is False and keeper.refresh_if_stale() is False
    else:  # the PostgreSQL pass: a fresh workspace changed nothing yet
        assert keeper.active is True and keeper.refresh_if_stale() is False
