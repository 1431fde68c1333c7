"""Many writers on one SQLite workspace at once: threads and processes adding and moving
candidates, two imports of one file, the sync worker behind another program's lock, and
many threads reading through the fast-read path. None may see "database is locked"."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from support import workspace_db
from support.cli import REPO, process_env
from support.writers import email, write

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage.fast_read import KEEP_IDLE

THREADS, PROCESSES, CANDIDATES, SECONDS = 8, 2, 2000, 20.0
SHARE = CANDIDATES // (THREADS + PROCESSES)


def _cli(folder: Path, *args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder), *args],
        env=process_env(),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,
    )


def test_threads_and_processes_add_and_move_without_a_lost_write(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("Many Writers", hotline_country="PH")
        env = process_env(PYTHONPATH=os.pathsep.join((str(REPO), str(REPO / "tests"))))
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "support.writers",
                    str(workspace_dir),
                    str(camp.id),
                    f"p{n}",
                    str(SHARE),
                    str(SECONDS),
                    str(n),
                ],
                env=env,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for n in range(PROCESSES)
        ]
        with ThreadPoolExecutor(THREADS) as pool:
            futures = [
                pool.submit(write, ws, camp.id, f"t{n}", SHARE, seconds=SECONDS, seed=100 + n)
                for n in range(THREADS)
            ]
            results = [f.result() for f in futures]
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            results.append(json.loads(out))
        assert [r["errors"] for r in results] == [[]] * (THREADS + PROCESSES)
        assert all(r["moves"] > 0 for r in results)
        added = {cid for r in results for cid in r["added"]}
        assert len(added) == CANDIDATES
        maintained = {k: v for k, v in ws.candidates.folder_counts(camp.id).items() if v}
    stored = dict(
        workspace_db.query(
            workspace_dir, "SELECT id, email FROM candidates WHERE campaign_id = ?", (camp.id,)
        )
    )
    counted = dict(
        workspace_db.query(
            workspace_dir,
            "SELECT folder, COUNT(*) FROM candidates WHERE campaign_id = ? GROUP BY folder",
            (camp.id,),
        )
    )
    assert set(stored) == added  # none lost, none extra
    prefixes = [f"t{n}" for n in range(THREADS)] + [f"p{n}" for n in range(PROCESSES)]
    assert sorted(stored.values()) == sorted(email(p, i) for p in prefixes for i in range(SHARE))
    assert maintained == counted


def test_two_imports_of_one_file_at_once_both_finish_without_duplicates(
    workspace_dir: Path, tmp_path: Path
) -> None:
    rows = 20000  # ten chunks each, so the imports interleave
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("CSR Manila", hotline_country="PH")
    path = tmp_path / "people.csv"
    path.write_text(
        "".join(
            f"N{i},L{i},p{i}@example.com,63,0917 {i // 10000:03d} {i % 10000:04d},\n"
            for i in range(rows)
        ),
        encoding="utf-8",
    )
    args = (
        "import",
        "csv",
        str(path),
        "--campaign",
        "CSR Manila",
        "--format",
        "talkpush",
        "--json",
    )
    procs = [_cli(workspace_dir, *args) for _ in range(2)]
    summaries = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in err, err
        summaries.append(json.loads(out))
    assert sorted(s["status"] for s in summaries) == ["done", "done"]
    assert sum(s["imported"] for s in summaries) == rows
    assert all(s["imported"] + s["already_imported"] + s["duplicates"] == rows for s in summaries)
    [(total, distinct)] = workspace_db.query(
        workspace_dir, "SELECT COUNT(*), COUNT(DISTINCT email_key) FROM candidates"
    )
    statuses = [
        s for (s,) in workspace_db.query(workspace_dir, "SELECT status FROM import_batches")
    ]
    assert (total, distinct) == (rows, rows)
    assert statuses == ["done", "done"]


@pytest.mark.sqlite_only("another program holds SQLite's write lock")
def test_sync_waits_out_another_programs_lock_and_delivers(
    workspace_dir: Path, tmp_path: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cid = ws.intake.add_candidate(camp.id, first_name="Lia", phone="0917 555 0001")
        ws.messaging.send_messages([cid], "Hello Lia", channel="sms")
    holder = sqlite3.connect(workspace_dir / DB_FILE, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than the timeout
    released = threading.Event()
    try:
        proc = _cli(workspace_dir, "--busy-timeout", "300", "sync", "--once", "--json")
        assert proc.stderr is not None
        for line in proc.stderr:  # the worker says it waits; then the other program commits
            if "going on" in line:
                break
        holder.execute("COMMIT")
        released.set()
        out, err = proc.communicate(timeout=120)
    finally:
        if not released.is_set():
            holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert json.loads(out)["sent"] == 1
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.messaging.outbox_status().get("sending", 0) == 0


def test_twenty_reader_threads_share_the_fast_read_path(ws: Workspace) -> None:
    camp = ws.campaigns.create("Readers", hotline_country="PH")
    for i in range(30):
        ws.intake.add_candidate(camp.id, first_name=f"R{i}", email=f"r{i}@example.com")
    page = ws.candidates.page(CandidateFilter(campaign_id=camp.id), limit=20)
    counts = ws.candidates.folder_counts(camp.id)

    def read(_n: int) -> bool:
        return all(
            ws.candidates.page(CandidateFilter(campaign_id=camp.id), limit=20) == page
            and ws.candidates.folder_counts(camp.id) == counts
            for _ in range(50)
        )

    with ThreadPoolExecutor(20) as pool:
        assert all(pool.map(read, range(20), timeout=60))
    assert len(ws.reader._idle) <= KEEP_IDLE  # what stays open between reads
