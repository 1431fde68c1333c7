"""The weekly statistics email's two charts, drawn by the Analytics window's own chart cards
(overview and rates) offscreen and saved as PNGs: the renderer the window and the CLI give
``ws.weekly_email`` (the engine has no Qt). Runs on the Qt thread."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import QApplication

from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.engine.sharing.weekly_report import InlineImage
from talkpush_desktop.views.analytics.chart_card import ChartCard, Context
from talkpush_desktop.views.analytics.charts import OverviewChart, RatesChart

SIZE = (640, 400)
"""Each chart's size in the email (pixels; saved at twice that)."""
SETTLE_PASSES = 3


def _png(card: ChartCard) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not card.picture().save(buffer, "PNG"):
        raise OSError("could not draw a chart of the weekly email")
    buffer.close()
    return bytes(data.data())


def render_weekly_charts(board: Dashboard, zone: str) -> list[InlineImage]:
    """The week's overview and rates charts as PNGs named ``overview`` and ``rates``."""
    app = QApplication.instance()
    out = []
    for name, chart in (("overview", OverviewChart()), ("rates", RatesChart())):
        try:
            chart.fill(board, Context(zone=zone))
            chart.resize(*SIZE)
            chart.ensurePolished()
            chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # never a window
            chart.show()
            for _ in range(SETTLE_PASSES):
                if app is not None:
                    app.processEvents()
            out.append(InlineImage(name, f"{name}.png", _png(chart)))
        finally:
            chart.hide()
            chart.deleteLater()
    return out
