"""Migration 0013 on PostgreSQL: the outbound tables go down and come back; one row per
lead and attempt."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import SEED_CREATE
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
        ws.outbound.add_caller_id("+15551234567")
        camp = ws.outbound.create(SEED_CREATE | {"companySiteId": site.id})
        leads = [
            {"email": "ada@example.com", "firstName": "Ada", "lastName": "Love_Lace"},
            {"email": "adam@example.com", "firstName": "ADAM", "lastName": "Lovelace"},
        ]
        added = ws.outbound.add_leads(camp.id, {"leads": leads})
        assert (added.added, len(added.lead_ids)) == (2, 2)
        assert ws.outbound.leads(camp.id, search="ada").total == 2
        assert [x.email for x in ws.outbound.leads(camp.id, search="e_l").leads] == [
            "ada@example.com"  # "_" is a character, not a wildcard
        ]
        assert ws.outbound.add_leads(camp.id, {"leads": leads}).skipped == 2
        assert ws.outbound.leads(camp.id, search="ad\x00a").total == 2  # never a DataError
        with pytest.raises(OutboundError) as err:
            ws.outbound.create(SEED_CREATE | {"companySiteId": site.id, "title": "T\x00"})
        assert err.value.details == {"title": '"title" must not contain null characters'}
