"""Engine benchmark: a 1,000,000-candidate workspace against a raw sqlite3 baseline.

Prints one JSON document. Every engine figure sits beside the raw ``sqlite3`` figure of
the same query, measured in the same run on the same file, and their ratio.

    python benchmarks/bench_engine.py [--candidates 1000000] [--import-rows 100000]
                                      [--reuse DIR] [--out FILE]

Targets (2-core dev machine): first page < 50 ms, counts < 20 ms, search p95 < 100 ms,
engine/raw <= 1.5 for each, CSV import >= the throughput of a minimal
csv + phonenumbers + email-validator + sqlite3 loop.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from talkpush_desktop.engine import demo  # noqa: E402
from talkpush_desktop.engine.filters import CandidateFilter  # noqa: E402
from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402
from talkpush_desktop.storage.models import Folder  # noqa: E402

SEARCHES = (
    # what a recruiter types, keystroke by keystroke, plus phone and id lookups
    "m", "ma", "mar", "mari", "maria", "maria s", "maria sa", "maria san",
    "j", "jo", "jos", "jose", "jose c", "jose cru",
    "santos", "santos ma", "reyes", "reyes kr", "gmail", "outlook",
    "0917", "0917 12", "+63 918", "639170", "12345", "4567",
    "an", "ang", "angel", "angelica t", "x", "xy",
)
ROW_SQL = (
    "SELECT id, campaign_id, first_name, last_name, email, phone, folder, source, added_at,"
    " completed_at, last_message_preview, unread FROM candidates WHERE {where}"
    " ORDER BY id DESC LIMIT ?"
)
LABEL_SQL = (
    "SELECT candidate_labels.candidate_id, labels.name FROM candidate_labels JOIN labels"
    " ON labels.id = candidate_labels.label_id WHERE candidate_labels.candidate_id IN ({marks})"
    " ORDER BY candidate_labels.candidate_id, labels.automatic DESC, labels.name"
)
PAGE = 50


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` runs (after one warm-up)."""
    fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)


def figure(engine: list[float], raw: list[float]) -> dict[str, float]:
    e, r = statistics.median(engine), statistics.median(raw)
    return {"engine_ms_p50": round(e, 3), "engine_ms_p95": p(engine, 0.95),
            "raw_ms_p50": round(r, 3), "raw_ms_p95": p(raw, 0.95),
            "ratio_p50": round(e / r, 2) if r else 0.0}


def raw_page(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
    rows = conn.execute(ROW_SQL.format(where=where), [*params, PAGE]).fetchall()
    ids = [r[0] for r in rows]
    if ids:
        conn.execute(LABEL_SQL.format(marks=",".join("?" * len(ids))), ids).fetchall()
    return rows


def raw_search_where(query: str) -> tuple[str, list[Any]]:
    from talkpush_desktop.storage import search_index

    words, digits = search_index.parse_query(query)
    expr = search_index.fts_expression(words, digits)
    where = ("company_id = ? AND (id = ? OR id IN (SELECT rowid FROM candidate_search"
             " WHERE candidate_search MATCH ?))")
    compact = query.strip()
    return where, [1, int(compact) if compact.isdigit() else -1, expr]


def bench_queries(ws: Workspace, conn: sqlite3.Connection, repeat: int) -> dict[str, Any]:
    campaign = ws.campaigns()[0].id
    out: dict[str, Any] = {}
    f = CandidateFilter(campaign_id=campaign, folder=Folder.INBOX)
    out["first_page_folder"] = figure(
        timed(lambda: ws.candidates(f, limit=PAGE), repeat),
        timed(lambda: raw_page(conn, "company_id = ? AND campaign_id = ? AND folder = ?",
                               [1, campaign, Folder.INBOX.value]), repeat))
    fa = CandidateFilter(folder=Folder.SHORTLISTED)
    out["first_page_folder_all_campaigns"] = figure(
        timed(lambda: ws.candidates(fa, limit=PAGE), repeat),
        timed(lambda: raw_page(conn, "company_id = ? AND folder = ?",
                               [1, Folder.SHORTLISTED.value]), repeat))
    count_sql = "SELECT folder, sum(count) FROM folder_counts {w} GROUP BY folder"
    out["counts_one_campaign"] = figure(
        timed(lambda: ws.folder_counts(campaign), repeat),
        timed(lambda: conn.execute(count_sql.format(w="WHERE campaign_id IN (?)"),
                                   [campaign]).fetchall(), repeat))
    out["counts_all_campaigns"] = figure(
        timed(lambda: ws.folder_counts(None), repeat),
        timed(lambda: conn.execute(count_sql.format(w="")).fetchall(), repeat))
    engine_ms: list[float] = []
    raw_ms: list[float] = []
    per_query = {}
    for q in SEARCHES:
        fq = CandidateFilter(search=q)
        e = timed(lambda fq=fq: ws.candidates(fq, limit=PAGE), 5)  # type: ignore[misc]
        where, params = raw_search_where(q)
        r = timed(lambda w=where, pr=params: raw_page(conn, w, pr), 5)  # type: ignore[misc]
        engine_ms += e
        raw_ms += r
        per_query[q] = {"engine_ms": round(statistics.median(e), 2),
                        "raw_ms": round(statistics.median(r), 2),
                        "hits_on_page": len(ws.candidates(fq, limit=PAGE))}
    out["search_as_you_type"] = figure(engine_ms, raw_ms) | {"queries": len(SEARCHES),
                                                             "per_query": per_query}
    return out


def write_import_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Email", "Country Code", "Phone Number", "Referee"])
        for i in range(rows):
            w.writerow([f"Bench{i}", f"Person{i % 977}", f"bench.person{i}@example.org", "63",
                        f"0908{i:07d}", "Ana Reyes" if i % 10 == 0 else ""])


def baseline_import(path: Path, db: Path) -> float:
    """Rows/s of the minimal loop: csv + phonenumbers + email-validator + sqlite3."""
    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE c (first TEXT, last TEXT, email TEXT, phone TEXT)")
    start = time.perf_counter()
    n = 0
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        batch = []
        for first, last, email, cc, phone, _ref in reader:
            try:
                em = validate_email(email, check_deliverability=False).normalized
                num = phonenumbers.parse("+" + cc + phone.lstrip("0"))
                if not phonenumbers.is_valid_number(num):
                    continue
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            except (EmailNotValidError, phonenumbers.NumberParseException):
                continue
            batch.append((first, last, em, e164))
            n += 1
            if len(batch) >= 1000:
                conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?)", batch)
                conn.commit()
                batch = []
        conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?)", batch)
        conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return n / elapsed


def bench_import(ws: Workspace, tmp: Path, rows: int) -> dict[str, Any]:
    path = tmp / "import.csv"
    write_import_file(path, rows)
    baseline = baseline_import(path, tmp / "baseline.sqlite3")
    campaign = ws.create_campaign("Benchmark import", hotline_country="PH")
    start = time.perf_counter()
    summary = ws.import_csv(path, campaign.id)
    elapsed = time.perf_counter() - start
    engine = summary.imported / elapsed
    return {"rows": rows, "imported": summary.imported, "rejected": summary.rejected,
            "engine_rows_per_s": round(engine), "baseline_rows_per_s": round(baseline),
            "engine_seconds": round(elapsed, 2),
            "ratio_vs_baseline": round(engine / baseline, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--import-rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--reuse", type=Path, help="workspace folder to build once and reuse")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    proc = psutil.Process()
    result: dict[str, Any] = {"candidates": args.candidates, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = args.reuse or tmp / "ws"
        built = (folder / DB_FILE).exists()
        ws = Workspace.open(data_dir=folder)
        if not built:
            result["demo_build"] = demo.generate(ws, candidates=args.candidates)
        result["rss_mb_after_build"] = round(proc.memory_info().rss / 2**20)
        ws.close()
        ws = Workspace.open(data_dir=folder)
        result["database_mb"] = round((folder / DB_FILE).stat().st_size / 2**20)
        conn = sqlite3.connect(folder / DB_FILE)
        conn.execute("PRAGMA cache_size = -65536")
        result["queries"] = bench_queries(ws, conn, args.repeat)
        result["rss_mb_after_queries"] = round(proc.memory_info().rss / 2**20)
        result["csv_import"] = bench_import(ws, tmp, args.import_rows)
        conn.close()
        ws.close()
    result["peak_rss_mb"] = round(_peak_rss_mb())
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
