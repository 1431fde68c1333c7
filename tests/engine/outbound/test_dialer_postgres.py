"""The dialer on PostgreSQL: two workers claiming at the same moment never dial one attempt
twice (the claim is a compare-and-set on the attempt's state), nor text a lead of an
assessment campaign twice (its texts are claimed FOR UPDATE SKIP LOCKED)."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from support.dialer_campaigns import add_leads, assessment_reminders_due, make_campaign

from talkpush_desktop.engine import owners
from talkpush_desktop.engine.outbound.dialer import attempts
from talkpush_desktop.engine.outbound.dialer.runner import Dialer, DialReport
from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 12, 7, 4, 0)


def race(dialers: list[Dialer], passes: int = 3) -> list[DialReport]:
    """Each dialer runs ``passes`` passes in its own thread, all starting together."""
    start = threading.Barrier(len(dialers))
    reports: list[DialReport] = []

    def work(index: int) -> None:
        start.wait()
        for _ in range(passes):
            reports.append(dialers[index].run_once())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(dialers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in dialers:
        d.close()
    return reports


def test_two_workers_place_each_call_once(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    phones = [f"+6391712{i:05d}" for i in range(60)]
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = make_campaign(ws, T0)
        add_leads(ws, campaign, phones, T0)
        dialers = [ws.dialer.dialer(clock=lambda: T0, batch=40) for _ in range(2)]
        assert sum(r.placed for r in race(dialers)) == len(phones)
        for phone in phones:
            assert len(ws.calls.sandbox_incoming(phone)) == 1


def test_two_workers_text_each_lead_once(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    phones = [f"+6391713{i:05d}" for i in range(60)]
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        assessment_reminders_due(ws, T0 + timedelta(days=30), phones, T0 - timedelta(days=2))
        dialers = [ws.dialer.dialer(clock=lambda: T0) for _ in range(2)]
        assert sum(r.sms_sent for r in race(dialers)) == len(phones)
        for i, phone in enumerate(phones):
            texts = [m.body for m in ws.providers.sandbox_inbox(phone) if m.channel == "sms"]
            assert texts == [f"Hi Lead{i}, reminder."]


def test_two_restarted_workers_take_a_dead_workers_attempts_once(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    phones = [f"+6391714{i:05d}" for i in range(40)]
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait(10)
    dead = owners.process(gone.pid)  # a worker of this host whose process is gone
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = make_campaign(ws, T0)
        add_leads(ws, campaign, phones, T0)
        with ws.transaction() as s:  # it claimed them (intents stored), then died
            attempts.schedule(s, ws.company_id, T0)
            claimed = attempts.claim(
                s, ws.company_id, T0, limit=100, provider="sandbox", owner=dead
            ).claimed
        assert len(claimed) == len(phones)
        dialers = [ws.dialer.dialer(clock=lambda: T0, batch=25) for _ in range(2)]
        reports = race(dialers)  # both start now, well inside the dead worker's lease
        assert sum(r.placed for r in reports) == len(phones)
        for phone in phones:
            assert len(ws.calls.sandbox_incoming(phone)) == 1
