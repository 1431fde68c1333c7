"""Migration 0013 on PostgreSQL: the outbound tables go down and come back; one row per
lead and attempt."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_migration_0013 import one_attempt_per_lead, round_trip
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres


def test_migration_0013_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    Workspace.open(database_url=pg_url, data_dir=tmp_path).close()
    round_trip(pg_url)
    one_attempt_per_lead(pg_url)
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        site = ws.outbound.add_site("HQ", country="US", primary=True)
        assert [s.id for s in ws.outbound.sites()] == [site.id]
