"""Migration 0018: ``call_attempts.turns`` comes and goes; the attempts stay."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0013 import one_lead
from tests.storage.test_migration_0014 import migrate_to

NOW = "2026-12-06 10:00:00"


def _columns(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = {c["name"] for c in inspect(conn).get_columns("call_attempts")}
    engine.dispose()
    return names


def one_attempt(url: str, state: str = "queued") -> None:
    """One call attempt ``k-1`` of a new lead, in ``state`` (leased when dialing)."""
    company, camp, lead = one_lead(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO call_attempts (company_id, campaign_id, lead_id, attempt_no,"
                " scheduled_at, state, lease_until, idempotency_key, created_at, updated_at)"
                " VALUES (:c, :camp, :lead, 1, :now, :state, :lease, 'k-1', :now, :now)"
            ),
            {
                "c": company,
                "camp": camp,
                "lead": lead,
                "now": NOW,
                "state": state,
                "lease": NOW if state == "dialing" else None,
            },
        )
    engine.dispose()


def test_0018_round_trip_keeps_the_attempts(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert "turns" in _columns(url)
    migrate_to(url, "0014")
    assert "turns" not in _columns(url)
    one_attempt(url)
    migrate_to(url, "0018")
    engine = make_engine(url)
    with engine.begin() as conn:
        rows = conn.execute(text("SELECT idempotency_key, turns FROM call_attempts")).all()
        conn.execute(text("""UPDATE call_attempts SET turns = '[{"speaker": "agent"}]'"""))
    engine.dispose()
    assert [tuple(r) for r in rows] == [("k-1", None)]
