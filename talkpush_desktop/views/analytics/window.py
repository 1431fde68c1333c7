"""Analytics & Usage Data: the supervisor's charts over a time frame and chosen campaigns.

A toolbar picks the frame (presets or custom days, in the company's time zone) and the
campaigns; the window asks :meth:`Workspace.dashboard` for every series on a background
worker (it may take a second on a big workspace) and fills a grid of chart cards, with
totals on top. Until the first answer the window says it is computing; a frame with no
activity says so instead of showing empty charts. A newer request supersedes an older one.

The page of totals and charts is ``charts_page``; what a click or a button does with the
frame shown (drill down, export to Excel, save a chart) is ``frame_actions``; the offscreen
picture is ``screenshot``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.analytics import weeks as analytics_weeks
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.analytics.chart_card import ChartCard, Context, Figure
from talkpush_desktop.views.analytics.charts_page import ChartsPage
from talkpush_desktop.views.analytics.frame_actions import STATUS_TIMEOUT_MS, FrameActions, OnDrill
from talkpush_desktop.views.analytics.time_frame import (
    DEFAULT_PRESET,
    campaigns_text,
    days_text,
    frame_text,
    zone_text,
)
from talkpush_desktop.views.analytics.toolbar import AnalyticsToolbar
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

SCREENSHOT_WIDTH = 1320
WEEKLY_AFTER_DAYS = 120
"""Longer frames draw a point per week (daily values stay in the Excel export)."""
LIVE_DELAY_MS = 2000
"""After activity, how long the window waits for more before recomputing the charts."""
STYLE = """
#analyticsBody, #analyticsScroll, #analyticsState { background: #f4f6fa; }
#analyticsHeader { background: #ffffff; border-bottom: 1px solid #e6e9ef; }
#analyticsTitle { font-size: 15pt; font-weight: bold; }
#analyticsFrame, #zoneLabel, #busyLabel { color: #5d6779; }
#sectionHeading { font-size: 11pt; font-weight: bold; color: #5d6779; padding-top: 6px; }
#chartCard, #totalTile {
    background: #ffffff; border: 1px solid #e3e7ee; border-radius: 10px;
}
#totalTile:hover { border-color: #b9c7e6; }
#chartTitle { font-size: 11.5pt; font-weight: bold; }
#chartSubtitle, #legendText, #totalLabel { color: #5d6779; font-size: 9pt; }
#totalValue { font-size: 19pt; font-weight: bold; }
#chartMessage, #stateMessage { color: #8a93a3; font-size: 10.5pt; }
QToolButton#chartSaveButton, QToolButton#quietButton {
    background: transparent; border: 1px solid transparent; border-radius: 6px;
    padding: 3px 8px; color: #3b6fe0;
}
QToolButton#chartSaveButton:hover, QToolButton#quietButton:hover { background: #eef1f6; }
QPushButton#filterLabelsButton { text-align: left; }
"""


def has_activity(board: analytics.Dashboard) -> bool:
    """Whether anything happened in the frame (else the window says so, not empty charts)."""
    series = [
        *board.overview.values.values(),
        *board.candidate_activity.values.values(),
        *board.user_activity.values.values(),
    ]
    return (
        any(any(values) for values in series)
        or any(v is not None for values in board.rates.values.values() for v in values)
        or bool(board.volume_by_user or board.processing_by_user)
        or bool(board.processing_by_campaign.hours)
    )


class AnalyticsWindow(QMainWindow):
    """The Analytics & Usage Data window over one workspace.

    ``on_drill`` gets the candidate set behind a clicked figure (the main window shows it);
    ``runner`` is the serial worker drill-downs write through (a worker of the window's own
    when None). Dashboards and exports only read, so they run on the window's own worker
    and never wait behind an import. ``today`` gives the company's today (tests fix it).

    Signals:
        dashboard_shown(Dashboard): the charts were filled with a newly computed dashboard.
        figure_clicked, drilled, exported: those of ``frame_actions`` (:class:`FrameActions`).
    """

    dashboard_shown = Signal(object)
    figure_clicked = Signal(object)
    drilled = Signal(object)
    exported = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        *,
        on_drill: OnDrill | None = None,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analyticsWindow")
        self.setWindowTitle(self.tr("Analytics — {company}").format(company=ws.company.name()))
        self.setStyleSheet(STYLE)
        self._ws = ws
        self.reader = BackgroundRunner(self)
        self._writer = runner if runner is not None else self.reader
        self.zone = ws.company.timezone()
        self._today = today or (lambda: company.today(self.zone))
        self.titles = dict(ws.campaigns.titles())
        self.board: analytics.Dashboard | None = None
        self.shown_frame: tuple[date, date, tuple[int, ...] | None] | None = None
        self._job: Job | None = None
        self._generation = 0
        self.toolbar = AnalyticsToolbar(self.titles, self._today)
        self.toolbar.changed.connect(self.refresh)
        self.toolbar.refresh_requested.connect(self.refresh)
        self.frame_actions = FrameActions(
            ws,
            self,
            reader=self.reader,
            writer=self._writer,
            toolbar=self.toolbar,
            shown=lambda: self.shown_frame,
            on_drill=on_drill,
            names=lambda: (self.board.user_names if self.board else {}, self.titles),
        )
        self.frame_actions.figure_clicked.connect(self.figure_clicked)
        self.frame_actions.drilled.connect(self.drilled)
        self.frame_actions.exported.connect(self.exported)
        header = self._build_header()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_state_page())
        self.charts_page = ChartsPage()
        self.charts, self.tiles = self.charts_page.charts, self.charts_page.tiles
        self.charts_page.figure_clicked.connect(self.frame_actions.drill_figure)
        self.charts_page.total_clicked.connect(self.frame_actions.drill_total)
        self.charts_page.save_requested.connect(self.frame_actions.ask_save_chart)
        self.stack.addWidget(self.charts_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().setAccessibleName(self.tr("Analytics status"))
        self.resize(1320, 900)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DELAY_MS)
        self._live.timeout.connect(self._on_live_timeout)
        self.toolbar.apply_preset(DEFAULT_PRESET, notify=False)

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("analyticsHeader")
        title = QLabel(self.tr("Analytics & Usage Data"))
        title.setObjectName("analyticsTitle")
        self.frame_label = QLabel()
        self.frame_label.setObjectName("analyticsFrame")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setAccessibleName(self.tr("Export the analytics to Excel"))
        self.export_button.clicked.connect(self.frame_actions.ask_export_excel)
        self.sms_button = QPushButton(self.tr("SMS Breakdown…"))
        self.sms_button.setAccessibleName(self.tr("Export the SMS breakdown to Excel"))
        self.sms_button.setToolTip(self.tr("SMS and segments sent per campaign in this time frame"))
        self.sms_button.clicked.connect(self.frame_actions.ask_export_sms_breakdown)
        self._build_status_labels()
        frame_row = QHBoxLayout()
        frame_row.setSpacing(8)
        frame_row.addWidget(self.frame_label)
        frame_row.addWidget(self.busy_bar)
        frame_row.addWidget(self.busy_label)
        frame_row.addStretch(1)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addLayout(frame_row)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(titles, 1)
        top.addWidget(self.zone_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.sms_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(header)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        return header

    def _build_status_labels(self) -> None:
        self.busy_bar = QProgressBar()
        self.busy_bar.setAccessibleName(self.tr("Computing analytics"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedSize(64, 6)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Updating…"))
        self.busy_label.setObjectName("busyLabel")
        self.zone_label = QLabel(self.tr("Time zone: {zone}").format(zone=zone_text(self.zone)))
        self.zone_label.setObjectName("zoneLabel")
        self.zone_label.setToolTip(
            self.tr("The company's time zone: days and hours of every chart")
        )
        self._set_busy(False)

    def _build_state_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("analyticsState")
        self.state_message = QLabel(self.tr("Computing analytics…"))
        self.state_message.setObjectName("stateMessage")
        self.state_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_message.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.state_message)
        layout.addStretch(2)
        return page

    # -- the frame -------------------------------------------------------------------------

    @property
    def chosen(self) -> tuple[int, ...] | None:
        """The campaigns the toolbar includes (None: all)."""
        return self.toolbar.chosen

    def frame(self) -> tuple[date, date]:
        """The first and last day the toolbar shows."""
        return self.toolbar.frame()

    def apply_preset(self, key: str, *, refresh: bool = True) -> None:
        """Choose a preset time frame (``custom`` keeps the days shown and unlocks them)."""
        self.toolbar.apply_preset(key, notify=refresh)

    def set_frame(self, start: date, end: date, *, refresh: bool = True) -> None:
        """Choose a custom frame of days (``start`` to ``end`` included) and recompute."""
        self.toolbar.set_frame(start, end, notify=refresh)

    def set_campaigns(self, campaign_ids: tuple[int, ...] | None) -> None:
        """Include only these campaigns (None: all) and recompute."""
        self.toolbar.set_campaigns(campaign_ids)

    # -- computing -------------------------------------------------------------------------

    def full_height(self) -> int:
        """The window height that shows every chart without scrolling."""
        body = self.charts_page.widget()
        chrome = self.height() - self.charts_page.viewport().height()
        return chrome + (body.sizeHint().height() if body is not None else 0)

    @property
    def loading(self) -> bool:
        return self._job is not None

    def workspace_changed(self) -> None:
        """Activity happened (a move, an import, a reply): recompute a moment later, once
        the burst is over, so the charts stay live without recomputing on every event."""
        if self.isVisible():
            self._live.start()

    def _on_live_timeout(self) -> None:
        if self.loading:
            self._live.start()  # let the running computation finish first
        elif self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute the dashboard for the toolbar's frame and campaigns (in the background)."""
        self.toolbar.stop_pending()
        start, end = self.frame()
        chosen = self.chosen
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        ws = self._ws
        job = self.reader.submit(
            self.tr("Computing analytics"),
            lambda _context: ws.analytics.dashboard(start, end, chosen),
        )
        job.succeeded.connect(
            lambda board: self._on_dashboard_computed(generation, (start, end, chosen), board)
        )
        job.failed.connect(lambda reason: self._on_dashboard_failed(generation, reason))
        job.finished.connect(lambda: self._on_dashboard_job_finished(job))
        self._job = job
        self.frame_label.setText(self._frame_caption(start, end, chosen))
        self._set_busy(True)
        if self.board is None:
            self.state_message.setText(self.tr("Computing analytics…"))
            self.stack.setCurrentIndex(0)

    def _frame_caption(self, start: date, end: date, chosen: tuple[int, ...] | None) -> str:
        days = (end - start).days + 1
        return (
            f"{frame_text(start, end)} \N{MIDDLE DOT} {days_text(days)} \N{MIDDLE DOT} "
            f"{campaigns_text(chosen, self.titles)}"
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _on_dashboard_computed(
        self,
        generation: int,
        frame: tuple[date, date, tuple[int, ...] | None],
        board: analytics.Dashboard,
    ) -> None:
        if isValid(self) and generation == self._generation:
            self.show_dashboard(board, frame)

    def _on_dashboard_job_finished(self, job: Job) -> None:
        """Done, failed or cancelled (the window closed before it started): not loading."""
        if isValid(self) and self._job is job:
            self._job = None
            self._set_busy(False)

    def show_dashboard(
        self, board: analytics.Dashboard, frame: tuple[date, date, tuple[int, ...] | None]
    ) -> None:
        """Fill the totals and every chart; say so instead when nothing happened."""
        self.board, self.shown_frame = board, frame
        drawn, context = board, Context(self.titles, self.zone)
        if len(board.days) > WEEKLY_AFTER_DAYS:  # a point per week stays readable
            drawn = analytics_weeks.by_week(board)
            context = Context(self.titles, self.zone, tuple(analytics_weeks.spans(board.days)))
        for key, tile in self.tiles.items():
            tile.set_value(sum(board.overview.values.get(key, [])))
        for card in self.charts.values():
            card.fill(drawn, context)
        if has_activity(board):
            self.stack.setCurrentIndex(1)
        else:
            start, end, chosen = frame
            text = self.tr(
                "No activity in {frame}.\n\nNo candidate was added, "
                "completed or decided in this time frame ({campaigns}). "
                "Choose a longer time frame or other campaigns."
            )
            self.state_message.setText(
                text.format(
                    frame=frame_text(start, end), campaigns=campaigns_text(chosen, self.titles)
                )
            )
            self.stack.setCurrentIndex(0)
        self.dashboard_shown.emit(board)

    def _on_dashboard_failed(self, generation: int, reason: str) -> None:
        if not isValid(self) or generation != self._generation:
            return
        if self.board is None:
            text = self.tr("The analytics could not be computed: {reason}")
            self.state_message.setText(text.format(reason=reason))
        self.statusBar().showMessage(
            self.tr("Not computed: {reason}").format(reason=reason), STATUS_TIMEOUT_MS
        )

    # -- drilling down and saving (frame_actions) ------------------------------------------

    def drill_for(self, figure: Figure) -> analytics.Drill | None:
        """The Drill behind a figure of the charts shown (None before the first dashboard)."""
        return self.frame_actions.drill_for(figure)

    def drill(self, drill: analytics.Drill) -> Job | None:
        """Find the candidates behind ``drill`` on the writer, then hand them to on_drill."""
        return self.frame_actions.drill(drill)

    def export_excel(self, path: Path | str) -> Job:
        """Write the shown frame's analytics to an Excel workbook (in the background)."""
        return self.frame_actions.export_excel(path)

    def export_sms_breakdown(self, path: Path | str) -> Job:
        """Write the SMS breakdown of the shown frame (all campaigns) in the background."""
        return self.frame_actions.export_sms_breakdown(path)

    def save_chart(self, card: ChartCard, path: Path | str) -> bool:
        """Save one chart card as a PNG; says in the status bar whether it worked."""
        return self.frame_actions.save_chart(card, path)

    # -- slots and events ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self._job is None:
            self.refresh()  # opened (again): the workspace may have changed meanwhile

    def closeEvent(self, event: QCloseEvent) -> None:
        self.toolbar.stop_pending()
        if self._job is not None:
            self._job.cancel()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the window's worker (the main window is closing)."""
        self.toolbar.stop_pending()
        self.reader.shutdown()


def open_analytics(
    parent: QWidget,
    ws: Workspace,
    existing: AnalyticsWindow | None,
    *,
    runner: BackgroundRunner | None = None,
    on_drill: OnDrill | None = None,
) -> AnalyticsWindow:
    """Show the analytics window of ``parent`` (one window, raised when already open)."""
    window = existing
    if window is None or not isValid(window):
        window = AnalyticsWindow(ws, on_drill=on_drill, runner=runner, parent=parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
