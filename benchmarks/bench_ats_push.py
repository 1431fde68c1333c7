"""ATS push benchmark: what the push adds to a bulk move, and delivery to a loopback ATS.

Prints one JSON document:

- ``move``: N candidates moved Inbox -> Shortlisted in one call with no ATS push set
  (the baseline), then, with pushes on for ``shortlisted``, the same move queueing N
  pushes (ATS JSON built and stored in the move's transaction);
- ``deliver``: those N pushes sent by the sync worker (``run(once=True)``: claim, POST
  signed, record) to the loopback ATS (tests/support/ats_receiver.py, in its own
  process), pushes/s; beside it the ceiling of the same ATS: a plain ``requests`` loop
  posting the same N signed bodies with no database.

    python benchmarks/bench_ats_push.py [--candidates 5000] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench_support import ChildServer, bench_workspace, write_result  # noqa: E402  (beside this script)


def _serve(conn: Any) -> None:
    """Child process: the loopback ATS, until told to stop; then how many keys it took."""
    from support.ats_receiver import AtsReceiver

    with AtsReceiver() as ats:
        conn.send((ats.url, ats.secret))
        conn.recv()
        bad = sum(not p.signature_ok for p in ats.requests)
        conn.send((len(ats.keys()), len(ats.requests), bad))


def _timed_move(ws: Any, ids: list[int], folder: str) -> float:
    start = time.perf_counter()
    ws.candidates.move(ids, folder)
    return time.perf_counter() - start


def bench_move(ws: Any, url: str, secret: str) -> dict[str, Any]:
    ids = ws.candidates.ids()
    off_s = _timed_move(ws, ids, "Shortlisted")
    ws.candidates.move(ids, "Inbox")
    ws.ats.configure(url, ["shortlisted"], secret)
    on_s = _timed_move(ws, ids, "Shortlisted")
    return {"candidates": len(ids), "no_push_s": round(off_s, 3), "with_push_s": round(on_s, 3)}


def _plain_loop(url: str, secret: str, bodies: list[str]) -> float:
    import requests

    from talkpush_desktop.engine.providers.ats_http import sign

    start = time.perf_counter()
    with requests.Session() as http:
        for i, body in enumerate(bodies):
            data = body.encode()
            headers = {"X-Talkpush-Signature": sign(secret, data), "Idempotency-Key": f"plain-{i}"}
            http.post(url, data=data, headers=headers, timeout=10).raise_for_status()
    return time.perf_counter() - start


def bench_deliver(ws: Any, url: str, secret: str) -> dict[str, Any]:
    from talkpush_desktop.engine.messaging.sync import SyncWorker

    ids = ws.candidates.ids()
    bodies = [json.dumps({"id": i, "state": "shortlisted"}) for i in ids]
    worker = SyncWorker(ws.context)
    start = time.perf_counter()
    try:
        report = asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    engine_s = time.perf_counter() - start
    plain_s = _plain_loop(url, secret, bodies)
    return {
        "pushes": report.sent,
        "engine_per_s": round(report.sent / engine_s, 1),
        "plain_requests_per_s": round(len(bodies) / plain_s, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=5000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    with ChildServer(_serve) as ats, tempfile.TemporaryDirectory() as tmp:
        url, secret = ats.hello
        ws = bench_workspace(Path(tmp), args.candidates)
        move = bench_move(ws, url, secret)
        deliver = bench_deliver(ws, url, secret)
        ws.close()
        keys, requests_seen, bad_signatures = ats.stop()
    result = {
        "cpu_count": os.cpu_count(),
        "move": move,
        "deliver": deliver,
        "ats_distinct_keys": keys,
        "ats_requests": requests_seen,
        "bad_signatures": bad_signatures,
    }
    write_result(result, args.out)


if __name__ == "__main__":
    main()
