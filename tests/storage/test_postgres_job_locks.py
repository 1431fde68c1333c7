"""One holder per job on a PostgreSQL database: of two sync workers (two workstations)
only one polls the feeds, pulls replies or drives calls; when it stops, or its process is
killed, the other takes the job over within seconds (a minute at most)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.cli import process_env

from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.job_locks import JobLocks
from tests.storage.test_postgres import pg_server, pg_url

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses

HAND_OVER_S = 60


class CountingFeeds:
    """The feeds pass, counted (what it polls is tested elsewhere)."""

    def __init__(self) -> None:
        self.runs = 0

    def run_once(self) -> int:
        self.runs += 1
        return 0

    def close(self) -> None:
        pass


def test_only_one_of_two_workers_polls_the_feeds_and_the_other_takes_over(
    pg_url: str, tmp_path: Path
) -> None:
    with (
        Workspace.open(database_url=pg_url, data_dir=tmp_path) as here,
        Workspace.open(database_url=pg_url, data_dir=tmp_path) as there,
    ):
        feeds = [CountingFeeds(), CountingFeeds()]
        first = SyncWorker(here.context, feeds=feeds[0])
        second = SyncWorker(there.context, feeds=feeds[1])
        try:
            for _ in range(3):
                asyncio.run(first.poll_feeds())
                asyncio.run(second.poll_feeds())
            assert [f.runs for f in feeds] == [3, 0]
            assert second.holds("calls") and not first.holds("calls")  # jobs apart
            first.close()  # a workstation closes: its jobs go with it
            closed = time.monotonic()
            while not feeds[1].runs:  # the server frees the locks as the session ends
                assert time.monotonic() - closed < HAND_OVER_S
                asyncio.run(second.poll_feeds())
                time.sleep(0.05)
            assert feeds[1].runs == 1
        finally:
            first.close()
            second.close()


HOLDER = """
import sys, time
from talkpush_desktop.storage.job_locks import JobLocks
locks = JobLocks(sys.argv[1])
assert locks.held("talkpush/feeds/1")
print("holding", flush=True)
time.sleep(600)
"""


def test_a_killed_holders_job_is_taken_over_within_a_minute(pg_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, pg_url],
        stdout=subprocess.PIPE,
        text=True,
        env=process_env(),
        start_new_session=True,
    )
    locks = JobLocks(pg_url)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        assert not locks.held("talkpush/feeds/1")
        assert locks.held("talkpush/feeds/2")  # another company's job is free
        os.killpg(holder.pid, signal.SIGKILL)
        killed = time.monotonic()
        while not locks.held("talkpush/feeds/1"):
            assert time.monotonic() - killed < HAND_OVER_S
            time.sleep(0.1)
        print(f"taken over {time.monotonic() - killed:.2f} s after the kill")
        assert locks.holding() == {"talkpush/feeds/1", "talkpush/feeds/2"}
    finally:
        locks.close()
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=10)


def test_on_sqlite_every_job_is_the_workers_own(ws: Workspace) -> None:
    worker = SyncWorker(ws.context)
    try:
        assert worker.holds("feeds") and worker.holds("pull")
    finally:
        worker.close()


CLAIMER = """
import sys, time
from pathlib import Path
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace
ws = Workspace.open(database_url=sys.argv[1], data_dir=Path(sys.argv[2]))
worker = SyncWorker(ws.context)
worker.owner = "another-machine:4242:feedbeef.1"  # as a workstation elsewhere names itself
print(len(worker._claim()), flush=True)  # leased for two minutes, never sent
time.sleep(600)
"""


def test_messages_leased_by_a_dead_workstation_elsewhere_are_taken_over_at_once(
    pg_url: str, tmp_path: Path
) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = ws.campaigns.create("Customer Service", hotline_country="PH")
        for i in range(3):
            cid = ws.intake.add_candidate(campaign.id, first_name=f"P{i}", email=f"p{i}@x.org")
            ws.messaging.queue_message(cid, "Hello", "email")
        claimer = subprocess.Popen(
            [sys.executable, "-c", CLAIMER, pg_url, str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
            env=process_env(),
            start_new_session=True,
        )
        worker = SyncWorker(ws.context)
        try:
            assert claimer.stdout is not None and claimer.stdout.readline() == "3\n"
            assert worker._claim() == []  # the other workstation's, while it runs
            os.killpg(claimer.pid, signal.SIGKILL)
            claimer.wait(10)
            killed = time.monotonic()
            while not (taken := worker._claim()):
                assert time.monotonic() - killed < HAND_OVER_S
                time.sleep(0.1)
            assert len(taken) == 3 and all(c.in_doubt for c in taken)  # asked before resent
        finally:
            worker.close()
            if claimer.poll() is None:
                claimer.kill()
            claimer.communicate(timeout=10)
