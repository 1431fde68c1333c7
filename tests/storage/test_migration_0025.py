"""Migration 0025: ``users.my_phone`` comes (empty for existing users) and goes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to


def _columns(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = {c["name"] for c in inspect(conn).get_columns("users")}
    engine.dispose()
    return names


def test_0025_round_trip(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert "my_phone" in _columns(url)
    migrate_to(url, "0023")
    assert "my_phone" not in _columns(url)
    migrate_to(url, "0025")
    with Workspace.open(data_dir=tmp_path) as ws:
        assert ws.recruiter_calls.my_phone() == ""
        assert ws.recruiter_calls.set_my_phone("+639181112222") == "+639181112222"
