"""The lease owner of a claimed attempt: a worker id per process (host, boot, pid, start),
judged dead only when its process is certainly gone on this host; a live worker's lease
is never taken before it runs out, a dead one's attempts are claimed in doubt at once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from support.dialer_campaigns import add_leads, make_campaign

from talkpush_desktop.engine.outbound.dialer import attempts, worker_id
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CallAttempt

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
LEADS = ["+639171234501", "+639171234502"]


@pytest.fixture
def child() -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def test_a_worker_is_dead_only_when_its_process_is_gone(
    child: subprocess.Popen[bytes],
) -> None:
    me = worker_id.current()
    assert me.startswith(worker_id.host()) and f"|{child.pid}|" not in me
    assert not worker_id.is_dead(me)
    alive = worker_id.of(child.pid)
    assert not worker_id.is_dead(alive)
    name, boot = worker_id.host().split("|", 1)
    host, pid, started = alive.rsplit("|", 2)
    assert not worker_id.is_dead(f"elsewhere|{boot}|{pid}|{started}")  # only its lease tells
    assert worker_id.is_dead(f"{name}|another-boot|{pid}|{started}")  # a previous boot
    assert worker_id.is_dead(f"{host}|{pid}|{int(started) + 1}")  # the pid, reused later
    for garbage in ("", "no-pid", f"{host}|x|1"):
        assert not worker_id.is_dead(garbage)
    child.kill()
    child.wait(10)
    assert worker_id.is_dead(alive)


def claim(ws: Workspace, owner: str, dead: set[str] | None = None) -> list[tuple[int, bool]]:
    """One claim at ``now`` by ``owner`` (``dead`` None: read as a starting worker does):
    the leads claimed, each with whether it is in doubt."""
    now = utcnow()
    with ws.transaction() as s:
        attempts.schedule(s, ws.company_id, now)
        if dead is None:
            dead = attempts.dead_owners(s, ws.company_id, now, worker_id.is_dead)
        found = attempts.claim(
            s, ws.company_id, now, limit=10, provider="twilio", owner=owner, dead=dead
        )
    return sorted((c.lead_id, c.in_doubt) for c in found.claimed)


def test_a_live_workers_attempts_wait_a_dead_ones_are_claimed_at_once(
    ws: Workspace, child: subprocess.Popen[bytes]
) -> None:
    campaign = make_campaign(ws, utcnow() - timedelta(minutes=1), window=("00:00", "23:59"))
    leads = add_leads(ws, campaign, LEADS, utcnow())
    other = worker_id.of(child.pid)  # a live worker on this host claims them
    assert claim(ws, other, dead=set()) == [(lead, False) for lead in leads]
    with ws.transaction() as s:
        assert set(s.scalars(select(CallAttempt.lease_owner))) == {other}
    me = worker_id.current()
    assert claim(ws, me) == []  # its lease holds while it lives
    child.kill()
    child.wait(10)
    # gone: in doubt now, its lease notwithstanding
    assert claim(ws, me) == [(lead, True) for lead in leads]
    with ws.transaction() as s:
        rows = list(s.scalars(select(CallAttempt)))
    assert {(r.lease_owner, r.state, r.provider_call_sid) for r in rows} == {(me, "dialing", "")}
    assert claim(ws, worker_id.of(child.pid)) == []  # taken once only (compare-and-set)
