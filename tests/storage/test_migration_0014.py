"""Migration 0014: ``lead_sms`` comes and goes; one text of each kind per lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import make_engine, sqlite_url
from tests.storage.test_migration_0013 import one_lead

NOW = "2026-12-06 10:00:00"


def _has_table(url: str) -> bool:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = "lead_sms" in inspect(conn).get_table_names()
    engine.dispose()
    return found


def _migrate(url: str, target: str) -> None:
    from alembic import command

    engine = make_engine(url)
    with engine.connect() as conn:
        if target == "0013":
            command.downgrade(migrations.alembic_config(conn), target)
        else:  # up to 0014 only: later migrations have tests of their own
            command.upgrade(migrations.alembic_config(conn), target)
        conn.commit()
        assert migrations.current_revision(conn) == target
    engine.dispose()


def test_0014_round_trip_on_sqlite(tmp_path: Path) -> None:
    Workspace.open(data_dir=tmp_path).close()
    url = sqlite_url(tmp_path / DB_FILE)
    assert _has_table(url)
    _migrate(url, "0013")
    assert not _has_table(url)
    _migrate(url, "0014")
    assert _has_table(url)

    company, camp, lead = one_lead(url, "ASSESSMENT_REMINDER")
    insert = text(
        "INSERT INTO lead_sms (company_id, campaign_id, lead_id, kind, due_at, created_at,"
        " updated_at) VALUES (:c, :camp, :lead, :kind, :now, :now, :now)"
    )
    values = {"c": company, "camp": camp, "lead": lead, "now": NOW}
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(insert, values | {"kind": "reminder"})
        conn.execute(insert, values | {"kind": "post_call"})
        state = conn.execute(text("SELECT DISTINCT state FROM lead_sms")).scalars().all()
    assert state == ["due"]
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert, values | {"kind": "reminder"})
    engine.dispose()
    with Workspace.open(data_dir=tmp_path) as ws:  # the workspace opens at the head
        assert [c.title for c in ws.outbound.campaigns().campaigns] == ["T"]
