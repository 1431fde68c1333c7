"""Migration 0015 and assessment invitations on PostgreSQL: the tables go down and come
back; an invitation is recorded once (``ON CONFLICT DO NOTHING ... RETURNING``) and adds its
lead; the lead's text shows on the sandbox phone (the company tag) and in ``texts``."""

from __future__ import annotations

import copy
from datetime import timedelta
from pathlib import Path

import pytest

from talkpush_desktop.engine.outbound.dialer.runner import Dialer
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import SEED_CREATE
from tests.storage.test_migration_0014 import migrate_to as migrate
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres
PHONE = "+12125550101"


def test_invitations_and_texts_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    Workspace.open(database_url=pg_url, data_dir=tmp_path).close()
    migrate(pg_url, "0014")
    migrate(pg_url, "0015")
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        site = ws.outbound.add_site("HQ", country="US", primary=True).id
        ws.outbound.add_caller_id("+15551234567")
        job = copy.deepcopy(SEED_CREATE["jobDetails"]) | {
            "autoAddInvitedCandidates": True,
            "assessmentFirstReminderDelayHours": 0,
        }
        body = copy.deepcopy(SEED_CREATE) | {
            "companySiteId": site,
            "callStartTimeUtc": "2030-01-01T15:00:00Z",
            "jobDetails": job,
        }
        campaign = ws.outbound.create(body).id
        test = str(job["assessmentTestId"])
        camp = ws.campaigns.create("Engineers", hotline_country="US").id
        ann = ws.intake.add_candidate(camp, first_name="Ann", email="ann@example.com", phone=PHONE)

        done = ws.assessments.invite([ann, ann], test)
        assert done.invited == (ann,) and [x.campaign_id for x in done.leads] == [campaign]
        assert ws.assessments.invite([ann], test).already_invited == (ann,)
        later = utcnow() + timedelta(seconds=1)
        dialer = Dialer(ws.context, clock=lambda: later, ring=timedelta(seconds=5))
        try:
            dialer.run_once()
        finally:
            dialer.close()
        [text] = ws.outbound.texts(campaign, done.leads[0].lead_id)
        assert text.state == "sent"
        assert [i.body for i in ws.providers.sandbox_inbox(PHONE)] == [text.body]
        assert ws.assessments.submitted([ann], test).leads == done.leads
        assert ws.outbound.lead(campaign, done.leads[0].lead_id).assessment_submitted
