"""The engine benchmark on PostgreSQL: the same figures, each beside raw psycopg.

Used by ``bench_engine.py --database postgresql+psycopg://...`` (an empty database: the
demo workspace is built in it, or reused when it holds one). Every list's first page and
exact count, the maintained folder counts and search as you type are timed through the
engine and, alternating in the same run, as the very SQL the engine ran replayed on a
plain psycopg connection (the hand-written SQL of ``bench_lists.py`` is SQLite's). The
ratio is the engine's own cost over the database's.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import psutil
import psycopg
from sqlalchemy.engine import make_url

from benchmarks import bench_engine
from benchmarks.bench_engine import PAGE, engine_vs_raw, figure
from talkpush_desktop.engine import demo
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.fast_read import SERIAL_READS
from talkpush_desktop.storage.models import Folder

PAGE_TARGET_MS, COUNT_TARGET_MS, SEARCH_P95_TARGET_MS, RATIO_TARGET = 50, 20, 100, 1.5
SERVER_SETTINGS = (
    "shared_buffers",
    "effective_cache_size",
    "work_mem",
    "random_page_cost",
    "max_connections",
    "server_version",
)


def raw_connection(url: str) -> psycopg.Connection[Any]:
    """A plain psycopg connection to ``url`` set up as the engine's reads are (autocommit,
    no parallel workers: ``fast_read.SERIAL_READS``), so a ratio is the engine's own cost."""
    u = make_url(url)
    params = {"dbname": u.database, "user": u.username, "password": u.password}
    params |= {"host": u.host, "port": u.port} | dict(u.query)
    conn = psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True)
    conn.execute(SERIAL_READS)
    return conn


def _lists(ws: Workspace) -> dict[str, CandidateFilter]:
    campaign = ws.campaigns.all()[0].id
    plain = {
        "inbox_of_a_campaign": CandidateFilter(campaign_id=campaign, folder=Folder.INBOX),
        "show_all_of_a_campaign": CandidateFilter(campaign_id=campaign),
        "label_across_campaigns": CandidateFilter(labels=("Priority",)),
        "source_referral": CandidateFilter(source="Referral"),
        "completed": CandidateFilter(completed=True),
    }
    searched = {f"{k}+search": f.with_(search="maria") for k, f in plain.items()}
    return plain | searched


def server_settings(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """The server's memory and planner settings as it runs them (set on the server, in
    postgresql.conf or by ALTER SYSTEM: the engine and the raw baseline share them)."""
    rows = conn.execute(
        "SELECT name, current_setting(name), source FROM pg_settings WHERE name = ANY(%s)",
        (list(SERVER_SETTINGS),),
    ).fetchall()
    return {name: f"{value} ({source})" for name, value, source in sorted(rows)}


def client_cpu(
    ws: Workspace, conn: psycopg.Connection[Any], call: Callable[[], object], runs: int = 20
) -> dict[str, Any]:
    """This process's CPU milliseconds per call, the engine's and the replay's of the same
    statements, and how many statements the call ran: the engine's own work, which a wall
    clock on a loaded machine blurs (each extra millisecond of CPU may wait its turn)."""
    statements, replay = bench_engine.replayed(ws, conn, call)

    def cpu_ms(fn: Callable[[], object]) -> float:
        start = time.process_time()
        for _ in range(runs):
            fn()
        return (time.process_time() - start) * 1000 / runs

    return {"statements": statements, "engine_cpu_ms": round(cpu_ms(call), 3)} | {
        "raw_cpu_ms": round(cpu_ms(replay), 3)
    }


def bench_lists(
    ws: Workspace, conn: psycopg.Connection[Any], repeat: int, only: str = ""
) -> dict[str, Any]:
    """Every list's first page and count (``only``: the lists whose name contains it)."""
    out = {}
    for name, f in _lists(ws).items():
        if only not in name:
            continue
        paged = lambda f=f: ws.candidates.page(f, limit=PAGE)  # noqa: E731
        counted = lambda f=f: ws.candidates.count(f)  # noqa: E731
        page = figure(*engine_vs_raw(ws, conn, paged, repeat)) | client_cpu(ws, conn, paged)
        count = figure(*engine_vs_raw(ws, conn, counted, repeat)) | client_cpu(ws, conn, counted)
        out[name] = {
            "matching": ws.candidates.count(f),
            "page": page,
            "count": count,
            "meets": page["engine_ms_p50"] < PAGE_TARGET_MS
            and count["engine_ms_p50"] < COUNT_TARGET_MS
            and page["ratio_p50"] <= RATIO_TARGET
            and count["ratio_p50"] <= RATIO_TARGET,
        }
    return bench_engine.lists_report(out)


def bench_queries(ws: Workspace, conn: psycopg.Connection[Any], repeat: int) -> dict[str, Any]:
    """The folder counts and search as you type (``bench_engine.bench_queries``), with the
    search target met or not."""
    out = bench_engine.bench_queries(ws, conn, repeat)
    searched = out["search_as_you_type"]
    searched["meets"] = searched["engine_ms_p95"] < SEARCH_P95_TARGET_MS
    return out


def run(url: str, candidates: int, repeat: int, list_repeat: int, only: str = "") -> dict[str, Any]:
    """Build (or reuse) the demo workspace in the database at ``url`` and time it
    (``only``: the lists whose name contains it, no queries)."""
    result: dict[str, Any] = {"database": "postgresql", "candidates": candidates}
    result["cpu_count"] = os.cpu_count()
    result["ram_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    with Workspace.open(database_url=url) as ws:
        if ws.campaigns.is_empty():
            start = time.perf_counter()
            result["demo_build"] = demo.generate(ws.context, candidates=candidates)
            result["demo_build"]["wall_seconds"] = round(time.perf_counter() - start, 1)
    opened = time.perf_counter()
    with Workspace.open(database_url=url) as ws, raw_connection(url) as conn:
        result["open_ms"] = round((time.perf_counter() - opened) * 1000, 1)
        # what autovacuum does after a bulk load: statistics, and the visibility map that
        # lets a count read an index alone (else each entry's row is fetched)
        conn.execute("VACUUM (ANALYZE)")
        result["candidates_in_database"] = conn.execute(
            "SELECT count(*) FROM candidates"
        ).fetchone()[0]  # type: ignore[index]
        result["server_settings"] = server_settings(conn)
        result["load_average_before"] = [round(x, 1) for x in os.getloadavg()]
        start = time.perf_counter()
        result["lists"] = bench_lists(ws, conn, list_repeat, only)
        result["lists"]["seconds"] = round(time.perf_counter() - start, 1)
        if not only:
            result["queries"] = bench_queries(ws, conn, repeat)
        result["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
    return result
