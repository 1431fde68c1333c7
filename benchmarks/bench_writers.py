"""Writers benchmark: manual adds from 1, 8 and 50 threads at once on one SQLite workspace.

Prints one JSON document. For each thread count, the engine's add path
(``Workspace.add_candidate``: duplicate check, candidate row, search index, folder count,
activity, Duplicate label) runs beside a raw ``sqlite3`` loop written by hand with
``BEGIN IMMEDIATE`` (per add: the same duplicate look-up, the candidate row - the search
trigger fires -, the activity row and the folder count, then COMMIT): same threads, same
row count, each on a fresh copy of the same workspace, alternating which goes first.
``errors`` counts every add that raised (the engine's must be 0). ``reads_during_writes``
times a small read while 8 engine threads add, in a read-only session (deferred BEGIN, what
the engine uses for reads) and in a writing one (BEGIN IMMEDIATE): the cost a read would pay
if every session took the write lock.

    python benchmarks/bench_writers.py [--adds 1200] [--threads 1,8,50] [--rounds 2] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402
from talkpush_desktop.storage.models import Candidate  # noqa: E402

CAMPAIGN = "Writers"


def make_template(folder: Path) -> tuple[int, dict[str, Any]]:
    """A migrated workspace with one campaign; its id and one candidate row to copy."""
    with Workspace.open(data_dir=folder) as ws:
        camp = ws.campaigns.create(CAMPAIGN, hotline_country="PH")
        ws.intake.add_candidate(camp.id, first_name="Template", email="template@writers.example")
    db = sqlite3.connect(folder / DB_FILE)
    db.row_factory = sqlite3.Row
    row = dict(db.execute("SELECT * FROM candidates").fetchone())
    db.execute("DELETE FROM candidates")
    db.execute("DELETE FROM activity")
    db.execute("UPDATE folder_counts SET count = 0")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    del row["id"]
    return camp.id, row


def fresh_copy(template: Path, root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    shutil.copy(template / DB_FILE, folder / DB_FILE)
    return folder


def in_threads(threads: int, adds: int, work: Callable[[int, int], int]) -> tuple[float, int]:
    """Run ``work(thread, count)`` in ``threads`` threads (``adds`` in all): seconds, errors."""
    share = [adds // threads + (1 if n < adds % threads else 0) for n in range(threads)]
    errors = [0] * threads
    start = threading.Barrier(threads + 1)

    def run(n: int) -> None:
        start.wait()
        errors[n] = work(n, share[n])

    pool = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in pool:
        t.join()
    return time.perf_counter() - t0, sum(errors)


def engine_run(folder: Path, campaign_id: int, threads: int, adds: int) -> dict[str, Any]:
    with Workspace.open(data_dir=folder) as ws:

        def work(n: int, count: int) -> int:
            errors = 0
            for i in range(count):
                try:
                    ws.intake.add_candidate(
                        campaign_id, first_name="E", email=f"e{n}-{i}@writers.example"
                    )
                except Exception:
                    errors += 1
            return errors

        seconds, errors = in_threads(threads, adds, work)
        with ws.reading() as s:
            stored = s.scalar(select(func.count()).select_from(Candidate))
    return {"adds_per_s": round(adds / seconds, 1), "errors": errors, "stored": stored}


def raw_run(folder: Path, row: dict[str, Any], threads: int, adds: int) -> dict[str, Any]:
    columns = list(row)
    insert = (
        f"INSERT INTO candidates ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    )
    path = folder / DB_FILE

    def work(n: int, count: int) -> int:
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        errors = 0
        for i in range(count):
            email = f"r{n}-{i}@writers.example"
            values = row | {"email": email, "email_key": email}
            try:
                db.execute("BEGIN IMMEDIATE")
                db.execute(
                    "SELECT id FROM candidates WHERE company_id = ? AND email_key = ?",
                    (row["company_id"], email),
                ).fetchall()
                cid = db.execute(insert, [values[c] for c in columns]).lastrowid
                db.execute(
                    "INSERT INTO activity (company_id, campaign_id, candidate_id, action, "
                    "to_folder, detail, at) VALUES (?, ?, ?, 'added', 'Inbox', 'Manual', ?)",
                    (row["company_id"], row["campaign_id"], cid, row["added_at"]),
                )
                db.execute(
                    "UPDATE folder_counts SET count = count + 1 "
                    "WHERE campaign_id = ? AND folder = 'Inbox'",
                    (row["campaign_id"],),
                )
                db.execute("COMMIT")
            except sqlite3.Error:
                errors += 1
                if db.in_transaction:
                    db.execute("ROLLBACK")
        db.close()
        return errors

    seconds, errors = in_threads(threads, adds, work)
    db = sqlite3.connect(path)
    stored = db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0]
    db.close()
    return {"adds_per_s": round(adds / seconds, 1), "errors": errors, "stored": stored}


def reads_during_writes(folder: Path, campaign_id: int, samples: int) -> dict[str, Any]:
    """p50/p95 ms of one count in a read-only vs a writing session while 8 threads add."""
    stop = threading.Event()
    with Workspace.open(data_dir=folder) as ws:

        def writer(n: int) -> None:
            i = 0
            while not stop.is_set():
                ws.intake.add_candidate(
                    campaign_id, first_name="W", email=f"w{n}-{i}@writers.example"
                )
                i += 1

        pool = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
        for t in pool:
            t.start()
        timings: dict[str, list[float]] = {"read_only": [], "write_lock": []}
        query = select(func.count()).select_from(Candidate)
        try:
            for i in range(2 * samples):
                kind = "read_only" if i % 2 == 0 else "write_lock"
                session = ws.reading if kind == "read_only" else ws.transaction
                t0 = time.perf_counter()
                with session() as s:
                    s.scalar(query)
                timings[kind].append((time.perf_counter() - t0) * 1000)
                time.sleep(0.005)
        finally:
            stop.set()
            for t in pool:
                t.join()
    return {kind: summary(values) for kind, values in timings.items()}


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adds", type=int, default=1200, help="adds per run (all threads)")
    ap.add_argument("--threads", default="1,8,50")
    ap.add_argument("--rounds", type=int, default=2, help="alternating engine/raw rounds")
    ap.add_argument("--read-samples", type=int, default=100)
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-writers-"))
    try:
        template = root / "template"
        campaign_id, row = make_template(template)
        results: dict[str, Any] = {"adds": args.adds, "rounds": args.rounds, "threads": {}}
        for threads in (int(t) for t in args.threads.split(",")):
            runs: dict[str, list[dict[str, Any]]] = {"engine": [], "raw": []}
            for r in range(args.rounds):
                order = ("engine", "raw") if r % 2 == 0 else ("raw", "engine")
                for kind in order:
                    folder = fresh_copy(template, root, f"{kind}-{threads}-{r}")
                    if kind == "engine":
                        runs[kind].append(engine_run(folder, campaign_id, threads, args.adds))
                    else:
                        runs[kind].append(raw_run(folder, row, threads, args.adds))
                    shutil.rmtree(folder)
            engine = statistics.median(x["adds_per_s"] for x in runs["engine"])
            raw = statistics.median(x["adds_per_s"] for x in runs["raw"])
            results["threads"][str(threads)] = {
                "engine_adds_per_s": engine,
                "raw_adds_per_s": raw,
                "raw_over_engine": round(raw / engine, 2),
                "engine_errors": sum(x["errors"] for x in runs["engine"]),
                "raw_errors": sum(x["errors"] for x in runs["raw"]),
                "engine_lost": sum(args.adds - x["stored"] for x in runs["engine"]),
            }
        folder = fresh_copy(template, root, "reads")
        results["reads_during_writes"] = reads_during_writes(folder, campaign_id, args.read_samples)
        results["errors"] = sum(t["engine_errors"] for t in results["threads"].values())
        results["cpus"] = os.cpu_count()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
