"""What the Analytics window does with the frame it shows: drill into a figure, export the
frame to Excel (analytics or SMS breakdown), save a chart card as a PNG.

A click on a bar, point or total makes an :class:`analytics.Drill`; the workspace finds and
saves the candidates behind it on the writer (the main window's serial worker) and
``on_drill`` shows them in the campaign view. Exports only read, so they run on the
window's own reader. The window is passed in as the parent of the save dialogs and for its
status bar; this module never imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow
from shiboken6 import isValid

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.analytics.chart_card import ChartCard, Figure
from talkpush_desktop.views.analytics.drill_title import drill_title
from talkpush_desktop.views.analytics.toolbar import AnalyticsToolbar
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job
from talkpush_desktop.views.widgets.formatting import number_text
from talkpush_desktop.views.widgets.save_dialog import ask_save_path

OnDrill = Callable[[analytics.DrillResult], object]
ShownFrame = tuple[date, date, tuple[int, ...] | None]
Names = tuple[Mapping[int, str], Mapping[int, str]]
"""Users' names and campaigns' titles by id (a drill-down's heading names them)."""
STATUS_TIMEOUT_MS = 6000


class FrameActions(QObject):
    """Drill-downs, Excel exports and PNG saves of the Analytics window ``window``.

    ``shown`` gives the frame of the charts on screen (None before the first dashboard);
    exports fall back on the ``toolbar``'s frame then.

    Signals:
        figure_clicked(Drill): a bar, point or total was clicked (before drilling down).
        drilled(DrillResult): the candidates behind a figure were found and handed on.
        exported(str): the Excel file was written.
    """

    figure_clicked = Signal(object)
    drilled = Signal(object)
    exported = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        window: QMainWindow,
        *,
        reader: BackgroundRunner,
        writer: BackgroundRunner,
        toolbar: AnalyticsToolbar,
        shown: Callable[[], ShownFrame | None],
        on_drill: OnDrill | None = None,
        names: Callable[[], Names] = lambda: ({}, {}),
    ) -> None:
        super().__init__(window)
        self._ws, self._window, self._toolbar = ws, window, toolbar
        self._reader, self._writer = reader, writer
        self._shown, self._on_drill, self._names = shown, on_drill, names

    # -- drilling down ---------------------------------------------------------------------

    def drill_for(self, figure: Figure) -> analytics.Drill | None:
        """The Drill behind a figure of the charts shown (None before the first dashboard)."""
        shown_frame = self._shown()
        if shown_frame is None:
            return None
        start, end, chosen = shown_frame
        return analytics.Drill(
            chart=figure.chart,
            series=figure.series,
            start=start,
            end=end,
            campaign_ids=chosen,
            day=figure.day,
            hour=figure.hour,
            user_id=figure.user_id,
            campaign_id=figure.campaign_id,
            until=figure.until,  # a week's point: its days
        )

    def drill(self, drill: analytics.Drill) -> Job | None:
        """Find the candidates behind ``drill`` on the writer, then hand them to on_drill."""
        self.figure_clicked.emit(drill)
        ws = self._ws
        job = self._writer.submit(
            self.tr("Finding the candidates"), lambda _context: ws.candidates.drill_down(drill)
        )
        job.succeeded.connect(lambda result: self._on_drill_job_succeeded(drill, result))
        job.failed.connect(self._on_job_failed)
        self._window.statusBar().showMessage(self.tr("Finding the candidates…"))
        return job

    def drill_figure(self, figure: Figure) -> None:
        """Drill into a clicked bar or point."""
        drill = self.drill_for(figure)
        if drill is not None:
            self.drill(drill)

    def drill_total(self, key: str) -> None:
        """Drill into a clicked total (the overview series ``key`` over the whole frame)."""
        drill = self.drill_for(Figure("overview", key, None))
        if drill is not None:
            self.drill(drill)

    def _on_drill_job_succeeded(self, drill: analytics.Drill, result: object) -> None:
        if not isValid(self._window) or not isinstance(result, analytics.DrillResult):
            return
        result = replace(result, title=drill_title(drill, *self._names()))  # translated
        n = result.count
        text = self.tr("{title}: 1 candidate") if n == 1 else self.tr("{title}: {count} candidates")
        self._window.statusBar().showMessage(
            text.format(title=result.title, count=number_text(n)), STATUS_TIMEOUT_MS
        )
        self.drilled.emit(result)
        if self._on_drill is not None:
            self._on_drill(result)

    def _on_job_failed(self, reason: str) -> None:
        if isValid(self._window):
            self._window.statusBar().showMessage(
                self.tr("Not done: {reason}").format(reason=reason), STATUS_TIMEOUT_MS
            )

    # -- saving ----------------------------------------------------------------------------

    def export_excel(self, path: Path | str) -> Job:
        """Write the shown frame's analytics to an Excel workbook (in the background)."""
        start, end, chosen = self._shown() or (*self._toolbar.frame(), self._toolbar.chosen)
        ws, target = self._ws, Path(path)
        return self._export(target, lambda: ws.exports.dashboard(target, start, end, chosen))

    def export_sms_breakdown(self, path: Path | str) -> Job:
        """Write the SMS breakdown of the shown frame (all campaigns) in the background."""
        start, end, _chosen = self._shown() or (*self._toolbar.frame(), None)
        ws, target = self._ws, Path(path)
        return self._export(target, lambda: ws.exports.sms_breakdown_file(target, start, end))

    def _export(self, target: Path, write: Callable[[], object]) -> Job:
        job = self._reader.submit(self.tr("Exporting to Excel"), lambda _context: write())
        job.succeeded.connect(lambda _result: self._on_export_job_succeeded(str(target)))
        job.failed.connect(self._on_job_failed)
        self._window.statusBar().showMessage(self.tr("Exporting to Excel…"))
        return job

    def _on_export_job_succeeded(self, path: str) -> None:
        if isValid(self._window):
            self._window.statusBar().showMessage(
                self.tr("Analytics saved to {path}").format(path=path), STATUS_TIMEOUT_MS
            )
            self.exported.emit(path)

    def _default_name(self, stem: str, suffix: str) -> Path:
        start, end, _chosen = self._shown() or (*self._toolbar.frame(), None)
        return self._ws.intake.reports_dir() / f"{stem}-{start}-to-{end}{suffix}"

    def ask_export_excel(self) -> None:
        """ "Export to Excel…": ask where, then export the analytics."""
        chosen = self._ask_workbook(self.tr("Export analytics to Excel"), "analytics")
        if chosen:
            self.export_excel(chosen)

    def ask_export_sms_breakdown(self) -> None:
        """ "SMS Breakdown…": ask where, then export the SMS breakdown."""
        chosen = self._ask_workbook(self.tr("SMS Breakdown"), "sms-breakdown")
        if chosen:
            self.export_sms_breakdown(chosen)

    def _ask_workbook(self, caption: str, stem: str) -> str:
        suggested = self._default_name(stem, ".xlsx")
        return ask_save_path(self._window, caption, suggested, self.tr("Excel workbooks (*.xlsx)"))

    def save_chart(self, card: ChartCard, path: Path | str) -> bool:
        """Save one chart card as a PNG; says in the status bar whether it worked."""
        saved = card.save_png(path)
        text = (
            self.tr("Chart saved to {path}")
            if saved
            else self.tr("Not done: could not write {path}")
        ).format(path=path)
        self._window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        return saved

    def ask_save_chart(self, card: ChartCard) -> None:
        """A card's "Save as PNG…": ask where, then save it."""
        suggested = self._default_name(card.chart.replace("_", "-"), ".png")
        chosen = ask_save_path(
            self._window,
            self.tr("Save {chart} as PNG").format(chart=card.title),
            suggested,
            self.tr("PNG pictures (*.png)"),
        )
        if chosen:
            self.save_chart(card, chosen)
