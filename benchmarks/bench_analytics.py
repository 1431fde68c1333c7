"""Analytics and export benchmark on the 1,000,000-candidate demo workspace.

Prints one JSON document:

* ``dashboard``: every dashboard series for a 90-day frame, computed the way the Analytics
  window does (in a worker thread, off the UI thread): cold (first read after opening) and
  warm p50/max, plus the incremental cost after 1,000 recruiter moves were logged. Beside it,
  ``raw_replay``: the very SELECTs the engine sent for one warm dashboard (captured with
  SQLAlchemy's ``before_cursor_execute``), replayed with their parameters on a plain
  ``sqlite3`` connection to the same file, every row fetched; the two alternate, warm
  call then replay, ``--repeat`` times. The ratio is what the engine adds over its SQL.
* ``campaign_export``: time and peak memory (a fresh child process, so the peak is the
  export's own) to export the largest campaign to .xlsx, once with the hand-written
  streaming writer the app uses and once with XlsxWriter's ``constant_memory`` mode (same
  rows: the export's own, see ``xlsx_writers.py``), alternated ``--export-rounds`` times;
  ``writer_s`` / ``writer_cells_per_s`` count only the writer's own time. Beside them a
  raw ``sqlite3`` + ``csv`` dump of the same candidates' columns.

    python benchmarks/bench_analytics.py [--candidates 1000000] [--reuse DIR] [--out FILE]

Targets (2-core dev machine): dashboard 90 days < 1 s; campaign export of 100,000
candidates < 30 s and < 300 MB peak RSS.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from talkpush_desktop.engine import demo  # noqa: E402
from talkpush_desktop.engine.candidates.filters import CandidateFilter  # noqa: E402
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402
from talkpush_desktop.storage.models import Folder  # noqa: E402

FRAME_DAYS = 90


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _timed_in_worker(pool: concurrent.futures.Executor, fn: Any, *args: Any) -> float:
    started = time.perf_counter()
    pool.submit(fn, *args).result()
    return time.perf_counter() - started


def bench_dashboard(folder: Path, repeat: int) -> dict[str, Any]:
    ws = Workspace.open(data_dir=folder)
    end = utcnow().date()
    start = end - timedelta(days=FRAME_DAYS - 1)
    db = folder / DB_FILE
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        cold = _timed_in_worker(pool, ws.analytics.dashboard, start, end)
        statements = _statements_of(ws, lambda: ws.analytics.dashboard(start, end))
        raw = sqlite3.connect(db, check_same_thread=False)
        warm, replayed = [], []
        for _ in range(repeat):  # alternated: the engine, then its SQL replayed raw
            warm.append(_timed_in_worker(pool, ws.analytics.dashboard, start, end))
            replayed.append(_timed_in_worker(pool, _replay, raw, statements))
        raw.close()
        one = [ws.campaigns.all()[0].id]
        chosen = [
            _timed_in_worker(pool, ws.analytics.dashboard, start, end, one) for _ in range(repeat)
        ]
        inbox = ws.candidates.ids(CandidateFilter(folder=Folder.COMPLETED))[:1000]
        ws.candidates.move(inbox, Folder.SHORTLISTED)
        after_moves = _timed_in_worker(pool, ws.analytics.dashboard, start, end)
        ws.undo()
    board = ws.analytics.dashboard(start, end)
    ws.close()
    return {
        "frame_days": FRAME_DAYS,
        "cold_ms": _ms(cold),
        "warm_p50_ms": _ms(statistics.median(warm)),
        "warm_max_ms": _ms(max(warm)),
        "raw_replay_p50_ms": _ms(statistics.median(replayed)),
        "raw_replay_max_ms": _ms(max(replayed)),
        "ratio": round(statistics.median(warm) / statistics.median(replayed), 2),
        "statements": len(statements),
        "one_campaign_p50_ms": _ms(statistics.median(chosen)),
        "after_1000_moves_ms": _ms(after_moves),
        "added_in_frame": int(sum(board.overview.values["added"])),
    }


def _statements_of(ws: Workspace, call: Any) -> list[tuple[str, Any]]:
    """The SELECTs the engine sends to SQLite during ``call``, with their parameters."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, params))

    event.listen(ws.db.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", record)
    return seen


def _replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    """The engine's statements on a plain sqlite3 connection, every row fetched."""
    for statement, params in statements:
        conn.execute(statement, params).fetchall()


def bench_rebuild(folder: Path) -> dict[str, Any]:
    """The whole rollup rebuilt from the log: the one-off cost after an upgrade to a
    workspace with history, or after the company's time zone changed."""
    from sqlalchemy import delete, update

    from talkpush_desktop.storage.models import (
        Activity,
        AnalyticsDaily,
        AnalyticsRollup,
        AnalyticsRollupState,
    )

    ws = Workspace.open(data_dir=folder)
    with ws.transaction() as s:
        s.execute(delete(AnalyticsRollup))
        s.execute(delete(AnalyticsDaily))
        s.execute(update(AnalyticsRollupState).values(last_activity_id=0))
        rows = s.query(Activity).count()
    started = time.perf_counter()
    ws.analytics.catch_up()
    elapsed = time.perf_counter() - started
    ws.close()
    return {"activity_rows": rows, "seconds": round(elapsed, 1)}


def _largest_campaign(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT campaign_id, count(*) FROM candidates GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    conn.close()
    return int(row[0]), int(row[1])


def _child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints JSON, we add its peak RSS."""
    wrapper = (
        "import json, sys, time\n"
        f"sys.path[:0] = {[str(Path(__file__).resolve().parents[i]) for i in (1, 0)]!r}\n"
        "t = time.perf_counter()\n"
        f"{code}\n"
        "out['seconds'] = round(time.perf_counter() - t, 2)\n"
        # VmHWM is this process's own peak (ru_maxrss would carry the parent's across exec)
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "out['peak_rss_mb'] = round(int(hwm.split()[1]) / 1024)\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


EXPORT = """
from pathlib import Path
import xlsx_writers
from talkpush_desktop.engine.workspace import Workspace
writer = xlsx_writers.use(sys.argv[4])
ws = Workspace.open(data_dir=Path(sys.argv[1]))
summary = ws.exports.campaign(int(sys.argv[2]), Path(sys.argv[3]))
size = Path(sys.argv[3]).stat().st_size
writer_s = xlsx_writers.WRITER_SECONDS[0]
out = {
    "rows": summary.rows,
    "mb": round(size / 2**20, 1),
    "writer_s": round(writer_s, 2),
    "writer_cells_per_s": round(writer.cells[0] / writer_s),
}
ws.close()
"""

RAW_DUMP = """
import csv, sqlite3
conn = sqlite3.connect(sys.argv[1] + "/workspace.sqlite3")
with open(sys.argv[3], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    n = 0
    rows = conn.execute(
        "SELECT * FROM candidates WHERE campaign_id = ? ORDER BY id", (int(sys.argv[2]),)
    )
    for row in rows:
        w.writerow(row)
        n += 1
out = {"rows": n}
"""


def bench_export(folder: Path, tmp: Path, rounds: int) -> dict[str, Any]:
    """The campaign export with each writer, alternated ``rounds`` times (same campaign, same
    rows, a fresh process each), then a raw sqlite3 + csv dump of the same candidates."""
    from xlsx_writers import WRITERS

    campaign_id, size = _largest_campaign(folder / DB_FILE)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in WRITERS}
    for _ in range(rounds):
        for name in WRITERS:
            path = tmp / f"campaign-{name}.xlsx"
            runs[name].append(_child(EXPORT, str(folder), str(campaign_id), str(path), name))
            path.unlink()
    raw = _child(RAW_DUMP, str(folder), str(campaign_id), str(tmp / "raw.csv"))
    result: dict[str, Any] = {"campaign_candidates": size, "rounds": rounds}
    for name, each in runs.items():
        best = min(each, key=lambda r: r["seconds"])
        result[name] = best | {"seconds_each": [r["seconds"] for r in each]}
    hand, library = result["hand-written"], result["xlsxwriter"]
    result["writer_speedup_hand_over_xlsxwriter"] = round(
        hand["writer_cells_per_s"] / library["writer_cells_per_s"], 2
    )
    result["raw_sqlite_csv_dump"] = raw
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--reuse", type=Path, help="workspace folder to build once and reuse")
    ap.add_argument("--skip-export", action="store_true")
    ap.add_argument("--export-rounds", type=int, default=2, help="exports per writer, alternated")
    ap.add_argument("--rebuild", action="store_true", help="also time a full rollup rebuild")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    result: dict[str, Any] = {"candidates": args.candidates, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = args.reuse or tmp / "ws"
        if not (folder / DB_FILE).exists():
            with Workspace.open(data_dir=folder) as ws:
                result["demo_build"] = demo.generate(ws.context, candidates=args.candidates)
        result["dashboard"] = bench_dashboard(folder, args.repeat)
        if args.rebuild:
            result["rollup_rebuild"] = bench_rebuild(folder)
        if not args.skip_export:
            result["campaign_export"] = bench_export(folder, tmp, args.export_rounds)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
