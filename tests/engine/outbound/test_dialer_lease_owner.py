"""The lease owner of a claimed attempt (``host:pid:token``, :mod:`engine.owners`, the
outbox's naming): dead only when its process is certainly gone on this host (no such pid,
a zombie, a pid reused by a later process); a live worker's lease is never taken before it
runs out, a dead one's attempts are claimed in doubt at once, once."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from support.dialer_campaigns import add_leads, make_campaign

from talkpush_desktop.engine import owners
from talkpush_desktop.engine.outbound.dialer import attempts
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


def is_dead(owner: str) -> bool:
    return not owners.owner_alive(owner)


def test_a_worker_is_dead_only_when_its_process_is_gone(
    child: subprocess.Popen[bytes],
) -> None:
    me = owners.this_process()
    assert me.startswith(f"{socket.gethostname()}:") and not is_dead(me)
    alive = owners.process(child.pid)
    host, pid, token = alive.split(":")
    uuid8, started = token.split(".")
    assert not is_dead(alive) and not is_dead(f"{host}:{pid}:{uuid8}")  # an older name
    assert not is_dead(f"elsewhere:{pid}:{token}")  # another host: only its lease tells
    assert is_dead(f"{host}:{pid}:{uuid8}.{int(started) + 1}")  # the pid, reused later
    assert is_dead(f"{host}:not-a-pid:{token}")
    child.kill()
    deadline = time.monotonic() + 5
    while not is_dead(alive) and time.monotonic() < deadline:
        time.sleep(0.02)  # the signal lands
    assert is_dead(alive) and child.returncode is None  # a zombie: killed, not yet reaped
    child.wait(10)
    assert is_dead(alive)


def claim(ws: Workspace, owner: str, dead: set[str] | None = None) -> list[tuple[int, bool]]:
    """One claim at ``now`` by ``owner`` (``dead`` None: read as a starting worker does):
    the leads claimed, each with whether it is in doubt."""
    now = utcnow()
    with ws.transaction() as s:
        attempts.schedule(s, ws.company_id, now)
        if dead is None:
            dead = attempts.dead_owners(s, ws.company_id, now, is_dead)
        found = attempts.claim(
            s, ws.company_id, now, limit=10, provider="twilio", owner=owner, dead=dead
        )
    return sorted((c.lead_id, c.in_doubt) for c in found.claimed)


def test_a_live_workers_attempts_wait_a_dead_ones_are_claimed_at_once(
    ws: Workspace, child: subprocess.Popen[bytes]
) -> None:
    campaign = make_campaign(ws, utcnow() - timedelta(minutes=1), window=("00:00", "23:59"))
    leads = add_leads(ws, campaign, LEADS, utcnow())
    other = owners.process(child.pid)  # a live worker on this host claims them
    assert claim(ws, other, dead=set()) == [(lead, False) for lead in leads]
    with ws.transaction() as s:
        assert set(s.scalars(select(CallAttempt.lease_owner))) == {other}
    me = owners.this_process()
    assert claim(ws, me) == []  # its lease holds while it lives
    child.kill()
    child.wait(10)
    # gone: in doubt now, its lease notwithstanding
    assert claim(ws, me) == [(lead, True) for lead in leads]
    with ws.transaction() as s:
        rows = list(s.scalars(select(CallAttempt)))
    assert {(r.lease_owner, r.state, r.provider_call_sid) for r in rows} == {(me, "dialing", "")}
    assert claim(ws, owners.process(child.pid)) == []  # taken once only (compare-and-set)
