"""What the benchmarks share: a loopback provider server (fake Twilio, the ATS receiver)
run in a process of its own, so its request handling does not share the measured
process's GIL (:class:`ChildServer`), a workspace of N imported candidates
(:func:`bench_workspace`) and the printed result (:func:`write_result`).

``serve(conn)`` runs in the child: it sends what the benchmark needs to reach it, waits for
"stop", then sends what it saw. ``with ChildServer(serve) as child:`` starts it
(``child.hello`` is the first message); ``child.stop()`` asks for the last one.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any


def bench_workspace(folder: Path, candidates: int) -> Any:
    """A workspace in ``folder`` with one campaign of ``candidates`` imported people (each
    with a phone); the caller closes it."""
    from talkpush_desktop.engine.workspace import Workspace

    ws = Workspace.open(data_dir=folder)
    camp = ws.campaigns.create("Bench campaign", hotline_country="PH")
    csv = folder / "people.csv"
    csv.write_text("".join(f"P{i},Bench,,63,9{170000000 + i:09d},\n" for i in range(candidates)))
    ws.intake.import_csv(csv, camp.id)
    return ws


def write_result(result: dict[str, Any], out: Path | None) -> None:
    """The benchmark's JSON document on stdout, and in ``out`` when given."""
    text = json.dumps(result, indent=2)
    print(text)
    if out:
        out.write_text(text + "\n", encoding="utf-8")


class ChildServer:
    def __init__(self, serve: Callable[[Any], None]) -> None:
        self._parent, child = multiprocessing.Pipe()
        self._proc = multiprocessing.get_context("spawn").Process(target=serve, args=(child,))
        self.hello: Any = None

    def __enter__(self) -> ChildServer:
        self._proc.start()
        self.hello = self._parent.recv()
        return self

    def stop(self) -> Any:
        """Tell the server to stop; what it saw (its last message)."""
        self._parent.send("stop")
        seen = self._parent.recv()
        self._proc.join(10)
        return seen

    def __exit__(self, *_exc: object) -> None:
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(10)
