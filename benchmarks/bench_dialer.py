"""Dialer benchmark: a company campaign's leads dialled through a loopback Twilio server at an
unlimited pace, beside bare ``requests`` loops posting the same calls to the same server.

The fake Twilio server (every request checked against Twilio's OpenAPI description) runs in
its own process. The leads of one INTEREST_CHECK campaign are split into rounds; the sides
alternate round by round (engine, plain, threaded plain, engine, ...) and each rate is the
median round, so a noisy neighbour cannot favour one side:

- ``engine``: :meth:`Dialer.run_once` (schedule the attempts, claim a batch with the
  selection rule and the do-not-call list, mark them dialing, place the calls with the
  official SDK from 8 threads, ``MachineDetection=Enable``, record the SIDs);
- ``plain``: one ``requests.Session`` posting the same form in a loop (no database);
- ``plain_threaded``: the same posts from 8 threads, as the engine sends them.

Engine overhead per call (ms) = (engine round - best plain round) / calls. Target: the
engine's calls/s >= 0.7x the best plain side.

    python benchmarks/bench_dialer.py [--leads 10000] [--rounds 5] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

CALLER_ID = "+15005550006"
THREADS = 8


def _serve(conn: Any) -> None:
    """Child process: run the fake Twilio server until told to stop."""
    from support.twilio_server import TwilioServer

    with TwilioServer() as server:
        conn.send((server.url, server.account_sid, server.auth_token))
        conn.recv()
        conn.send((len(server.calls), len(server.violations), server.violations[:5]))


def _phones(n: int, base: int) -> list[str]:
    return [f"+63917{base + i:07d}" for i in range(n)]


def _workspace(folder: Path, leads: int) -> tuple[Any, Any]:
    from support.dialer_campaigns import add_leads, make_campaign

    from talkpush_desktop.engine.timeutil import utcnow
    from talkpush_desktop.engine.workspace import Workspace

    ws = Workspace.open(data_dir=folder)
    now = utcnow()
    campaign = make_campaign(ws, now - timedelta(minutes=1), window=("00:00", "23:59"))
    add_leads(ws, campaign, _phones(leads, 0), now)
    return ws, campaign


def _form(to: str, twiml: str) -> dict[str, str]:
    return {
        "To": to,
        "From": CALLER_ID,
        "Twiml": twiml,
        "MachineDetection": "Enable",
        "Timeout": "30",
    }


def _post(session: Any, url: str, auth: tuple[str, str], to: str, twiml: str) -> None:
    r = session.post(
        f"{url}/2010-04-01/Accounts/{auth[0]}/Calls.json", data=_form(to, twiml), auth=auth
    )
    r.raise_for_status()


def _plain(url: str, auth: tuple[str, str], phones: list[str], twiml: str) -> float:
    """Seconds to post the calls with one bare ``requests`` session, in a loop."""
    import requests

    session = requests.Session()
    t0 = time.perf_counter()
    for to in phones:
        _post(session, url, auth, to, twiml)
    session.close()
    return time.perf_counter() - t0


def _plain_threaded(url: str, auth: tuple[str, str], phones: list[str], twiml: str) -> float:
    """The same posts from ``THREADS`` threads, one session each (as the engine sends)."""
    import threading

    import requests

    local = threading.local()

    def one(to: str) -> None:
        session = getattr(local, "s", None) or requests.Session()
        local.s = session
        _post(session, url, auth, to, twiml)

    with ThreadPoolExecutor(THREADS) as pool:
        t0 = time.perf_counter()
        list(pool.map(one, phones))
        return time.perf_counter() - t0


def bench(ws: Any, server: tuple[str, str, str], leads: int, rounds: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from talkpush_desktop.engine.outbound.dialer.dialer_calls import TwilioDialer
    from talkpush_desktop.engine.outbound.dialer.runner import Dialer, call_twiml, plan_of
    from talkpush_desktop.storage.models import CallAttempt, CompanyCampaign

    url, sid, token = server
    per_round = leads // rounds
    dialer = Dialer(
        ws.context,
        line_for=lambda caller: TwilioDialer(sid, token, caller, api_base_url=url),
        concurrency=THREADS,
        batch=per_round,
        poll_every=3600.0,
        paced=False,
    )
    with ws.context.reading() as s:
        twiml = call_twiml(plan_of(s.scalars(select(CompanyCampaign)).one()))
    engine_s: list[float] = []
    plain_s: list[float] = []
    threaded_s: list[float] = []
    auth = (sid, token)
    for r in range(rounds):
        t0 = time.perf_counter()
        report = dialer.run_once()
        engine_s.append(time.perf_counter() - t0)
        assert report.placed == per_round, report
        plain_s.append(_plain(url, auth, _phones(per_round, 1_000_000 + r * per_round), twiml))
        others = _phones(per_round, 5_000_000 + r * per_round)
        threaded_s.append(_plain_threaded(url, auth, others, twiml))
    dialer.close()
    with ws.context.reading() as s:
        placed = s.scalar(
            select(func.count()).select_from(CallAttempt).where(CallAttempt.provider_call_sid != "")
        )
    engine, plain, threaded = (statistics.median(v) for v in (engine_s, plain_s, threaded_s))
    best = min(plain, threaded)
    return {
        "leads": leads,
        "rounds": rounds,
        "calls_per_round": per_round,
        "engine_calls_per_s": round(per_round / engine, 1),
        "plain_requests_loop_calls_per_s": round(per_round / plain, 1),
        "plain_threaded_calls_per_s": round(per_round / threaded, 1),
        "engine_vs_best_plain": round(best / engine, 2),  # rate ratio; target >= 0.7
        "engine_overhead_ms_per_call": round((engine - best) / per_round * 1000, 3),
        "engine_rounds_s": [round(v, 2) for v in engine_s],
        "plain_rounds_s": [round(v, 2) for v in plain_s],
        "plain_threaded_rounds_s": [round(v, 2) for v in threaded_s],
        "attempts_with_sid": placed,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.get_context("spawn").Process(target=_serve, args=(child,))
    proc.start()
    url, sid, token = parent.recv()
    with tempfile.TemporaryDirectory() as tmp:
        ws, _campaign = _workspace(Path(tmp), args.leads)
        result = bench(ws, (url, sid, token), args.leads, args.rounds)
        ws.close()
    parent.send("stop")
    server_calls, violations, examples = parent.recv()
    proc.join(10)
    out = {
        "cpu_count": os.cpu_count(),
        "dialer": result,
        "server_calls": server_calls,
        "violations": violations,
        "violation_examples": examples,
    }
    text = json.dumps(out, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
