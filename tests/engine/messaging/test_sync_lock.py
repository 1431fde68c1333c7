"""The sync worker behind another program's write lock: what it sent is recorded once the
lock is gone, and nothing is sent twice."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from talkpush_desktop.engine.messaging.outbox import Claimed, Outcome
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import DB_FILE, Workspace


@pytest.mark.sqlite_only("another program holds SQLite's file lock")
def test_outcomes_blocked_by_a_lock_are_recorded_in_the_next_round(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir, busy_timeout_ms=100) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cid = ws.intake.add_candidate(camp.id, first_name="Lia", phone="0917 555 0001")
        ws.messaging.send_messages([cid], "Hello Lia", channel="sms")
        other = sqlite3.connect(
            workspace_dir / DB_FILE, isolation_level=None, check_same_thread=False
        )
        worker = SyncWorker(ws.context)
        send_lane = worker._attempt_lane

        def send_then_lock(lane: list[Claimed]) -> list[Outcome]:
            outcomes = send_lane(lane)
            other.execute("BEGIN IMMEDIATE")  # another program writes while we send
            return outcomes

        worker._attempt_lane = send_then_lock  # type: ignore[method-assign]

        def release_when_seen() -> None:
            deadline = time.monotonic() + 60
            while worker.lock_waits == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            other.execute("COMMIT")

        releaser = threading.Thread(target=release_when_seen)
        releaser.start()
        try:
            report = asyncio.run(worker.run(once=True, idle=0.1))
        finally:
            releaser.join()
            worker.close()
            other.close()
        assert worker.lock_waits >= 1
        assert report.sent == 1
        assert ws.messaging.outbox_status().get("sending", 0) == 0
        sent = [
            i for i in ws.providers.sandbox_inbox("+639175550001") if i.direction == "to_candidate"
        ]
        assert [i.body for i in sent] == ["Hello Lia"]
