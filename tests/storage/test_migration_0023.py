"""Migration 0023: ``share_links`` and ``weekly_emails`` come and go; a weekly email is made
once per user and week (the unique key), and the other tables stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_0023_round_trip_and_one_weekly_email_per_user_and_week(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert {"share_links", "weekly_emails"} <= _tables(url)
    migrate_to(url, "0020")
    assert not {"share_links", "weekly_emails"} & _tables(url)
    assert "call_attempts" in _tables(url)
    migrate_to(url, "0023")
    engine = make_engine(url)
    insert = text(
        "INSERT INTO weekly_emails (company_id, user_id, week_start, recipient, state, error,"
        " provider_id, subject, html, created_at) SELECT company_id, id, '2026-11-30',"
        " email, 'queued', '', '', '', '', '2026-12-07 08:00:00' FROM users LIMIT 1"
    )
    with engine.begin() as conn:
        conn.execute(insert)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert)
    engine.dispose()
    migrate_to(url, "0020")
    assert "weekly_emails" not in _tables(url)
