"""The dialer on PostgreSQL: two workers claiming at the same moment never dial one attempt
twice (the claim is a compare-and-set on the attempt's state)."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from support.dialer_campaigns import add_leads, make_campaign

from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 12, 7, 4, 0)


def test_two_workers_place_each_call_once(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    phones = [f"+6391712{i:05d}" for i in range(60)]
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = make_campaign(ws, T0)
        add_leads(ws, campaign, phones, T0)
        dialers = [ws.dialer.dialer(clock=lambda: T0, batch=40) for _ in range(2)]
        start = threading.Barrier(2)
        placed: list[int] = []

        def work(index: int) -> None:
            start.wait()
            for _ in range(3):
                placed.append(dialers[index].run_once().placed)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for d in dialers:
            d.close()
        assert sum(placed) == len(phones)
        for phone in phones:
            assert len(ws.calls.sandbox_incoming(phone)) == 1
