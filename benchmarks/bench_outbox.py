"""Outbox benchmark: delivery throughput against a local provider server, with the UI
loop's longest stall measured meanwhile, and rendering one template for 10,000 candidates.

Prints one JSON document:

- ``outbox``: N SMS delivered through the sync worker (the official Twilio SDK) to the
  loopback Twilio server running in its own process (every request checked against
  Twilio's OpenAPI description), messages/s; beside it the ceiling of the same server: a
  plain ``requests`` loop posting the same number of messages with no database. The two
  alternate round by round (engine, plain, engine, plain ...) and each rate is the median
  round, so a noisy neighbour cannot favour one side;
- ``ui_stall_ms``: the longest gap of a 10 ms heartbeat QTimer of a Qt event loop (qasync)
  that runs the sync worker, as the window does;
- ``render``: tokens filled in for 10,000 selected candidates (values read with one query per
  500, body compiled once) beside a raw sqlite3 query + ``str.replace`` loop, and the whole
  bulk queue (render + store 10,000 queued messages in one transaction).

    python benchmarks/bench_outbox.py [--messages 1000] [--rounds 3] [--candidates 10000]
                                      [--out FILE]

Targets (2-core dev machine): >= 200 messages/s with the UI stall < 50 ms; render for
10,000 candidates < 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench_support import ChildServer, bench_workspace, write_result  # noqa: E402  (beside this script)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUR_NUMBER = "+15005550006"
BODY = (
    "Hi <%= @candidate_first_name %>, <%= @company %> here: your interview for"
    " <%= @campaign %> is tomorrow."
)


def _serve(conn: Any) -> None:
    """Child process: run the fake Twilio server until told to stop."""
    from support.twilio_server import TwilioServer

    with TwilioServer() as server:
        conn.send((server.url, server.account_sid, server.auth_token))
        conn.recv()
        conn.send((len(server.messages), len(server.violations)))


def bench_render(ws: Any, candidates: int) -> dict[str, Any]:
    from talkpush_desktop.engine.messaging import tokens

    ids = [r.id for r in ws.candidates.page(limit=candidates)]
    with ws.transaction() as s:
        t0 = time.perf_counter()
        values = tokens.values_for_many(s, ws.company_id, ids)
        rendered = tokens.render_many(BODY, values)
        engine_s = time.perf_counter() - t0
    assert len(rendered) == len(ids) and all(r.complete for r in rendered.values())
    raw = sqlite3.connect(ws.data_dir / "workspace.sqlite3")
    t0 = time.perf_counter()
    rows = raw.execute(
        "SELECT c.id, c.first_name, cp.title, co.name FROM candidates c"
        " JOIN campaigns cp ON cp.id = c.campaign_id JOIN companies co ON co.id = c.company_id"
        f" WHERE c.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    baseline = {
        cid: BODY.replace("<%= @candidate_first_name %>", first)
        .replace("<%= @company %>", company)
        .replace("<%= @campaign %>", title)
        for cid, first, title, company in rows
    }
    raw_s = time.perf_counter() - t0
    raw.close()
    assert baseline == {cid: r.text for cid, r in rendered.items()}
    t0 = time.perf_counter()
    queued = ws.messaging.send_messages(ids, BODY, "sms")
    queue_s = time.perf_counter() - t0
    assert len(queued.message_ids) == len(ids)
    return {
        "candidates": len(ids),
        "render_s": round(engine_s, 3),
        "raw_sqlite_replace_s": round(raw_s, 3),
        "ratio": round(engine_s / raw_s, 2),
        "bulk_queue_s": round(queue_s, 3),
    }


def _requeue(ws: Any, messages: int) -> None:
    """Drop every message (the render step's, a previous round's); queue ``messages``."""
    from sqlalchemy import delete

    from talkpush_desktop.storage.models import Message

    with ws.transaction() as s:
        s.execute(delete(Message))
    ids = [r.id for r in ws.candidates.page(limit=messages)]
    assert len(ws.messaging.send_messages(ids, BODY, "sms").message_ids) == messages


def _plain_loop(url: str, sid: str, token: str, n: int) -> float:
    """Seconds to post ``n`` messages with a bare ``requests`` session (no database)."""
    import requests

    session = requests.Session()
    t0 = time.perf_counter()
    for i in range(n):
        r = session.post(
            f"{url}/2010-04-01/Accounts/{sid}/Messages.json",
            data={"To": f"+6391800{i:05d}", "From": OUR_NUMBER, "Body": f"plain {i}"},
            auth=(sid, token),
        )
        r.raise_for_status()
    session.close()
    return time.perf_counter() - t0


def bench_outbox(
    ws: Any, server: tuple[str, str, str], messages: int, rounds: int
) -> dict[str, Any]:
    """Alternate, ``rounds`` times: ``messages`` queued and delivered by the sync worker in a
    qasync loop (heartbeat measured), then the same number posted by a bare ``requests``
    loop to the same server. Rates are the median round of each side."""
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from talkpush_desktop.engine.messaging.sync import SyncWorker

    url, sid, token = server
    settings = {"account_sid": sid, "from_number": OUR_NUMBER, "api_base_url": url}
    ws.providers.configure("sms", "twilio", settings, token)
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    worker = SyncWorker(ws.context)
    gc.freeze()  # as the window does once it is up (views/app.py): no long gen-2 pauses
    engine_s: list[float] = []
    plain_s: list[float] = []

    async def alternate() -> None:
        for _ in range(rounds):
            _requeue(ws, messages)
            last[0] = time.perf_counter()
            timer.start()
            t0 = time.perf_counter()
            await worker.run(once=True)
            engine_s.append(time.perf_counter() - t0)
            timer.stop()
            assert ws.messaging.outbox_status() == {"sent": messages}, ws.messaging.outbox_status()
            plain_s.append(_plain_loop(url, sid, token, messages))

    with loop:
        loop.run_until_complete(alternate())
    worker.close()
    engine = statistics.median(engine_s)
    plain = statistics.median(plain_s)
    return {
        "messages_per_round": messages,
        "rounds": rounds,
        "messages_per_s": round(messages / engine),
        "plain_requests_loop_per_s": round(messages / plain),
        "engine_over_plain": round(engine / plain, 2),  # time ratio; 1.0: no overhead
        "engine_rounds_s": [round(v, 2) for v in engine_s],
        "plain_rounds_s": [round(v, 2) for v in plain_s],
        "ui_stall_ms": round(max(gaps) * 1000, 1),
        "ui_gap_p99_ms": round(sorted(gaps)[int(len(gaps) * 0.99)] * 1000, 1),
        "heartbeats": len(gaps),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1000, help="per round and side")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--candidates", type=int, default=10_000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    with ChildServer(_serve) as twilio, tempfile.TemporaryDirectory() as tmp:
        ws = bench_workspace(Path(tmp), max(args.candidates, args.messages))
        render = bench_render(ws, args.candidates)
        outbox = bench_outbox(ws, twilio.hello, args.messages, args.rounds)
        ws.close()
        server_messages, violations = twilio.stop()
    result = {
        "cpu_count": os.cpu_count(),
        "outbox": outbox | {"violations": violations},
        "render": render,
        "server_messages": server_messages,
    }
    write_result(result, args.out)


if __name__ == "__main__":
    main()
