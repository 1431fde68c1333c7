"""Migration 0020: ``call_attempts.lease_owner`` comes and goes; the attempts stay, and
those claimed before it have no owner (they wait for their lease as before)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to
from tests.storage.test_migration_0018 import _columns, one_attempt


def test_0020_round_trip_keeps_the_attempts(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert "lease_owner" in _columns(url)
    migrate_to(url, "0018")
    assert "lease_owner" not in _columns(url) and "turns" in _columns(url)
    one_attempt(url, "dialing")
    migrate_to(url, "0020")
    engine = make_engine(url)
    with engine.begin() as conn:
        rows = conn.execute(text("SELECT idempotency_key, state, lease_owner FROM call_attempts"))
        assert [tuple(r) for r in rows] == [("k-1", "dialing", "")]
    engine.dispose()
    migrate_to(url, "0018")
    assert "lease_owner" not in _columns(url)
