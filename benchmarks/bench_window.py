"""Window benchmark: the campaign view on a 1,000,000-candidate workspace.

Prints one JSON document with what a recruiter feels, measured in a fresh child process
that opens the window offscreen:

- ``first_paint_s``: the launch (the parent's clock just before it starts the process) to
  the first paint of the candidate list with rows, the app started as
  ``talkpush-desktop --data-dir DIR`` starts it (CLI, ``run_window``, fresh settings);
  the median of ``--launches`` launches (an existing workspace is opened once before, so
  a one-off schema upgrade is not counted as a launch);
- ``folder_switch_ms``: click a folder to its first page painted (p50/max over switches);
- ``search_ms``: last keystroke to the results painted (p50/max over typed queries);
- ``candidate_open_ms``: open the candidate with the 5,000-message conversation to the
  profile and conversation painted;
- ``labels``: click each of the 3 busiest labels, across all campaigns and then within the
  largest campaign, to the list's first page painted; on each, Select all (Ctrl+A) to the
  paint. Beside each, the engine's own time for the same query (first page of 200, the
  window's page, and the count Select all asks for) measured right after in the same process;
- ``triage``: 100 candidates of the largest campaign's Completed folder decided by keyboard
  alone (s, x, h, y in turn, the list moving on by itself as a recruiter sees it), p50/p95
  from the key press to the next candidate's profile and conversation painted;
- ``import_stall_ms``: the longest gap of a 10 ms UI heartbeat while a 100,000-row CSV
  imports through the window's background runner (and the import's rows/s);
- ``peak_rss_mb`` of the window process.

    python benchmarks/bench_window.py [--candidates 1000000] [--reuse DIR] [--launches 5]
                                      [--import-rows 100000] [--out FILE]

Targets (2-core dev machine): first paint < 1.2 s; folder switch, search, a label click and
Select all < 100 ms; candidate open < 100 ms; triage p95 < 50 ms; no stall > 100 ms during
the import; RSS < 500 MB.
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
LABELS = 3  # the busiest labels are clicked
PAGE = 200  # the window's page (views/campaign_view/candidate_list_model.py PAGE_SIZE)
TRIAGE_CANDIDATES = 100
TRIAGE_FOLDER = "Completed"
PAINT_WAIT_S = 2.0


def build(folder: Path, candidates: int) -> dict[str, Any] | None:
    """Create the demo workspace unless ``folder`` already holds one; an existing one is
    opened once here, so a one-off schema upgrade is not timed as a launch."""
    from talkpush_desktop.engine import demo
    from talkpush_desktop.engine.workspace import DB_FILE, Workspace

    if (folder / DB_FILE).exists():
        Workspace.open(data_dir=folder).close()
        return None
    with Workspace.open(data_dir=folder) as ws:
        return demo.generate(ws.context, candidates=candidates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--import-rows", type=int, default=100_000)
    ap.add_argument("--reuse", type=Path, help="workspace folder to build once and reuse")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the window process
    ap.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--launch", type=Path, help=argparse.SUPPRESS)  # one app launch
    ap.add_argument("--launches", type=int, default=5, help="app launches timed to first paint")
    args = ap.parse_args()
    if args.launch:
        launch_app(args.launch, args.launched)
        return
    if args.child:
        print(json.dumps(measure_window(args.child, args.csv, args.launched)))
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
        csv_path.touch()  # empty: --import-rows 0 skips the import
        if args.import_rows:
            write_import_file(csv_path, args.import_rows, first=int(time.time()) % 50 * 100_000)
        # fresh window settings (no remembered layout), as on a first start
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp_name}
        paints = [_run_child(["--launch", str(folder)], env) for _ in range(args.launches)]
        result["first_paint_s"] = round(statistics.median(paints), 3)
        result["first_paint_each_s"] = [round(p, 3) for p in paints]
        result.update(_run_child(["--child", str(folder), "--csv", str(csv_path)], env))
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


def _run_child(arguments: list[str], env: dict[str, str]) -> Any:
    """Run this script as a child; the parent's clock just before starting it is the launch."""
    launched = time.time()  # first paint is timed from here: interpreter start and imports in
    child = subprocess.run(
        [sys.executable, __file__, *arguments, "--launched", repr(launched)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if child.returncode != 0:
        sys.exit(f"window process failed:\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


# -- the window processes --------------------------------------------------------------------


def launch_app(folder: Path, launched: float) -> None:
    """Start the app as ``talkpush-desktop --data-dir FOLDER`` does (the CLI's own
    ``main``, ``run_window`` with its qasync loop and sync worker); print the seconds from
    ``launched`` to the candidate list's first paint with rows, then close the window."""
    from talkpush_desktop.cli import main as cli
    from talkpush_desktop.engine import workspace  # noqa: F401  # the app's order: cli._run
    # imports the engine before any Qt module (modules imported after PySide6 cost more:
    # its import hook reads each one's source)

    from PySide6.QtCore import QEvent, QObject, QTimer  # isort: skip

    from talkpush_desktop.views import main_window  # isort: skip

    show = main_window.MainWindow.show

    def show_and_watch(window: Any) -> None:
        class FirstPaint(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and window.model.rowCount():
                    print(json.dumps(time.time() - launched), flush=True)
                    viewport.removeEventFilter(self)
                    QTimer.singleShot(0, window.close)
                return False

        viewport = window.list_pane.list_view.viewport()
        window.first_paint_filter = FirstPaint(window)
        viewport.installEventFilter(window.first_paint_filter)
        show(window)

    main_window.MainWindow.show = show_and_watch  # type: ignore[method-assign]
    code = cli.main(["--data-dir", str(folder)])
    if code:
        sys.exit(code)


def measure_window(folder: Path, csv_path: Path, launched: float) -> dict[str, Any]:
    """Open the window over ``folder`` and time what a recruiter does (see the module doc)."""
    from talkpush_desktop.engine.workspace import Workspace  # before Qt, as the app does

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # isort: skip

    from talkpush_desktop.views.app import application
    from talkpush_desktop.views.main_window import MainWindow
    from talkpush_desktop.views.style import apply_style

    app = application(offscreen=True)  # what run_window does, up to window.show()
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
                first_paint.append(time.time() - launched)
            return False

    painted = FirstPaint()
    viewport.installEventFilter(painted)
    window.resize(1400, 860)
    window.show()
    while not first_paint:
        app.processEvents()
    viewport.removeEventFilter(painted)
    gc.freeze()  # as run_window does once the window is shown
    bench = WindowBench(app, window, ws)
    result: dict[str, Any] = {"bench_child_first_paint_s": round(first_paint[0], 3)}
    result["folder_switch_ms"] = _summary(bench.folders())
    result["search_ms"] = _summary(bench.searches())
    result.update(bench.open_long_conversation())
    result["labels"] = bench.labels()
    result["triage"] = bench.triage(TRIAGE_CANDIDATES)
    if csv_path.stat().st_size:
        result.update(_import_stall(app, window, ws, csv_path, QTimer))
    window.close()
    ws.close()
    result["peak_rss_mb"] = round(_peak_rss_mb())
    return result


class WindowBench:
    """What a recruiter does in the open window, each timed from the input to the paint."""

    def __init__(self, app: Any, window: Any, ws: Any) -> None:
        self.app, self.window, self.ws = app, window, ws
        self.viewport = window.list_pane.list_view.viewport()

    def paint(self, *widgets: Any) -> None:
        """Run what the input queued, then paint synchronously (the time includes it)."""
        self.app.processEvents()
        for widget in widgets or (self.viewport,):
            widget.repaint()

    def settle(self) -> None:
        """Wait for background work (a label's count) so it does not cloud the next input."""
        deadline = time.perf_counter() + 60
        while _busy(self.window) and time.perf_counter() < deadline:
            self.app.processEvents()
            time.sleep(0.002)
        self.app.processEvents()

    def click(self, widget: Any, rect: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def folders(self) -> list[float]:
        from PySide6.QtCore import Qt

        folders = self.window.navigation.folder_list
        times = []
        for name in FOLDERS:
            [item] = folders.findItems(name, Qt.MatchFlag.MatchExactly)
            start = time.perf_counter()
            self.click(folders, folders.visualItemRect(item))
            self.paint()
            times.append((time.perf_counter() - start) * 1000)
            assert self.window.scope.folder == name and self.window.model.rowCount() > 0, name
        return times

    def searches(self) -> list[float]:
        from PySide6.QtTest import QTest

        times = []
        edit = self.window.list_pane.search_edit
        for query in SEARCHES:
            edit.clear()
            self.paint()
            QTest.keyClicks(edit, query[:-1])
            start = time.perf_counter()
            QTest.keyClicks(edit, query[-1])
            while self.window.scope.search != query:  # the search waits for typing to pause
                self.app.processEvents()
            self.paint()
            times.append((time.perf_counter() - start) * 1000)
        edit.clear()
        self.paint()
        self.settle()
        return times

    def open_long_conversation(self) -> dict[str, Any]:
        long_id = _longest_conversation(self.ws)
        window = self.window
        start = time.perf_counter()
        window.select_candidate(long_id)
        self.paint(window.chat_pane, window.profile_pane)
        open_ms = (time.perf_counter() - start) * 1000
        return {"candidate_open_ms": round(open_ms, 1), "long_conversation_candidate": long_id}

    def labels(self) -> dict[str, Any]:
        """Click each busiest label across campaigns, then within the largest campaign; on
        each, Select all (Ctrl+A). Beside each: the engine's own time for the same query."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        names = _busiest_labels(self.ws, LABELS)
        campaign = _largest_campaign(self.ws)
        out: dict[str, Any] = {"labels": names, "campaign_id": campaign}
        combo = window.navigation.campaign_combo
        for where, campaign_id in (("all_campaigns", None), ("one_campaign", campaign)):
            combo.setCurrentIndex(combo.findData(campaign_id))
            self.paint()
            self.settle()
            clicks, engine, select_all, counted = [], [], [], []
            label_list = window.navigation.label_list
            for name in names:
                start = time.perf_counter()
                self.click(label_list, label_list.visualItemRect(label_list.item_named(name)))
                self.paint()
                clicks.append((time.perf_counter() - start) * 1000)
                assert window.scope.label == name and window.model.rowCount() > 0, name
                self.settle()
                f = window.scope.to_filter()
                counted.append(_timed_ms(lambda f=f: self.ws.candidates.count(f)))
                engine.append(_timed_ms(lambda f=f: self.ws.candidates.page(f, limit=PAGE)))
                window.list_pane.list_view.setFocus()
                start = time.perf_counter()
                QTest.keyClick(
                    window.list_pane.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                )
                self.paint()
                select_all.append((time.perf_counter() - start) * 1000)
                assert window.list_pane.selection.all_matching, name
                self.settle()
            self.click(label_list, label_list.visualItemRect(label_list.item_named(names[-1])))
            self.paint()  # the label clicked again: off
            self.settle()
            out[where] = {
                "click_to_paint_ms": _summary(clicks),
                "engine_first_page_ms": _summary(engine),
                "select_all_to_paint_ms": _summary(select_all),
                "engine_count_ms": _summary(counted),
            }
        combo.setCurrentIndex(combo.findData(None))
        self.paint()
        self.settle()
        return out

    def triage(self, n: int) -> dict[str, Any]:
        """Decide ``n`` candidates of the largest campaign's Completed folder by keyboard
        alone (s, x, h, y in turn; the list moves on by itself): key press to the next
        candidate's profile and conversation painted (their paint events, as the event
        loop delivers them: nothing is repainted by force)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        combo = window.navigation.campaign_combo
        combo.setCurrentIndex(combo.findData(_largest_campaign(self.ws)))
        folders = window.navigation.folder_list
        [item] = folders.findItems(TRIAGE_FOLDER, Qt.MatchFlag.MatchExactly)
        self.click(folders, folders.visualItemRect(item))
        self.paint()
        self.settle()
        view = window.list_pane.list_view
        view.setFocus()
        keys = (Qt.Key.Key_S, Qt.Key.Key_X, Qt.Key.Key_H, Qt.Key.Key_Y)
        shown = (window.profile_pane.name_label, window.chat_pane.message_list.viewport())
        watch = PaintWatch(shown, lambda: window.profile_pane.candidate_id)
        times, forced = [], 0
        for i in range(n):
            row = view.currentIndex().row()
            following = window.model.candidate_row(row + 1)
            assert following is not None, i
            watch.expect(following.id)
            start = time.perf_counter()
            QTest.keyClick(view, keys[i % len(keys)])
            while not watch.done() and time.perf_counter() - start < PAINT_WAIT_S:
                self.app.processEvents()
            if not watch.done():  # nothing left to paint there (e.g. an empty conversation)
                forced += 1
                self.paint(*shown)
            times.append((time.perf_counter() - start) * 1000)
            assert window.chat_pane.candidate_id == following.id, i
            self.settle()
        watch.remove()
        ordered = sorted(times)
        return {
            "candidates": n,
            "folder": TRIAGE_FOLDER,
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
            "max_ms": round(max(times), 1),
            "forced_repaints": forced,
        }


class PaintWatch:
    """Notes when each watched widget paints while showing the expected candidate."""

    def __init__(self, widgets: tuple[Any, ...], showing: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and showing() == watch.expected:
                    watch.painted.add(id(watched))
                return False

        self._widgets = widgets
        self._filter = Filter()
        self.expected: int | None = None
        self.painted: set[int] = set()
        for widget in widgets:
            widget.installEventFilter(self._filter)

    def expect(self, candidate_id: int) -> None:
        self.expected, self.painted = candidate_id, set()

    def done(self) -> bool:
        return len(self.painted) == len(self._widgets)

    def remove(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self._filter)


def _import_stall(app: Any, window: Any, ws: Any, csv_path: Path, qtimer: Any) -> dict[str, Any]:
    """Import through the window's background runner while a heartbeat measures UI gaps."""
    campaign = ws.campaigns.create(f"Window benchmark {time.time():.0f}", hotline_country="PH")
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
        lambda ctx: ws.intake.import_csv(
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


def _busy(window: Any) -> bool:
    """True while the window's background runners have work (a count, an action)."""
    runners = (window.list_counter._runner, window.recruiter_actions.runner)  # noqa: SLF001
    return any(r.busy for r in runners)


def _timed_ms(call: Any) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _busiest_labels(ws: Any, n: int) -> list[str]:
    from sqlalchemy import func, select

    from talkpush_desktop.storage.models import CandidateLabel, Label

    with ws.transaction() as s:
        rows = s.execute(
            select(Label.name)
            .join(CandidateLabel, CandidateLabel.label_id == Label.id)
            .group_by(Label.name)
            .order_by(func.count().desc())
            .limit(n)
        ).all()
    return [str(r[0]) for r in rows]


def _largest_campaign(ws: Any) -> int:
    from sqlalchemy import func, select

    from talkpush_desktop.storage.models import Candidate

    with ws.transaction() as s:
        row = s.execute(
            select(Candidate.campaign_id)
            .group_by(Candidate.campaign_id)
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
