"""The exact size of a list no maintained count covers (a label's candidates), counted by
the engine on a worker of its own so the UI thread never waits for it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner


class ListCounter(QObject):
    """Counts a filter's candidates in the background; the newest request wins.

    Signals:
        counted: the count of the filter last asked for arrived (``known`` has it).
    """

    counted = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = BackgroundRunner(self)
        self._asked: CandidateFilter | None = None
        self._known: tuple[CandidateFilter, int] | None = None

    def known(self, f: CandidateFilter) -> int | None:
        """The last count of ``f`` (it may be a moment old while a recount runs)."""
        return self._known[1] if self._known is not None and self._known[0] == f else None

    def request(self, f: CandidateFilter) -> None:
        """Count ``f`` (again: the workspace may have changed)."""
        self._asked = f
        ws = self._ws
        job = self._runner.submit(
            self.tr("Counting the list"), lambda _context: ws.candidates.count(f)
        )
        job.succeeded.connect(lambda n: self._on_job_succeeded(f, n))

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _on_job_succeeded(self, f: CandidateFilter, n: object) -> None:
        if f != self._asked or not isinstance(n, int):
            return  # a newer request is under way
        self._known = (f, n)
        self.counted.emit()
