"""Intake API benchmark: 50 concurrent clients posting seed 000 invitations to
``talkpush-desktop serve`` on a 100,000-candidate workspace, beside a minimal FastAPI
endpoint doing one raw sqlite3 INSERT (``benchmarks/minimal_api.py``) on a copy of the same
database, alternated in one run; then ``kill -9`` of the server under load.

The 50 clients are asyncio tasks of this process writing and reading raw HTTP/1.1 on one
keep-alive connection each (about 0.15 ms of CPU a request, so that on two shared cores the
load measures the servers rather than itself); the same client drives both servers.

Prints one JSON document: per endpoint, requests/s, p50/p99 latency (ms), the server
process's CPU time per answered request (from /proc) and the statuses of every round;
``ratio`` (intake / minimal requests/s); ``load_average``: the machine's 1-minute load
average before and after the measured rounds; ``kill``: after SIGKILL, every request answered
201 is a stored candidate (``missing``: 201s not stored) and no email was stored twice
(``twice``); requests whose answer was lost are sent again with their key
after a restart (``retries_replayed``: answered from the stored first answer). Each client
has its own intake key (the server allows a key 50 requests a second); every request has a
new email and an ``Idempotency-Key``. One warm-up request per key goes first (a server
checks a key's secret with scrypt once per process).

    python benchmarks/bench_api.py [--candidates 100000] [--clients 50] [--seconds 20]
        [--rounds 1] [--kill-after 5] [--out FILE] [--template DIR]

``--template DIR`` keeps the built workspace (and its keys) in DIR and reuses it on the next
run with the same ``--candidates`` and ``--clients`` (the build takes over a minute).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402

from talkpush_desktop.engine import demo  # noqa: E402
from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402

ENV = os.environ | {"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def make_template(folder: Path, candidates: int, clients: int) -> tuple[int, list[tuple[str, str]]]:
    """A workspace with ``candidates`` demo candidates, a campaign and one intake key per
    client; the campaign id and the (key, secret) pairs."""
    with Workspace.open(data_dir=folder) as ws:
        demo.generate(ws.context, candidates=candidates)
        camp = ws.campaigns.create("API intake", hotline_country="PH")
        keys = [ws.api_keys.create("intake", f"site {n}") for n in range(clients)]
    db = sqlite3.connect(folder / DB_FILE)
    db.execute("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, first_name TEXT, email TEXT)")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return camp.id, [(k.key, k.secret or "") for k in keys]


def cached_template(
    folder: Path | None, root: Path, candidates: int, clients: int
) -> tuple[Path, int, list[tuple[str, str]], bool]:
    """The template folder, campaign id and keys: built in ``root`` (or in ``folder``, kept),
    or read back from ``folder`` when a run with the same sizes built it; and whether built."""
    if folder is None:
        folder = root / "template"
    meta = folder / "bench.json"
    if meta.exists():
        saved = json.loads(meta.read_text(encoding="utf-8"))
        if (saved["candidates"], saved["clients"]) == (candidates, clients):
            return folder, saved["campaign"], [tuple(k) for k in saved["keys"]], False
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    campaign, keys = make_template(folder, candidates, clients)
    saved = {"candidates": candidates, "clients": clients, "campaign": campaign, "keys": keys}
    meta.write_text(json.dumps(saved), encoding="utf-8")
    return folder, campaign, keys, True


def copy_of(template: Path, root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    shutil.copy(template / DB_FILE, folder / DB_FILE)
    return folder


def start_serve(folder: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder), "serve"]
        + ["--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit(f"serve did not start: {line!r}")
    return proc, line.removeprefix("listening on ")


def start_minimal(folder: Path) -> tuple[subprocess.Popen[str], str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "benchmarks.minimal_api:app", "--port", str(port)]
        + ["--log-level", "warning", "--no-access-log"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=ENV | {"BENCH_DB": str(folder / DB_FILE)},
        cwd=REPO,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{base}/openapi.json", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the minimal endpoint did not start")


def stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


class Load:
    """Results of one load: latencies of answered requests, statuses, the 201 bodies."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.statuses: Counter[str] = Counter()
        self.created: list[tuple[str, int]] = []  # (email, id) of each 201
        self.unanswered: list[dict[str, str]] = []  # sent, but the connection broke
        self.seconds = 0.0
        self.server_cpu_s: float | None = None  # the server process's CPU time (Linux)


class _Broken(Exception):
    """The connection closed before a whole answer came."""


async def _answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 answer (the servers always send Content-Length)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _client(
    n: int, *, base: str, campaign: int, key: tuple[str, str], until: float, load: Load, tag: str
) -> None:
    """One client: requests one after another on a keep-alive connection, written and read
    as raw HTTP/1.1 so that the load costs the shared cores little (the same client drives
    both servers)."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    path = f"/api/talkpush_services/campaigns/{campaign}/campaign_invitations"
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    i = 0
    while time.perf_counter() < until:
        i += 1
        email = f"{tag}-{n}-{i}@bench.example"
        form = {
            "api_key": key[0],
            "api_secret": key[1],
            "campaign_invitation[first_name]": f"Bench{n}",
            "campaign_invitation[last_name]": f"Client{i}",
            "campaign_invitation[email]": email,
            "campaign_invitation[others][referee_id]": f"R{n}",
        }
        body = urlencode(form).encode()
        request = (
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nIdempotency-Key: {email}\r\n\r\n"
        ).encode() + body
        started = time.perf_counter()
        sent = False
        try:
            if conn is None:
                conn = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 30)
            reader, writer = conn
            writer.write(request)
            sent = True
            status, answer = await asyncio.wait_for(_answer(reader), 30)
        except (OSError, EOFError, asyncio.IncompleteReadError, TimeoutError) as exc:
            load.statuses[type(exc).__name__] += 1
            if sent:
                load.unanswered.append(form)
            if conn is not None:
                conn[1].close()
                conn = None
            if not isinstance(exc, TimeoutError):
                await asyncio.sleep(0.05)  # the server is gone: do not spin
            continue
        load.latencies.append((time.perf_counter() - started) * 1000)
        load.statuses[str(status)] += 1
        if status == 201:
            load.created.append((email, int(json.loads(answer)["id"])))
    if conn is not None:
        conn[1].close()


def run_load(
    base: str,
    campaign: int,
    keys: list[tuple[str, str]],
    seconds: float,
    *,
    tag: str,
    during: Callable[[], None] | None = None,
) -> Load:
    load = Load()

    async def main() -> None:
        until = time.perf_counter() + seconds
        tasks = [
            asyncio.create_task(
                _client(n, base=base, campaign=campaign, key=key, until=until, load=load, tag=tag)
            )
            for n, key in enumerate(keys)
        ]
        if during is not None:
            await asyncio.sleep(seconds / 2)
            during()
        await asyncio.gather(*tasks)

    started = time.perf_counter()
    asyncio.run(main())
    load.seconds = time.perf_counter() - started
    return load


def warm_up(base: str, campaign: int, keys: list[tuple[str, str]], tag: str) -> None:
    """One request per client before measuring: a server checks each key's secret with
    scrypt once per process, then remembers it (a one-off, not the steady state)."""
    for n, key in enumerate(keys):
        url = f"{base}/api/talkpush_services/campaigns/{campaign}/campaign_invitations"
        form = {"api_key": key[0], "api_secret": key[1], "campaign_invitation[first_name]": "W"}
        form["campaign_invitation[email]"] = f"{tag}-{n}@warm.example"
        httpx.post(url, data=form, timeout=60)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid`` so far, from /proc (None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def figures(loads: list[Load]) -> dict[str, Any]:
    latencies = sorted(x for load in loads for x in load.latencies)
    ok = sum(load.statuses["201"] for load in loads)
    seconds = sum(load.seconds for load in loads)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    statuses: Counter[str] = Counter()
    for load in loads:
        statuses.update(load.statuses)
    answered = sum(len(load.latencies) for load in loads)
    cpu = [load.server_cpu_s for load in loads]
    per_request = (
        round(1000 * sum(c for c in cpu if c is not None) / answered, 2)
        if answered and None not in cpu
        else None
    )
    return {
        "requests_per_s": round(ok / seconds, 1) if seconds else 0.0,
        "server_cpu_ms_per_request": per_request,
        "p50_ms": round(q[49], 1),
        "p99_ms": round(q[98], 1),
        "statuses": dict(statuses),
        "rounds": [round(load.statuses["201"] / load.seconds, 1) for load in loads],
    }


def retry(base: str, campaign: int, forms: list[dict[str, str]]) -> tuple[list[Any], int]:
    """Send the requests whose answer was lost again, with their Idempotency-Key:
    the (email, id) of each 201 and how many were replays of a stored answer."""
    url = f"{base}/api/talkpush_services/campaigns/{campaign}/campaign_invitations"
    created, replayed = [], 0
    for form in forms:
        email = form["campaign_invitation[email]"]
        r = httpx.post(url, data=form, headers={"Idempotency-Key": email}, timeout=60)
        if r.status_code == 201:
            created.append((email, int(r.json()["id"])))
            replayed += r.headers.get("Idempotent-Replayed") == "true"
    return created, replayed


def kill_check(
    template: Path, root: Path, campaign: int, keys: list[tuple[str, str]], after: float
) -> dict[str, Any]:
    """Kill -9 the server under load, start it again, retry what lost its answer."""
    folder = copy_of(template, root, "kill")
    proc, base = start_serve(folder)
    warm_up(base, campaign, keys, "warm-kill")
    load = run_load(base, campaign, keys, after * 2, tag="kill", during=proc.kill)
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
    proc, base = start_serve(folder)
    try:
        retried, replayed = retry(base, campaign, load.unanswered)
    finally:
        stop(proc)
    db = sqlite3.connect(folder / DB_FILE)
    rows = db.execute("SELECT id, email FROM candidates WHERE email LIKE 'kill-%'").fetchall()
    db.close()
    stored = Counter(email for _id, email in rows)
    ids = {email: cid for cid, email in rows}
    answered = load.created + retried
    return {
        "answered_201": len(load.created),
        "lost_answers_retried": len(load.unanswered),
        "retries_replayed": replayed,
        "stored": len(rows),
        "missing": sum(1 for email, cid in answered if ids.get(email) != cid),
        "twice": sum(1 for n in stored.values() if n > 1),
        "stored_never_answered": len(set(stored) - {email for email, _cid in answered}),
        "statuses": dict(load.statuses),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--kill-after", type=float, default=5)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--template", type=Path, help="keep and reuse the built workspace here")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-api-"))
    try:
        built = time.perf_counter()
        template, campaign, keys, fresh = cached_template(
            args.template, root, args.candidates, args.clients
        )
        result: dict[str, Any] = {
            "candidates": args.candidates,
            "clients": args.clients,
            "seconds": args.seconds,
            "rounds": args.rounds,
        }
        load_before = os.getloadavg()[0]
        if fresh:
            result["build_s"] = round(time.perf_counter() - built, 1)
        loads: dict[str, list[Load]] = {"intake": [], "minimal": []}
        for r in range(args.rounds):
            order = ("intake", "minimal") if r % 2 == 0 else ("minimal", "intake")
            for name in order:
                folder = copy_of(template, root, f"{name}-{r}")
                proc, base = (start_serve if name == "intake" else start_minimal)(folder)
                try:
                    warm_up(base, campaign, keys, f"{name}{r}")
                    before = cpu_seconds(proc.pid)
                    load = run_load(base, campaign, keys, args.seconds, tag=name)
                    after = cpu_seconds(proc.pid)
                    if before is not None and after is not None:
                        load.server_cpu_s = after - before
                    loads[name].append(load)
                finally:
                    stop(proc)
        result["intake"] = figures(loads["intake"])
        result["minimal_sqlite_insert"] = figures(loads["minimal"])
        base_rate = result["minimal_sqlite_insert"]["requests_per_s"]
        result["ratio"] = (
            round(result["intake"]["requests_per_s"] / base_rate, 2) if base_rate else None
        )
        # how busy the shared machine was (1-minute load average, before and after the loads)
        result["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
        result["kill"] = kill_check(template, root, campaign, keys, args.kill_after)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(result, indent=2))
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
