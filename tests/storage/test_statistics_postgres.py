"""PostgreSQL's planner statistics after a bulk import into a young table: taken again by
the import (its contact look-ups were planned for an empty table), not left to autovacuum."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage import statistics
from talkpush_desktop.storage.models import Candidate
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres

STATS = (
    "SELECT analyze_count, reltuples::bigint FROM pg_stat_user_tables"
    " JOIN pg_class ON pg_class.oid = relid WHERE pg_class.relname = 'candidates'"
)


def _stats(url: str) -> tuple[int, int]:
    """ANALYZE runs on the candidates and the planner's row estimate."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            count, planned = conn.execute(text(STATS)).one()
            return int(count), int(planned)
    finally:
        engine.dispose()


def _settled(url: str, want: tuple[int, int]) -> tuple[int, int]:
    """The figures once closed sessions have reported their ANALYZE runs."""
    deadline = time.monotonic() + 10
    while (now := _stats(url)) != want and time.monotonic() < deadline:
        time.sleep(0.1)
    return now


def _csv(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First", "Email"])
        writer.writerows([f"P{i}", f"p{i}@example.com"] for i in range(start, start + n))
    return path


def test_an_import_leaves_fresh_statistics(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        with ws.db.engine.begin() as conn:  # only the workspace may ANALYZE here
            conn.execute(text("ALTER TABLE candidates SET (autovacuum_enabled = false)"))
        ws.campaigns.create("Imports", hotline_country="PH")
        assert ws.intake.import_csv(_csv(tmp_path / "a.csv", 3000), "Imports").imported == 3000
    analysed, planned = _settled(pg_url, (1, 3000))
    assert analysed >= 1 and planned == 3000  # the planner knows the 3,000
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        ws.intake.import_csv(_csv(tmp_path / "b.csv", 100, start=3000), "Imports")
    assert _settled(pg_url, (analysed, 3000)) == (analysed, 3000)  # 100 of 3,100: still fresh


def test_the_keeper_refreshes_stale_statistics_at_most_once_a_second(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        with ws.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE candidates SET (autovacuum_enabled = false)"))
        camp = ws.campaigns.create("Bulk", hotline_country="PH")
        first = ws.intake.add_candidate(camp.id, first_name="P", email="p@example.com")
        names = [c.name for c in Candidate.__table__.columns if c.name != "id"]
        copied = ["'p' || g || '@x.org'" if n in ("email", "email_key") else n for n in names]
        with ws.db.engine.begin() as conn:  # rows written below the engine: no import's ANALYZE
            conn.execute(
                text(
                    f"INSERT INTO candidates ({', '.join(names)}) SELECT {', '.join(copied)}"
                    " FROM candidates, generate_series(1, 3000) g WHERE id = :id"
                ),
                {"id": first},
            )
        keeper = statistics.Keeper(ws.db.engine)
        assert _settled(pg_url, (0, -1)) == (0, -1)  # never analysed
        assert keeper.step() is True
        assert keeper.step() is False  # checked at most once a second
    assert _settled(pg_url, (1, 3001)) == (1, 3001)
