"""One sender with several workers on one PostgreSQL database: two ``sync`` processes
deliver the same outbox (SMS through the official Twilio SDK to a loopback Twilio) and
every message goes out exactly once.

The race is made exact: a third connection holds every queued message's row while both
workers start, so both find the same messages due; then it lets go.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from support.cli import process_env

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from support.twilio_server import TwilioServer  # noqa: E402

from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from tests.engine.messaging.test_outbox_twilio import configure  # noqa: E402
from tests.storage.test_postgres import pg_server, pg_url  # noqa: E402

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses

N = 30


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


def _workers_reached_the_outbox(watcher: Engine, locker: int, count: int) -> bool:
    """Whether ``count`` backends besides the ``locker`` read or wrote the messages table
    (asked on a connection of its own: the view is a snapshot per transaction)."""
    with watcher.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(DISTINCT pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), :locker) "
                "AND query ILIKE '%messages%'"
            ),
            {"locker": locker},
        ).scalar()
    return int(found or 0) >= count


def _start_sync(pg_url: str, folder: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "talkpush_desktop", "--database", pg_url]
    return subprocess.Popen(
        [*command, "--data-dir", str(folder), "sync", "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=process_env(),
    )


def test_two_sync_processes_send_every_outbox_message_once(
    pg_url: str, tmp_path: Path, server: TwilioServer
) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        configure(ws, server)
        campaign = ws.campaigns.create("Customer Service", hotline_country="PH")
        phones = [f"+6391755{i:05d}" for i in range(N)]
        for i, phone in enumerate(phones):
            cid = ws.intake.add_candidate(campaign.id, first_name=f"P{i}", phone=phone)
            ws.messaging.queue_message(cid, f"Hello P{i}", "sms")
    engine, watcher = create_engine(pg_url), create_engine(pg_url)
    procs: list[subprocess.Popen[str]] = []
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT id FROM messages WHERE state = 'queued' FOR UPDATE"))
            locker = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
            procs = [_start_sync(pg_url, tmp_path) for _ in range(2)]
            deadline = time.monotonic() + 90
            while not _workers_reached_the_outbox(watcher, locker, 2):
                assert time.monotonic() < deadline, "the workers never reached the outbox"
                assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
                time.sleep(0.05)
            time.sleep(0.3)  # both are at the held rows now
            conn.rollback()
        outcomes = [(p.wait(120), *p.communicate()) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        engine.dispose()
        watcher.dispose()
    assert [code for code, _out, _err in outcomes] == [0, 0], outcomes
    assert {phone: len(server.sent_to(phone)) for phone in phones} == dict.fromkeys(phones, 1)
    assert len(server.messages) == N
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        assert ws.messaging.outbox_status()["sent"] == N
