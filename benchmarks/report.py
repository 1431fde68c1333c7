"""The README's benchmark tables, printed from ``benchmarks/results/*.json``.

    python benchmarks/report.py [lists|window|cli|writers|analytics|outbox|api ...]

Run the benchmarks first (CONTRIBUTING.md); paste the tables into the README's Benchmarks
section so its figures are the ones the results folder holds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def _load(name: str) -> Any:
    return json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))


def ms(value: float) -> str:
    """Milliseconds as a reader takes them in (µs below 0.1 ms)."""
    if value < 0.1:
        return f"{value * 1000:.0f} µs"
    if value < 10:
        return f"{value:.2f} ms"
    if value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} ms"


def _row(*cells: object) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def lists() -> list[str]:
    data = _load("engine-1m")
    out = [
        _row(
            "list",
            "matching",
            "first page: engine / by hand",
            "ratio",
            "count: engine / by hand",
            "ratio",
        ),
        _row("---", "---:", "---", "---:", "---", "---:"),
    ]
    for name, v in data["lists"]["lists"].items():
        page, count = v["page"], v["count"]
        out.append(
            _row(
                name,
                f"{v['matching']:,}",
                f"{ms(page['engine_ms_p50'])} / {ms(page['raw_ms_p50'])}",
                page["ratio_p50"],
                f"{ms(count['engine_ms_p50'])} / {ms(count['raw_ms_p50'])}",
                count["ratio_p50"],
            )
        )
    return out


def queries() -> list[str]:
    data = _load("engine-1m")
    queries = data["queries"]
    out = [
        _row("figure", "engine p50 / p95", "raw sqlite3 p50 / p95", "ratio p50 / p95"),
        _row("---", "---", "---", "---"),
    ]
    for key, title in (
        ("counts_one_campaign", "folder counts, one campaign"),
        ("counts_all_campaigns", "folder counts, all campaigns"),
        (
            "search_as_you_type",
            "search as you type (pages of 200)",
        ),
    ):
        v = queries[key]
        out.append(
            _row(
                title,
                f"{ms(v['engine_ms_p50'])} / {ms(v['engine_ms_p95'])}",
                f"{ms(v['raw_ms_p50'])} / {ms(v['raw_ms_p95'])}",
                f"{v['ratio_p50']} / {v['ratio_p95']}",
            )
        )
    imp = data.get("csv_import")
    if imp:
        out += [
            "",
            f"CSV import of {imp['rows']:,} rows into the 1M workspace (median of "
            f"{imp['runs']} alternating runs): engine {imp['engine_rows_per_s']:,} rows/s, plain "
            f"loop {imp['baseline_rows_per_s']:,} ({imp['ratio_vs_baseline']}), same-schema loop "
            f"{imp['same_schema_baseline_rows_per_s']:,} ({imp['ratio_vs_same_schema_baseline']}).",
        ]
    stats = data.get("statistics", {})
    out += [
        "",
        f"Planner statistics: check at open {stats.get('staleness_check_ms')} ms, ANALYZE "
        f"{stats.get('analyze_ms')} ms; peak RSS {data.get('peak_rss_mb')} MB.",
    ]
    return out


def window() -> list[str]:
    d = _load("window-1m")
    labels = d["labels"]
    out = [
        _row("figure", "measured", "engine alone, same query", "target"),
        _row("---", "---", "---", "---"),
    ]
    out.append(
        _row(
            "launch to first paint (median of launches)",
            f"{d['first_paint_s']} s ({', '.join(str(x) for x in d['first_paint_each_s'])})",
            "",
            "< 1.2 s",
        )
    )
    out.append(
        _row(
            "folder switch p50 / max",
            f"{d['folder_switch_ms']['p50']} / {d['folder_switch_ms']['max']} ms",
            "",
            "< 100 ms",
        )
    )
    out.append(
        _row(
            "search after the last keystroke p50 / max",
            f"{d['search_ms']['p50']} / {d['search_ms']['max']} ms",
            "",
            "< 100 ms",
        )
    )
    for key, title in (("all_campaigns", "all campaigns"), ("one_campaign", "within a campaign")):
        v = labels[key]
        click, sel = v["click_to_paint_ms"], v["select_all_to_paint_ms"]
        out.append(
            _row(
                f"label click, {title}: p50 / max",
                f"{click['p50']} / {click['max']} ms",
                f"first page {v['engine_first_page_ms']['p50']} ms",
                "< 100 ms",
            )
        )
        out.append(
            _row(
                f"Select all on a label, {title}: p50 / max",
                f"{sel['p50']} / {sel['max']} ms",
                f"count {v['engine_count_ms']['p50']} ms (on a worker)",
                "< 100 ms",
            )
        )
    t = d["triage"]
    out.append(
        _row(
            f"keyboard triage of {t['candidates']} candidates, key to next candidate "
            "painted: p50 / p95",
            f"{t['p50_ms']} / {t['p95_ms']} ms",
            "",
            "p95 < 50 ms",
        )
    )
    out.append(
        _row(
            "opening the 5,000-message conversation", f"{d['candidate_open_ms']} ms", "", "< 100 ms"
        )
    )
    if d.get("import_rows"):
        out.append(
            _row(
                f"longest UI stall while {d['import_rows']:,} CSV rows import",
                f"{d['import_stall_ms']} ms ({d['import_rows_per_s']:,} rows/s)",
                "",
                "< 100 ms",
            )
        )
    out.append(_row("peak RSS", f"{d['peak_rss_mb']} MB", "", "< 500 MB"))
    return out


def cli() -> list[str]:
    d = _load("cli-1m")
    out = [
        _row("command", "wall time", "plain sqlite3 script", "ratio", "peak RSS", "target"),
        _row("---", "---", "---", "---", "---", "---"),
    ]
    targets = d.get("targets_ms", {})
    for key in ("help", "counts", "list"):
        v = d[key]
        target = f"< {targets[key]} ms" if key in targets else ""
        out.append(
            _row(
                f"`{v['command']}`",
                f"{v['ms']} ms",
                f"{v['raw_sqlite3_ms']} ms",
                v["ratio"],
                f"{v['peak_rss_mb']} MB",
                target,
            )
        )
    return out


def writers() -> list[str]:
    d = _load("writers")
    out = [
        _row("writer threads", "engine adds/s", "raw sqlite3 adds/s", "errors (engine / raw)"),
        _row("---", "---", "---", "---"),
    ]
    for threads, v in d["threads"].items():
        out.append(
            _row(
                threads,
                f"{v['engine_adds_per_s']:,.0f}",
                f"{v['raw_adds_per_s']:,.0f}",
                f"{v['engine_errors']} / {v['raw_errors']}",
            )
        )
    r = d["reads_during_writes"]
    out += [
        "",
        f"A small read while 8 threads add: {r['read_only']['p50_ms']} ms (p95 "
        f"{r['read_only']['p95_ms']} ms) in a read-only session; {r['write_lock']['p50_ms']} ms "
        f"(p95 {r['write_lock']['p95_ms']} ms) in a session that takes the write lock.",
    ]
    return out


def analytics() -> list[str]:
    d = _load("analytics-1m")
    dash, exp = d["dashboard"], d["campaign_export"]
    hand, xw, raw = exp["hand-written"], exp["xlsxwriter"], exp["raw_sqlite_csv_dump"]
    return [
        _row("figure", "measured", "beside it", "target"),
        _row("---", "---", "---", "---"),
        _row(
            f"every dashboard series, {dash['frame_days']} days, all campaigns: p50 / max",
            f"{dash['warm_p50_ms']} / {dash['warm_max_ms']} ms",
            f"its {dash['statements']} SELECTs replayed on raw sqlite3: "
            f"{dash['raw_replay_p50_ms']} ms (ratio {dash['ratio']})",
            "< 1 s",
        ),
        _row("the same, one campaign", f"{dash['one_campaign_p50_ms']} ms", "", ""),
        _row("first read after 1,000 recruiter moves", f"{dash['after_1000_moves_ms']} ms", "", ""),
        _row(
            f"campaign of {exp['campaign_candidates']:,} candidates to .xlsx (fresh process)",
            f"{hand['seconds']} s, {hand['peak_rss_mb']} MB",
            f"XlsxWriter constant_memory: {xw['seconds']} s, {xw['peak_rss_mb']} MB; raw sqlite3 + "
            f"csv: {raw['seconds']} s, {raw['peak_rss_mb']} MB",
            "100,000 in < 30 s, < 300 MB",
        ),
        _row(
            "the writer alone, cells/s",
            f"{hand['writer_cells_per_s']:,}",
            f"XlsxWriter {xw['writer_cells_per_s']:,}",
            "",
        ),
    ]


def outbox() -> list[str]:
    d = _load("outbox")
    o, r = d["outbox"], d["render"]
    return [
        f"Outbox: {o['messages_per_s']} messages/s through the Twilio SDK beside "
        f"{o['plain_requests_loop_per_s']}/s from a bare requests loop ({o['rounds']} alternating "
        f"rounds of {o['messages_per_round']:,}); longest UI stall {o['ui_stall_ms']} ms. Tokens "
        f"for {r['candidates']:,} candidates {r['render_s']} s (raw loop "
        f"{r['raw_sqlite_replace_s']} s); bulk queue of {r['candidates']:,} messages "
        f"{r['bulk_queue_s']} s."
    ]


def api() -> list[str]:
    d = _load("api")
    intake, minimal, kill = d["intake"], d["minimal_sqlite_insert"], d["kill"]
    out = [
        _row("endpoint", "requests/s", "p50", "p99", "server CPU a request"),
        _row("---", "---:", "---:", "---:", "---:"),
    ]
    for title, v in (
        (
            "`serve`: intake (check, store, Duplicate label, invitation queued, idempotency key)",
            intake,
        ),
        ("minimal FastAPI endpoint, one raw INSERT", minimal),
    ):
        cpu = v.get("server_cpu_ms_per_request")
        out.append(
            _row(
                title,
                f"{v['requests_per_s']:,}",
                ms(v["p50_ms"]),
                ms(v["p99_ms"]),
                ms(cpu) if cpu is not None else "",
            )
        )
    load = d.get("load_average")
    busy = f" Load average {load[0]}–{load[1]} on 2 cores during the run." if load else ""
    out += [
        "",
        f"Ratio {d['ratio']}× (target ≥ 0.5×); intake p99 {ms(intake['p99_ms'])} (target "
        f"< 150 ms). Kill -9 under load: {kill['answered_201']} answers of 201, "
        f"{kill['missing']} of them missing, {kill['twice']} stored twice; "
        f"{kill['lost_answers_retried']} lost answers sent again with their key "
        f"({kill['retries_replayed']} answered from the stored first answer); "
        f"{kill['stored']} stored, {kill['stored_never_answered']} never answered.{busy}",
    ]
    return out


SECTIONS: dict[str, Callable[[], list[str]]] = {
    "lists": lists,
    "queries": queries,
    "window": window,
    "cli": cli,
    "writers": writers,
    "analytics": analytics,
    "outbox": outbox,
    "api": api,
}


def main() -> None:
    for name in sys.argv[1:] or list(SECTIONS):
        print(f"<!-- {name} -->")
        print("\n".join(SECTIONS[name]()))
        print()


if __name__ == "__main__":
    main()
