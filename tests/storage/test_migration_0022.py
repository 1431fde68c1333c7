"""Migration 0022: passwords, deleted accounts, command-line sign-in and ``user_tokens``
come and go; the users stay (with no password and not deleted after the upgrade)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0014 import migrate_to


def _shape(url: str) -> tuple[set[str], set[str], set[str]]:
    engine = make_engine(url)
    try:
        found = inspect(engine)
        users = {c["name"] for c in found.get_columns("users")}
        companies = {c["name"] for c in found.get_columns("companies")}
        return users, companies, set(found.get_table_names())
    finally:
        engine.dispose()


def _users(url: str) -> list[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        emails = [r[0] for r in conn.execute(text("SELECT email FROM users ORDER BY id"))]
    engine.dispose()
    return emails


def test_0022_round_trip_keeps_the_users(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    users, companies, tables = _shape(url)
    assert {"password_hash", "deleted_at"} <= users and "cli_sign_in" in companies
    assert "user_tokens" in tables
    before = _users(url)
    assert before
    migrate_to(url, "0020")
    assert _users(url) == before  # the down step recreates no table (no cascade)
    users, companies, tables = _shape(url)
    assert "password_hash" not in users and "cli_sign_in" not in companies
    assert "user_tokens" not in tables
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO companies (id, name, timezone, domain_whitelist, ip_whitelist,"
                " created_at) VALUES (7, 'Acme', 'UTC', '[]', '[]', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (company_id, email, name, is_owner, active, language,"
                " weekly_stats_email, created_at) VALUES"
                " (7, 'o@acme.ph', 'O', 1, 1, 'en', 0, '2026-01-01')"
            )
        )
    engine.dispose()
    migrate_to(url, "0022")
    engine = make_engine(url)
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT is_owner, password_hash, deleted_at FROM users WHERE company_id = 7")
        )
        assert [tuple(r) for r in rows] == [(1, None, None)]
        assert conn.execute(text("SELECT cli_sign_in FROM companies WHERE id = 7")).scalar() == 0
    engine.dispose()
