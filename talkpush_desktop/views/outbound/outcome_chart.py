"""A small chart of a campaign's call outcomes over time: per hour (or local day) stacked
bars of interested, not interested, answered without a choice and not reached, times in the
campaign's zone, with a legend of the totals."""

from __future__ import annotations

from datetime import datetime

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talkpush_desktop.engine.outbound.outcome_series import (
    ANSWERED_NO_CHOICE,
    GROUPS,
    NOT_REACHED,
    OutcomeSeries,
)
from talkpush_desktop.engine.outbound.schedule import to_local, zone
from talkpush_desktop.engine.outbound.vocab import INTERESTED, NOT_INTERESTED
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.vocabulary import day_clock_text

COLORS = {
    INTERESTED: "#2f9e6e",
    NOT_INTERESTED: "#d1495b",
    ANSWERED_NO_CHOICE: "#3b6fe0",
    NOT_REACHED: "#a3acba",
}
NAMES = {
    INTERESTED: QT_TRANSLATE_NOOP("OutcomeChart", "Interested"),
    NOT_INTERESTED: QT_TRANSLATE_NOOP("OutcomeChart", "Not interested"),
    ANSWERED_NO_CHOICE: QT_TRANSLATE_NOOP("OutcomeChart", "Answered"),
    NOT_REACHED: QT_TRANSLATE_NOOP("OutcomeChart", "Not reached"),
}
MAX_TICKS = 8
AXIS_COLOR = "#8a93a3"
CHART_HEIGHT = 150


class OutcomeChart(QWidget):
    """Shows the :class:`OutcomeSeries` given to :meth:`show_series`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeChart")
        self.setAccessibleName(self.tr("Call outcomes over time"))
        self.series: OutcomeSeries | None = None
        self.title = QLabel(self.tr("Call outcomes"))
        self.title.setObjectName("sectionTitle")
        self.plot = pg.PlotWidget(background="w")
        self.plot.setFixedHeight(CHART_HEIGHT)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_COLOR))
            axis.setTextPen(pg.mkPen(AXIS_COLOR))
        self.empty = QLabel(self.tr("No calls made yet"))
        self.empty.setObjectName("mutedText")
        self.legend = QHBoxLayout()
        self.legend_labels: dict[str, QLabel] = {}
        for group in GROUPS:
            label = QLabel()
            label.setTextFormat(pg.QtCore.Qt.TextFormat.RichText)
            self.legend_labels[group] = label
            self.legend.addWidget(label)
        self.legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addWidget(self.empty)
        layout.addLayout(self.legend)
        self.show_series(None, "UTC")

    def show_series(self, series: OutcomeSeries | None, timezone: str) -> None:
        self.series = series
        item = self.plot.getPlotItem()
        item.clear()
        has_calls = series is not None and series.total > 0
        self.plot.setVisible(has_calls)
        self.empty.setVisible(not has_calls)
        for group, label in self.legend_labels.items():
            n = sum(series.counts[group]) if series is not None and has_calls else 0
            square = f'<span style="color:{COLORS[group]}">\N{BLACK SQUARE}</span>'
            label.setText(f"{square} {self.tr(NAMES[group])} {QLocale().toString(n)}")
        if series is None or not has_calls:
            return
        xs = list(range(len(series.starts)))
        base = [0.0] * len(xs)
        for group in GROUPS:
            heights = [float(v) for v in series.counts[group]]
            if any(heights):
                bars = pg.BarGraphItem(
                    x=xs, y0=list(base), height=heights, width=0.75, brush=COLORS[group]
                )
                bars.setOpts(pen=pg.mkPen(None))
                item.addItem(bars)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        tz = zone(timezone)
        step = max(1, -(-len(xs) // MAX_TICKS))
        ticks, day = [], None
        for x in xs[::step]:
            local = to_local(series.starts[x], tz)
            with_day = series.hours >= 24 or local.date() != day
            ticks.append((x, tick_text(local, with_day=with_day, hourly=series.hours < 24)))
            day = local.date()
        item.getAxis("bottom").setTicks([ticks])
        top = max(base)
        every = max(1, -(-int(top) // 4))
        item.getAxis("left").setTicks(
            [[(float(v), QLocale().toString(v)) for v in range(0, int(top) + every, every)]]
        )
        item.setXRange(-0.6, len(xs) - 0.4, padding=0)
        item.setYRange(0, top * 1.12 or 1, padding=0)


def tick_text(local: datetime, *, with_day: bool, hourly: bool) -> str:
    """An x tick: the hour ("14:00"), with the day where it changes ("Dec 7 14:00")."""
    if not hourly:
        return QLocale().toString(
            QDate(local.year, local.month, local.day),
            QCoreApplication.translate("Outbound", "MMM d"),
        )
    if with_day:
        return day_clock_text(local, QCoreApplication.translate("Outbound", "MMM d HH:mm"))
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
