"""Analytics and export benchmark on the 1,000,000-candidate demo workspace.

Prints one JSON document:

* ``dashboard``: every dashboard series for a 90-day frame, computed the way the Analytics
  window does (in a worker thread, off the UI thread): cold (first read after opening) and
  warm p50/max, plus the incremental cost after 1,000 recruiter moves were logged. Beside it,
  ``raw_log_scan``: one raw ``sqlite3`` GROUP BY over the activity log for the same frame
  (just the daily counts per series), measured in the same run on the same file.
* ``campaign_export``: time and peak memory (a fresh child process, so the peak is the
  export's own) to export a campaign of at least 100,000 candidates to .xlsx; beside it a
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

from talkpush_desktop.engine import demo  # noqa: E402
from talkpush_desktop.engine.filters import CandidateFilter  # noqa: E402
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
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        cold = _timed_in_worker(pool, ws.dashboard, start, end)
        warm = [_timed_in_worker(pool, ws.dashboard, start, end) for _ in range(repeat)]
        one = [ws.campaigns()[0].id]
        chosen = [_timed_in_worker(pool, ws.dashboard, start, end, one) for _ in range(repeat)]
        inbox = ws.candidate_ids(CandidateFilter(folder=Folder.COMPLETED))[:1000]
        ws.move(inbox, Folder.SHORTLISTED)
        after_moves = _timed_in_worker(pool, ws.dashboard, start, end)
        ws.undo()
    board = ws.dashboard(start, end)
    ws.close()
    return {
        "frame_days": FRAME_DAYS,
        "cold_ms": _ms(cold),
        "warm_p50_ms": _ms(statistics.median(warm)),
        "warm_max_ms": _ms(max(warm)),
        "one_campaign_p50_ms": _ms(statistics.median(chosen)),
        "after_1000_moves_ms": _ms(after_moves),
        "added_in_frame": int(sum(board.overview.values["added"])),
        "raw_log_scan_ms": _ms(_raw_log_scan(folder / DB_FILE, start.isoformat())),
    }


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
    ws.catch_up_analytics()
    elapsed = time.perf_counter() - started
    ws.close()
    return {"activity_rows": rows, "seconds": round(elapsed, 1)}


def _raw_log_scan(db: Path, start: str) -> float:
    """Daily event counts per action over the frame, straight from the log (UTC days)."""
    conn = sqlite3.connect(db)
    started = time.perf_counter()
    conn.execute(
        "SELECT date(at), action, to_folder, count(*) FROM activity WHERE at >= ? GROUP BY 1, 2, 3",
        (start,),
    ).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


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
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
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
from talkpush_desktop.engine.workspace import Workspace
ws = Workspace.open(data_dir=Path(sys.argv[1]))
summary = ws.export_campaign(int(sys.argv[2]), Path(sys.argv[3]))
size = Path(sys.argv[3]).stat().st_size
out = {"rows": getattr(summary, "rows", None), "mb": round(size / 2**20, 1)}
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


def bench_export(folder: Path, tmp: Path) -> dict[str, Any]:
    campaign_id, size = _largest_campaign(folder / DB_FILE)
    export = _child(EXPORT, str(folder), str(campaign_id), str(tmp / "campaign.xlsx"))
    raw = _child(RAW_DUMP, str(folder), str(campaign_id), str(tmp / "raw.csv"))
    return {"campaign_candidates": size, "xlsx": export, "raw_sqlite_csv_dump": raw}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--reuse", type=Path, help="workspace folder to build once and reuse")
    ap.add_argument("--skip-export", action="store_true")
    ap.add_argument("--rebuild", action="store_true", help="also time a full rollup rebuild")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    result: dict[str, Any] = {"candidates": args.candidates, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = args.reuse or tmp / "ws"
        if not (folder / DB_FILE).exists():
            with Workspace.open(data_dir=folder) as ws:
                result["demo_build"] = demo.generate(ws, candidates=args.candidates)
        result["dashboard"] = bench_dashboard(folder, args.repeat)
        if args.rebuild:
            result["rollup_rebuild"] = bench_rebuild(folder)
        if not args.skip_export:
            result["campaign_export"] = bench_export(folder, tmp)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
