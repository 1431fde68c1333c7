"""Migration 0013: the outbound calling tables come and go; a lead's attempt is unique."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import make_engine, sqlite_url

TABLES = {
    "company_sites",
    "site_users",
    "caller_ids",
    "company_campaigns",
    "campaign_leads",
    "call_attempts",
    "do_not_call",
}
NOW = "2026-01-05 10:00:00"


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    engine.dispose()
    return names


def round_trip(url: str) -> None:
    """Down to 0012 (the tables go), up to the head again (they come back, usable)."""
    from alembic import command

    assert TABLES <= _tables(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0012")
        conn.commit()
        assert migrations.current_revision(conn) == "0012"
    engine.dispose()
    assert not TABLES & _tables(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        migrations.upgrade(conn)
        conn.commit()
        assert migrations.current_revision(conn) == migrations.HEAD
    engine.dispose()
    assert TABLES <= _tables(url)


def one_lead(url: str, purpose: str = "INTEREST_CHECK") -> tuple[int, int, int]:
    """A campaign of ``purpose`` with one lead, as rows: (company, campaign, lead)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        company = conn.execute(text("SELECT min(id) FROM companies")).scalar()
        conn.execute(
            text(
                "INSERT INTO company_campaigns (company_id, title, timezone, phone_number,"
                " purpose_type, questions, job_details, retries, created_at, updated_at)"
                " VALUES (:c, 'T', 'UTC', '+15551234567', :purpose, '[]', '{}',"
                " '[]', :now, :now)"
            ),
            {"c": company, "now": NOW, "purpose": purpose},
        )
        camp = conn.execute(text("SELECT max(id) FROM company_campaigns")).scalar()
        conn.execute(
            text(
                "INSERT INTO campaign_leads (company_id, campaign_id, email, email_key,"
                " added_at, updated_at) VALUES (:c, :camp, 'a@x.io', 'a@x.io', :now, :now)"
            ),
            {"c": company, "camp": camp, "now": NOW},
        )
        lead = conn.execute(text("SELECT max(id) FROM campaign_leads")).scalar()
    engine.dispose()
    return int(company), int(camp), int(lead)


def one_attempt_per_lead(url: str) -> None:
    """UNIQUE(lead_id, attempt_no): a second row for the same attempt is refused."""
    company, camp, lead = one_lead(url)
    engine = make_engine(url)
    insert = text(
        "INSERT INTO call_attempts (company_id, campaign_id, lead_id, attempt_no, scheduled_at,"
        " idempotency_key, created_at, updated_at)"
        " VALUES (:c, :camp, :lead, 1, :now, :key, :now, :now)"
    )
    with engine.begin() as conn:
        conn.execute(insert, {"c": company, "camp": camp, "lead": lead, "now": NOW, "key": "k1"})
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert, {"c": company, "camp": camp, "lead": lead, "now": NOW, "key": "k2"})
    engine.dispose()


def test_0013_round_trip_on_sqlite(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    round_trip(url)
    one_attempt_per_lead(url)
    with Workspace.open(data_dir=tmp_path) as ws:
        assert [c.title for c in ws.outbound.campaigns().campaigns] == ["T"]
