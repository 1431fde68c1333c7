"""Window benchmark: the campaign view on a 1,000,000-candidate workspace.

Prints one JSON document with what a recruiter feels, measured in a fresh child process
that opens the window offscreen:

- ``first_paint_s``: process start to the first painted candidate list;
- ``folder_switch_ms``: click a folder to its first page painted (p50/max over switches);
- ``search_ms``: last keystroke to the results painted (p50/max over typed queries);
- ``candidate_open_ms``: open the candidate with the 5,000-message conversation to the
  profile and conversation painted;
- ``import_stall_ms``: the longest gap of a 10 ms UI heartbeat while a 100,000-row CSV
  imports through the window's background runner (and the import's rows/s);
- ``peak_rss_mb`` of the window process.

    python benchmarks/bench_window.py [--candidates 1000000] [--reuse DIR] [--out FILE]

Targets (2-core dev machine): first paint < 2 s, folder switch and search < 100 ms,
candidate open < 100 ms, no stall > 100 ms during the import, RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FOLDERS = ("Completed", "Shortlisted", "On Hold", "Rejected", "Hired", "No Response", "Inbox")
SEARCHES = ("maria santos", "jose cruz", "0917 12", "reyes", "angelica t", "12345")
HEARTBEAT_MS = 10


def build(folder: Path, candidates: int) -> dict[str, Any] | None:
    """Create the demo workspace unless ``folder`` already holds one."""
    from talkpush_desktop.engine import demo
    from talkpush_desktop.engine.workspace import DB_FILE, Workspace

    if (folder / DB_FILE).exists():
        return None
    with Workspace.open(data_dir=folder) as ws:
        return demo.generate(ws, candidates=candidates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--import-rows", type=int, default=100_000)
    ap.add_argument("--reuse", type=Path, help="workspace folder to build once and reuse")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the window process
    ap.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure_window(args.child, args.csv)))
        return
    from bench_engine import write_import_file

    result: dict[str, Any] = {"candidates": args.candidates, "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = args.reuse or tmp / "ws"
        built = build(folder, args.candidates)
        if built is not None:
            result["demo_build"] = built
        csv_path = tmp / "import.csv"
        write_import_file(csv_path, args.import_rows, first=int(time.time()) % 50 * 100_000)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(folder), "--csv", str(csv_path)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if child.returncode != 0:
            sys.exit(f"window process failed:\n{child.stderr[-3000:]}")
        result.update(json.loads(child.stdout.strip().splitlines()[-1]))
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


# -- the window process ----------------------------------------------------------------------


def measure_window(folder: Path, csv_path: Path) -> dict[str, Any]:
    """Open the window over ``folder`` and time what a recruiter does (see the module doc)."""
    import psutil

    started = psutil.Process().create_time()
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from talkpush_desktop.engine.workspace import Workspace
    from talkpush_desktop.views.app import application
    from talkpush_desktop.views.main_window import MainWindow
    from talkpush_desktop.views.style import apply_style

    app = application(offscreen=True)
    apply_style(app)
    ws = Workspace.open(data_dir=folder)
    settings = QSettings(str(folder / "bench-window.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(ws, settings=settings)
    viewport = window.list_pane.list_view.viewport()
    first_paint: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.model.rowCount() and not first_paint:
                first_paint.append(time.time() - started)
            return False

    painted = FirstPaint()
    viewport.installEventFilter(painted)
    window.resize(1400, 860)
    window.show()
    while not first_paint:
        app.processEvents()
    viewport.removeEventFilter(painted)
    gc.freeze()  # as run_window does once the window is shown

    def settle_and_paint(widget: Any) -> None:
        app.processEvents()
        widget.repaint()  # synchronous: the time includes painting what changed

    folder_ms = []
    folders = window.navigation.folder_list
    for name in FOLDERS:
        [item] = folders.findItems(name, Qt.MatchFlag.MatchExactly)
        pos = folders.visualItemRect(item).center()
        start = time.perf_counter()
        QTest.mouseClick(folders.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        settle_and_paint(viewport)
        folder_ms.append((time.perf_counter() - start) * 1000)
        assert window.scope.folder == name and window.model.rowCount() > 0, name

    search_ms = []
    edit = window.list_pane.search_edit
    for query in SEARCHES:
        edit.clear()
        settle_and_paint(viewport)
        QTest.keyClicks(edit, query[:-1])
        start = time.perf_counter()
        QTest.keyClicks(edit, query[-1])
        while window.scope.search != query:  # the search waits for typing to pause
            app.processEvents()
        settle_and_paint(viewport)
        search_ms.append((time.perf_counter() - start) * 1000)
    edit.clear()
    settle_and_paint(viewport)

    long_id = _longest_conversation(ws)
    start = time.perf_counter()
    window.select_candidate(long_id)
    app.processEvents()
    window.chat_pane.repaint()
    window.profile_pane.repaint()
    open_ms = (time.perf_counter() - start) * 1000

    stall = _import_stall(app, window, ws, csv_path, QTimer)
    window.close()
    ws.close()
    return {
        "first_paint_s": round(first_paint[0], 3),
        "folder_switch_ms": _summary(folder_ms),
        "search_ms": _summary(search_ms),
        "candidate_open_ms": round(open_ms, 1),
        "long_conversation_candidate": long_id,
        **stall,
        "peak_rss_mb": round(_peak_rss_mb()),
    }


def _import_stall(app: Any, window: Any, ws: Any, csv_path: Path, qtimer: Any) -> dict[str, Any]:
    """Import through the window's background runner while a heartbeat measures UI gaps."""
    campaign = ws.create_campaign(f"Window benchmark {time.time():.0f}", hotline_country="PH")
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = qtimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    done: list[Any] = []
    start = time.perf_counter()
    job = window.recruiter_actions.runner.submit(
        "Importing",
        lambda ctx: ws.import_csv(
            csv_path, campaign.id, progress=ctx.progress, cancelled=ctx.cancelled
        ),
    )
    job.succeeded.connect(done.append)
    job.failed.connect(lambda reason: done.append(RuntimeError(reason)))
    last[0] = time.perf_counter()
    heartbeat.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)  # an idle event loop sleeps too
    heartbeat.stop()
    elapsed = time.perf_counter() - start
    if isinstance(done[0], Exception):
        raise done[0]
    return {
        "import_rows": done[0].imported,
        "import_rows_per_s": round(done[0].imported / elapsed),
        "import_stall_ms": round(max(gaps) - HEARTBEAT_MS, 1) if gaps else None,
        "heartbeats": len(gaps),
    }


def _longest_conversation(ws: Any) -> int:
    from sqlalchemy import func, select

    from talkpush_desktop.storage.models import Message

    with ws.transaction() as s:
        row = s.execute(
            select(Message.candidate_id, func.count())
            .group_by(Message.candidate_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    assert row is not None
    return int(row[0])


def _summary(values: list[float]) -> dict[str, Any]:
    return {
        "p50": round(statistics.median(values), 1),
        "max": round(max(values), 1),
        "runs": len(values),
        "each": [round(v, 1) for v in values],
    }


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
