"""Leads list of one company campaign at 100,000 leads: the engine against hand-written SQL.

Each case (no filter, a common and a rare search, a status bucket, both, a deep page) is
timed through ``ws.outbound.leads`` (a page of 50 and its total) and through the SQL a
person would write on a plain ``sqlite3`` connection for the same page and count (a count
and an id-ordered page). Targets (issue 17): p95 < 50 ms and at most 1.5x the hand SQL.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_support import write_result

from talkpush_desktop.engine.workspace import DB_FILE, Workspace

NAMES = ("Ada", "Grace", "Alan", "Linus", "Maria", "Jose", "Rico", "Imelda", "Barbara", "Ken")
BUCKETS = ("Pending", "Pending", "Pending", "Interested", "NotInterested", "NoAnswer")
CASES: dict[str, dict[str, Any]] = {
    "all": {},
    "search common (ada, ~10%)": {"search": "ada"},
    "search rare (one email prefix)": {"search": "lead3_99"},
    "search everything (example)": {"search": "example"},
    "status NoAnswer": {"status": "NoAnswer"},
    "search + status": {"search": "ada", "status": "Interested"},
    "page 200": {"page": 200},
}
COLUMNS = (
    "id, first_name, last_name, email, phone, status, flow_status, assessment_submitted,"
    " added_at, next_attempt_no, linkedin, campaign_id"
)
LIMIT = 50


def build(folder: Path, leads: int) -> tuple[Workspace, int, float]:
    """A workspace with one campaign of ``leads`` leads; the seconds the adds took."""
    ws = Workspace.open(data_dir=folder)
    site = ws.outbound.add_site("HQ", country="US", primary=True)
    ws.outbound.add_caller_id("+15551234567")
    camp = ws.outbound.create(
        {
            "title": "Bench",
            "timezone": "America/New_York",
            "companySiteId": site.id,
            "phoneNumber": "+15551234567",
            "purposeType": "INTEREST_CHECK",
            "openingMessage": "Hi",
            "closingMessage": "Bye",
            "callStartTimeUtc": "2026-06-01T15:00:00Z",
            "jobDetails": {"jobTitle": "Bench"},
        }
    )
    rng = random.Random(17)
    started = time.perf_counter()
    for chunk in range(0, leads, 10_000):
        body = [
            {
                "email": f"lead{chunk // 10_000}_{i}@example.com",
                "firstName": rng.choice(NAMES),
                "lastName": f"L{i}",
                "phoneNumber": f"+1555{rng.randint(1_000_000, 9_999_999)}",
            }
            for i in range(min(10_000, leads - chunk))
        ]
        ws.outbound.add_leads(camp.id, {"leads": body})
    seconds = time.perf_counter() - started
    db = sqlite3.connect(folder / DB_FILE)
    rows = [(rng.choice(BUCKETS), i) for (i,) in db.execute("SELECT id FROM campaign_leads")]
    db.executemany("UPDATE campaign_leads SET status = ? WHERE id = ?", rows)
    db.commit()
    db.close()
    return ws, camp.id, seconds


def hand(db: sqlite3.Connection, campaign: int, case: dict[str, Any]) -> tuple[int, list[Any]]:
    """The page and the count as a person writes them."""
    where, args = ["campaign_id = ?"], [campaign]
    if case.get("status"):
        where.append("status = ?")
        args.append(case["status"])
    if case.get("search"):
        where.append("instr(search_key, ?) > 0")
        args.append(case["search"].lower())
    sql_where = " AND ".join(where)
    total = db.execute(f"SELECT count(*) FROM campaign_leads WHERE {sql_where}", args).fetchone()
    offset = (case.get("page", 1) - 1) * LIMIT
    rows = db.execute(
        f"SELECT {COLUMNS} FROM campaign_leads WHERE {sql_where} ORDER BY id LIMIT ? OFFSET ?",
        [*args, LIMIT, offset],
    ).fetchall()
    return total[0], rows


def _percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
    }


def timed_pair(
    engine: Callable[[], Any], baseline: Callable[[], Any], rounds: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Percentiles of ``engine`` and ``baseline``, alternated round by round so both see
    the same machine."""
    engine(), baseline()  # warm
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for fn, into in ((engine, times[0]), (baseline, times[1])):
            started = time.perf_counter()
            fn()
            into.append((time.perf_counter() - started) * 1000)
    return _percentiles(times[0]), _percentiles(times[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=60)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, campaign, add_s = build(Path(tmp), args.leads)
        ws.close()
        ws = Workspace.open(data_dir=tmp)  # statistics current, as a user's next start
        db = sqlite3.connect(Path(tmp) / DB_FILE)
        cases = {}
        for name, case in CASES.items():
            page = ws.outbound.leads(campaign, limit=LIMIT, **case)
            total, rows = hand(db, campaign, case)
            assert (page.total, [x.id for x in page.leads]) == (total, [r[0] for r in rows])
            engine, raw = timed_pair(
                lambda case=case: ws.outbound.leads(campaign, limit=LIMIT, **case),
                lambda case=case: hand(db, campaign, case),
                args.rounds,
            )
            cases[name] = {
                "total": total,
                "engine": engine,
                "hand_sql": raw,
                "p95_ratio": round(engine["p95_ms"] / max(raw["p95_ms"], 0.01), 2),
            }
        db.close()
        ws.close()
    write_result(
        {
            "cpu_count": os.cpu_count(),
            "leads": args.leads,
            "add_leads_per_s": round(args.leads / add_s),
            "cases": cases,
            "worst_p95_ms": max(c["engine"]["p95_ms"] for c in cases.values()),
            "worst_p95_ratio": max(c["p95_ratio"] for c in cases.values()),
        },
        args.out,
    )


if __name__ == "__main__":
    main()
