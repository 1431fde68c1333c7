"""Command-line start-up benchmark: wall time and peak memory of whole processes.

Prints one JSON document. Each case runs a fresh ``python -m talkpush_desktop ...`` (the
console script's code, this checkout) beside a ``python -c`` script on the same interpreter
that does the same work with plain ``sqlite3`` (``--help``: an argparse parser printing its
help). Runs alternate between the two; each figure is the median wall time (the parent's
clock around the process) and the peak RSS the kernel reports for that child (``wait4``).
Both outputs are compared once, so the baseline computes the same result.

- ``help``: ``talkpush-desktop --help``;
- ``counts``: ``counts --json`` (folder counts of every campaign, maintained table);
- ``list``: ``candidates list --limit 50 --json`` (the newest 50 with campaign and labels).

    python benchmarks/bench_cli.py --workspace /tmp/NAME-ws1m [--runs 9] [--out FILE]
                                   [--before CHECKOUT]

``--before`` also runs each command from another checkout (e.g. the main branch before a
change), alternated in the same runs: ``before_ms``. It must open the same schema.

Use a *copy* of a workspace: the command line opens it with this checkout (and would
upgrade an older schema). Byte-code is cached in a temporary folder (as an installed
package has it), after one warm-up run of each command.
Targets (1,000,000-candidate demo): ``--help`` < 150 ms, ``counts`` < 250 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DB_FILE = "workspace.sqlite3"

RAW_HELP = """
import argparse
p = argparse.ArgumentParser(prog="talkpush-desktop")
sub = p.add_subparsers(dest="command")
for name in ("demo", "campaigns", "candidates", "counts", "labels"):
    sub.add_parser(name, help=name)
p.print_help()
"""

RAW_COUNTS = """
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("SELECT folder, SUM(count) FROM folder_counts GROUP BY folder")
print(json.dumps({folder: int(n or 0) for folder, n in rows}, indent=2))
"""

RAW_LIST = """
import json, sqlite3, sys
from datetime import datetime
con = sqlite3.connect(sys.argv[1])
rows = con.execute(
    "SELECT c.id, c.campaign_id, p.title, c.first_name, c.last_name, c.email, c.phone,"
    " c.folder, c.source, c.added_at, c.completed_at, c.last_message_preview, c.unread,"
    " (SELECT json_group_array(json_array(l.name, l.automatic)) FROM candidate_labels cl"
    "  JOIN labels l ON l.id = cl.label_id WHERE cl.candidate_id = c.id)"
    " FROM candidates c JOIN campaigns p ON p.id = c.campaign_id"
    " ORDER BY c.added_at DESC, c.id DESC LIMIT 50"
)
keys = ("id", "campaign_id", "campaign_title", "first_name", "last_name", "email", "phone",
        "folder", "source", "added_at", "completed_at", "last_message_preview", "unread")
def day(text):
    return datetime.fromisoformat(text).isoformat() if text else None
def names(labels):  # automatic labels first, then by name (as the list shows them)
    return [n for n, auto in sorted(json.loads(labels), key=lambda x: (not x[1], x[0].lower()))]
out = [dict(zip(keys, row[:-1]), added_at=day(row[9]), completed_at=day(row[10]),
            unread=bool(row[12]), labels=names(row[13])) for row in rows]
print(json.dumps(out, indent=2))
"""


def _env(cache: Path, checkout: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env | {"PYTHONPATH": str(checkout), "PYTHONPYCACHEPREFIX": str(cache)}


def _run(argv: list[str], env: dict[str, str], out: Path) -> tuple[float, float]:
    """One process to completion: (wall seconds, peak RSS in MB); stdout kept in ``out``.

    It starts in the checkout it runs (``python -m`` puts the current folder first).
    """
    with out.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdout=fh, stderr=subprocess.PIPE, env=env, cwd=env["PYTHONPATH"]
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.stderr is not None
    error = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}... failed ({proc.returncode}): {error}")
    return wall, usage.ru_maxrss / 1024  # KiB on Linux


def _same_result(case: str, ours: str, raw: str) -> bool:
    """The baseline printed what the command prints (``--help``: both are help texts)."""
    if case == "help":
        return ours.startswith("usage: talkpush-desktop") and raw.startswith("usage:")
    return bool(json.loads(ours) == json.loads(raw))


def bench(workspace: Path, runs: int, before: Path | None = None) -> dict[str, Any]:
    py = sys.executable
    db = str(workspace / DB_FILE)
    app = [py, "-m", "talkpush_desktop", "--data-dir", str(workspace)]
    cases = {
        "help": ([py, "-m", "talkpush_desktop", "--help"], [py, "-c", RAW_HELP]),
        "counts": ([*app, "counts", "--json"], [py, "-c", RAW_COUNTS, db]),
        "list": ([*app, "candidates", "list", "--limit", "50", "--json"], [py, "-c", RAW_LIST, db]),
    }
    result: dict[str, Any] = {"runs": runs, "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        env = _env(Path(tmp) / "pycache")
        envs = {"ours": env, "raw": env}
        if before is not None:
            envs["before"] = _env(Path(tmp) / "pycache-before", before)
        outs = {side: Path(tmp) / f"{side}.out" for side in envs}
        for case, (ours, raw) in cases.items():
            sides = {"ours": ours, "raw": raw} | ({"before": ours} if before else {})
            for side, argv in sides.items():  # warm-up: byte-code cached, pages in the OS cache
                _run(argv, envs[side], outs[side])
            same = _same_result(case, outs["ours"].read_text(), outs["raw"].read_text())
            times: dict[str, list[float]] = {side: [] for side in sides}
            rss: dict[str, list[float]] = {side: [] for side in sides}
            for _ in range(runs):
                for side, argv in sides.items():
                    wall, peak = _run(argv, envs[side], outs[side])
                    times[side].append(wall)
                    rss[side].append(peak)
            ours_ms = statistics.median(times["ours"]) * 1000
            raw_ms = statistics.median(times["raw"]) * 1000
            result[case] = {
                "command": " ".join(["talkpush-desktop", *ours[3:]]).replace(str(workspace), "WS"),
                "ms": round(ours_ms, 1),
                "raw_sqlite3_ms": round(raw_ms, 1),
                "ratio": round(ours_ms / raw_ms, 2),
                "peak_rss_mb": round(max(rss["ours"]), 1),
                "raw_peak_rss_mb": round(max(rss["raw"]), 1),
                "same_result": same,
            }
            if before is not None:
                result[case]["before_ms"] = round(statistics.median(times["before"]) * 1000, 1)
                result[case]["before_peak_rss_mb"] = round(max(rss["before"]), 1)
    result["targets_ms"] = {"help": 150, "counts": 250}
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", type=Path, required=True, help="a COPY of a workspace folder")
    ap.add_argument("--runs", type=int, default=9, help="alternating runs per case")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    ap.add_argument("--before", type=Path, help="a checkout to time beside this one")
    args = ap.parse_args()
    if not (args.workspace / DB_FILE).is_file():
        raise SystemExit(f"no {DB_FILE} in {args.workspace}")
    result = bench(args.workspace, args.runs, args.before)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
