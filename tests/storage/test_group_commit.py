"""Group commit: concurrent writes batched into one SQLite transaction by one writer thread,
each caller told only once its row is committed (also across a kill -9)."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from talkpush_desktop.storage.group_commit import GroupCommit


class RowWriter:
    """Inserts each batch of names in one transaction; a name "bad" is refused alone."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, name TEXT)")
        self.sizes: list[int] = []
        self.fail_next = False

    def run(self, names: Sequence[str]) -> list[int | BaseException]:
        self.sizes.append(len(names))
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the disk is gone")
        out: list[int | BaseException] = []
        self.db.execute("BEGIN IMMEDIATE")
        for name in names:
            if name == "bad":
                out.append(ValueError("bad name"))
                continue
            out.append(
                int(self.db.execute("INSERT INTO rows (name) VALUES (?)", (name,)).lastrowid)
            )
        time.sleep(0.002)  # a transaction's fixed cost: later submits queue meanwhile
        self.db.execute("COMMIT")
        return out


def test_concurrent_submits_share_transactions(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "w.db")
    commit: GroupCommit[str, int] = GroupCommit(writer.run, name="test-writer")
    answers: dict[str, int] = {}
    lock = threading.Lock()

    def client(n: int) -> None:
        for i in range(40):
            rid = commit.submit(f"c{n}-{i}").result(timeout=30)
            with lock:
                answers[f"c{n}-{i}"] = rid

    threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    commit.close()
    rows = dict(writer.db.execute("SELECT name, id FROM rows").fetchall())
    assert rows == answers and len(rows) == 800
    assert commit.batches == len(writer.sizes) < 800
    assert max(writer.sizes) > 1


def test_each_item_keeps_its_own_outcome(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "w.db")
    commit: GroupCommit[str, int] = GroupCommit(writer.run)
    futures = [commit.submit(name) for name in ("a", "bad", "b")]
    assert isinstance(futures[0].result(timeout=10), int)
    with pytest.raises(ValueError, match="bad name"):
        futures[1].result(timeout=10)
    assert futures[2].result(timeout=10) > 0
    writer.fail_next = True
    with pytest.raises(RuntimeError, match="the disk is gone"):
        commit.submit("lost").result(timeout=10)
    assert commit.submit("after").result(timeout=10) > 0  # the thread lives on
    commit.close()
    names = [n for (n,) in writer.db.execute("SELECT name FROM rows ORDER BY id")]
    assert names == ["a", "b", "after"]


def test_close_writes_what_is_queued_then_refuses(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "w.db")
    commit: GroupCommit[str, int] = GroupCommit(writer.run, max_batch=3)
    futures = [commit.submit(f"n{i}") for i in range(10)]
    commit.close()
    assert all(f.done() and f.result() > 0 for f in futures)
    assert max(writer.sizes) <= 3
    with pytest.raises(RuntimeError, match="closed"):
        commit.submit("late")


_KILLED = textwrap.dedent(
    """
    import sys, threading
    sys.path.insert(0, {tests!r})
    from storage.test_group_commit import RowWriter
    from talkpush_desktop.storage.group_commit import GroupCommit
    writer = RowWriter(__import__("pathlib").Path({db!r}))
    commit = GroupCommit(writer.run)
    out = threading.Lock()
    def client(n):
        i = 0
        while True:
            i += 1
            name = f"c{{n}}-{{i}}"
            rid = commit.submit(name).result()
            with out:
                print(name, rid, flush=True)
    for n in range(8):
        threading.Thread(target=client, args=(n,), daemon=True).start()
    threading.Event().wait()
    """
)


def test_kill_9_never_loses_an_answered_write(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    tests = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED.format(tests=tests, db=str(db))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    answered: list[tuple[str, int]] = []
    deadline = time.monotonic() + 30
    while len(answered) < 400 and time.monotonic() < deadline:
        name, rid = proc.stdout.readline().split()
        answered.append((name, int(rid)))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    answered += [(n, int(r)) for n, r in (line.split() for line in proc.stdout if line.strip())]
    proc.stdout.close()
    check = sqlite3.connect(db)
    rows = check.execute("SELECT name, id FROM rows").fetchall()
    check.close()
    stored = dict(rows)
    assert len(answered) >= 400
    assert all(stored.get(name) == rid for name, rid in answered)  # every answer is stored
    assert max(Counter(name for name, _ in rows).values()) == 1  # none twice


def test_linger_only_under_load(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "w.db")
    commit: GroupCommit[str, int] = GroupCommit(writer.run, linger=0.05)
    started = time.perf_counter()
    commit.submit("alone").result(timeout=10)
    assert time.perf_counter() - started < 0.05  # a lone item is written at once
    first = [commit.submit(f"a{i}") for i in range(5)]
    for f in first:
        f.result(timeout=10)
    later = [commit.submit(f"b{i}") for i in range(5)]
    assert all(f.result(timeout=10) > 0 for f in later)
    commit.close()
    assert sum(writer.sizes) == 11


def test_linger_ends_when_a_step_brings_nothing(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "w.db")
    commit: GroupCommit[str, int] = GroupCommit(writer.run, linger=2.0, linger_step=0.01)
    first = [commit.submit(f"a{i}") for i in range(5)]  # a batch of several: under load
    for f in first:
        f.result(timeout=10)
    assert writer.sizes[-1] > 1
    started = time.perf_counter()
    commit.submit("next").result(timeout=10)
    assert time.perf_counter() - started < 1.0  # not the whole linger: nobody else came
    commit.close()
    assert sum(writer.sizes) == 6


def test_awaiting_tasks_are_woken_once_per_batch() -> None:
    release = threading.Event()

    def run(items: Sequence[int]) -> list[int | BaseException]:
        release.wait(5)
        return [ValueError("refused") if i == 3 else i * 2 for i in items]

    commit: GroupCommit[int, int] = GroupCommit(run)

    async def main() -> tuple[list[object], int]:
        loop = asyncio.get_running_loop()
        wakes = 0
        threadsafe = loop.call_soon_threadsafe

        def counted(*args: object) -> object:
            nonlocal wakes
            wakes += 1
            return threadsafe(*args)  # type: ignore[arg-type]

        loop.call_soon_threadsafe = counted  # type: ignore[method-assign]
        first = commit.submit(-1)  # the writer takes it alone and waits in run
        await asyncio.sleep(0.05)
        futures = [commit.submit(i) for i in range(6)]  # queued: the next batch
        waiting = [asyncio.ensure_future(_outcome(f)) for f in [first, *futures]]
        await asyncio.sleep(0.01)  # every task waits on its future
        release.set()
        outcomes = await asyncio.gather(*waiting)
        assert outcomes[0] == -2  # (its batch, being written, woke the loop once too)
        assert await futures[0] == 0  # a future already written answers at once
        return outcomes[1:], wakes

    try:
        outcomes, wakes = asyncio.run(main())
        assert outcomes == [0, 2, 4, "refused", 8, 10]
        assert wakes == 2 and commit.batches == 2
    finally:
        commit.close()


async def _outcome(future: asyncio.Future[int] | object) -> object:
    try:
        return await future  # type: ignore[misc]
    except ValueError as exc:
        return str(exc)


def test_a_cancelled_wait_cancels_an_item_not_yet_written() -> None:
    release = threading.Event()
    written: list[int] = []

    def run(items: Sequence[int]) -> list[int | BaseException]:
        release.wait(5)
        written.extend(items)
        return list(items)

    commit: GroupCommit[int, int] = GroupCommit(run)

    async def main() -> None:
        busy = commit.submit(1)  # the writer holds this one in run
        await asyncio.sleep(0.05)
        queued = commit.submit(2)
        task = asyncio.ensure_future(_outcome(queued))
        await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.sleep(0.01)  # the task takes its cancellation
        release.set()
        assert await busy == 1
        assert queued.cancelled()

    try:
        asyncio.run(main())
        commit.close()
        assert written == [1]
    finally:
        commit.close()
