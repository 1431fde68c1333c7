"""A chart card of the Analytics window: title, legend, a pyqtgraph plot, hover and click.

The card draws bars and lines from plain lists and remembers, for each bar or point, the
:class:`Figure` behind it (what it shows and what a click drills into) with its tooltip
text. Hovering shows that text (``hover_text`` keeps it, for tests); clicking a bar or point
emits ``figure_clicked``. Hit-testing is done in pixels from the mouse position mapped once
into data coordinates, so it stays cheap on two years of days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.views.analytics import date_axis
from talkpush_desktop.views.widgets.flow_layout import FlowLayout

POINT_HIT_PX = 10.0
"""How close (pixels) the mouse must come to a point of a line."""
BAR_SLACK_PX = 3.0
"""Bars are that much wider and taller for the mouse (thin bars stay easy to hit)."""
PNG_SCALE = 2
"""Saved PNGs are rendered at twice the screen size, sharp enough for a slide."""
GRID_COLOR = "#edf0f4"
LONG_LINE = 120
"""Lines of more points than this are drawn thinner (two years of days stay legible)."""
HOVER_COLOR = "#1c2433"
TIP_FILL = "#1c2433e6"
LEFT_AXIS_GAP = 16
"""Pixels beside the widest left-axis label (tick and offset)."""


@dataclass(frozen=True, slots=True)
class Context:
    """What charts need besides the dashboard: campaign titles and the company zone."""

    titles: dict[int, str] = field(default_factory=dict)
    zone: str = "UTC"
    weeks: tuple[tuple[date, date], ...] = ()
    """When the dashboard is per week: each week's first and last day (else per day)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One bar or point: its chart and series (``Drill`` names), value and what it covers."""

    chart: str
    series: str
    value: float | None
    day: date | None = None
    hour: int | None = None
    user_id: int | None = None
    campaign_id: int | None = None
    until: date | None = None  # a week's point: ``day`` to ``until``


@dataclass(frozen=True, slots=True)
class Target:
    """Where a figure is on the plot, in data coordinates, and its tooltip text.

    A bar has a ``rect``; a point has none and is hit within ``POINT_HIT_PX`` of ``anchor``.
    ``span`` is the stretch of the category axis (x, or y for horizontal bars) the figure
    stands on: the mouse anywhere over it, above a short bar or in a gap of a line, still
    finds the nearest figure there. A target with no figure only carries text (a gap).
    """

    figure: Figure | None
    text: str
    anchor: tuple[float, float]
    span: tuple[float, float]
    rect: QRectF | None = None
    horizontal: bool = False


@dataclass(frozen=True, slots=True)
class LegendEntry:
    label: str
    color: str
    kind: str = "bar"  # "bar", "line" or "dashed"


SWATCH_SIZE = QSize(16, 10)


def swatch(entry: LegendEntry) -> QPixmap:
    """A small picture of a series for the legend: a square for bars, a line for lines."""
    size = SWATCH_SIZE
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(entry.color)
    if entry.kind == "bar":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(3, 0, 10, 10), 2, 2)
    else:
        pen = QPen(color, 2.2)
        if entry.kind == "dashed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, 5), QPointF(size.width(), 5))
    painter.end()
    return pixmap


class ChartCard(QFrame):
    """A titled chart with its own legend, hover tooltips, clicks and "Save as PNG…".

    Signals:
        figure_clicked(Figure): a bar or point was clicked.
        save_requested: the card's "Save as PNG…" button was pressed.
    """

    figure_clicked = Signal(object)
    save_requested = Signal()

    chart = ""
    """The :class:`Dashboard` field it shows (a ``Drill``'s ``chart``)."""
    title = ""
    subtitle = ""
    weekly_subtitle = ""
    """The subtitle when the points are weeks (a long frame); empty: the same."""
    day_axis = False
    plot_height = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.title = QCoreApplication.translate("Charts", self.title)  # marked in the charts
        self.subtitle = QCoreApplication.translate("Charts", self.subtitle)
        self.setAccessibleName(
            QCoreApplication.translate("ChartCard", "{chart} chart").format(chart=self.title)
        )
        self.targets: list[Target] = []
        self.hover_text = ""
        self._build()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.title)
        title.setObjectName("chartTitle")
        self.subtitle_label = subtitle = QLabel(self.subtitle)
        subtitle.setObjectName("chartSubtitle")
        subtitle.setWordWrap(True)
        self.save_button = QToolButton()
        self.save_button.setObjectName("chartSaveButton")
        self.save_button.setText(QCoreApplication.translate("ChartCard", "Save as PNG…"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("ChartCard", "Save the {chart} chart as PNG").format(
                chart=self.title
            )
        )
        self.save_button.setToolTip(
            QCoreApplication.translate("ChartCard", "Save this chart as a PNG picture")
        )
        keep = self.save_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # hidden while the card draws itself to a PNG
        self.save_button.setSizePolicy(keep)
        self.save_button.clicked.connect(self.save_requested)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.legend = QWidget()
        self.legend.setObjectName("chartLegend")
        self._legend_layout = FlowLayout(self.legend, spacing=14)
        self.plot_widget = self._make_plot()
        self.message = QLabel()
        self.message.setObjectName("chartMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.message)
        self.stack.setFixedHeight(self.plot_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addStretch(1)  # cards of a row: the plots line up at the bottom
        layout.addWidget(self.stack)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _make_plot(self) -> pg.PlotWidget:
        axes = {"bottom": date_axis.DayAxis()} if self.day_axis else {}
        widget = pg.PlotWidget(background="w", axisItems=axes)
        widget.setObjectName("chartPlot")
        widget.setAccessibleName(
            QCoreApplication.translate("ChartCard", "{chart} plot").format(chart=self.title)
        )
        widget.setAntialiasing(True)
        widget.setFrameShape(QFrame.Shape.NoFrame)
        item = widget.getPlotItem()
        self.plot_item = item
        self.view_box = item.getViewBox()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.layout.setContentsMargins(4, 6, 10, 4)
        for name in ("left", "bottom"):
            date_axis.style(item.getAxis(name))
        item.getAxis("left").geometryChanged.connect(self._place_axis_title)
        scene = widget.scene()
        scene.sigMouseMoved.connect(self._on_scene_mouse_moved)
        scene.sigMouseClicked.connect(self._on_scene_mouse_clicked)
        widget.viewport().setMouseTracking(True)
        self._hover_marker = pg.ScatterPlotItem(
            size=11, pen=pg.mkPen(HOVER_COLOR, width=1.5), brush=pg.mkBrush(255, 255, 255, 200)
        )
        self.tip = pg.TextItem("", color="w", fill=pg.mkBrush(TIP_FILL), anchor=(0, 1))
        self.tip.setZValue(1000)
        return widget

    def set_axis_labels(self, left: str, bottom: str) -> None:
        """Axis titles; an empty one takes no room."""
        style = {"color": date_axis.AXIS_TEXT_COLOR, "font-size": "9pt"}
        for name, text in (("left", left), ("bottom", bottom)):
            if text:
                self.plot_item.setLabel(name, text, **style)
            else:
                self.plot_item.getAxis(name).showLabel(False)
        self._place_axis_title()

    def _place_axis_title(self) -> None:
        """The whole left-axis title, centred along the axis and inside the plot: pyqtgraph
        places it only when the axis is resized (a new text kept the old place) and 5 px
        left of the axis, out of the picture; a plot too short for it gets smaller type."""
        axis = self.plot_item.getAxis("left")
        label = axis.label
        if label is None or not label.isVisible():
            return
        length = label.boundingRect().width()
        room = axis.size().height()
        scale = min(1.0, room / length) if length and room else 1.0
        label.setScale(scale)
        label.setPos(QPointF(0.0, (room + length * scale) / 2))

    # -- filling ---------------------------------------------------------------------------

    def fill(self, board: Dashboard, context: Context) -> None:
        """Draw this chart's part of ``board`` (each chart draws its own)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Drop every bar, line and target (before a fill)."""
        self.plot_item.clear()
        self.targets = []
        self.hover_text = ""
        self._hover_marker.setData([])
        self.plot_item.addItem(self._hover_marker, ignoreBounds=True)
        self.tip.hide()
        self.plot_item.addItem(self.tip, ignoreBounds=True)
        self.stack.setCurrentWidget(self.plot_widget)

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of the plot (nothing to draw in this frame)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def set_legend(self, entries: Sequence[LegendEntry]) -> None:
        while self._legend_layout.count():
            item = self._legend_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for entry in entries:
            chip = QWidget()
            row = QHBoxLayout(chip)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            mark = QLabel()
            mark.setPixmap(swatch(entry))
            text = QLabel(entry.label)
            text.setObjectName("legendText")
            row.addWidget(mark)
            row.addWidget(text)
            self._legend_layout.addWidget(chip)
        self.legend.setVisible(bool(entries))

    def add_bars(
        self,
        positions: Sequence[float],
        values: Sequence[float],
        *,
        color: str | Sequence[str],
        width: float | Sequence[float],
        bottoms: Sequence[float] | None = None,
        horizontal: bool = False,
    ) -> None:
        """Bars at ``positions`` (their centres); ``color`` and ``width`` one for all or
        one per bar."""
        size: float | list[float] = width if isinstance(width, float | int) else list(width)
        base = list(bottoms) if bottoms is not None else [0.0] * len(values)
        brushes = (
            [pg.mkBrush(color)] * len(values)
            if isinstance(color, str)
            else [pg.mkBrush(c) for c in color]
        )
        if horizontal:
            bars = pg.BarGraphItem(
                y=list(positions), x0=base, width=list(values), height=size, brushes=brushes
            )
        else:
            bars = pg.BarGraphItem(
                x=list(positions), y0=base, height=list(values), width=size, brushes=brushes
            )
        bars.setOpts(pen=pg.mkPen(None))
        self.plot_item.addItem(bars)

    def add_line(
        self, xs: Sequence[float], ys: Sequence[float | None], *, color: str, symbols: bool
    ) -> None:
        """A line through the points with a value; None leaves a gap (never a 0)."""
        pen = pg.mkPen(color, width=2.2 if len(xs) <= LONG_LINE else 1.3)
        run_x: list[float] = []
        run_y: list[float] = []
        for x, y in [*zip(xs, ys, strict=True), (math.nan, None)]:
            if y is not None:
                run_x.append(x)
                run_y.append(y)
                continue
            if len(run_x) > 1:
                self.plot_item.addItem(pg.PlotDataItem(run_x, run_y, pen=pen, antialias=True))
            elif run_x and not symbols:  # a lone day between gaps would be invisible
                self._add_points(run_x, run_y, color, 6)
            run_x, run_y = [], []
        if symbols:
            points = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            self._add_points([p[0] for p in points], [p[1] for p in points], color, 6)

    def _add_points(self, xs: list[float], ys: list[float], color: str, size: int) -> None:
        scatter = pg.ScatterPlotItem(
            x=xs, y=ys, size=size, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(color)
        )
        self.plot_item.addItem(scatter)

    def value_axis(
        self, highest: float, *, suffix: str = "", horizontal: bool = False, whole: bool = False
    ) -> float:
        """Round value ticks from 0 to a little above ``highest``, with light grid lines
        behind the data; returns the axis top. ``whole``: counts (whole-number steps)."""
        top, ticks = date_axis.value_scale(highest, 6 if horizontal else 7, whole=whole)
        step = ticks[1] - ticks[0]
        axis = self.plot_item.getAxis("bottom" if horizontal else "left")
        axis.setTicks([[(t, date_axis.tick_label(t, step) + suffix) for t in ticks]])
        pen = pg.mkPen(GRID_COLOR, width=1)
        for t in ticks[1:]:
            line = pg.InfiniteLine(pos=t, angle=90 if horizontal else 0, pen=pen)
            line.setZValue(-100)
            self.plot_item.addItem(line, ignoreBounds=True)
        return top

    def add_target(self, target: Target) -> None:
        self.targets.append(target)

    def finish(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        self.plot_item.setXRange(*x_range, padding=0)
        self.plot_item.setYRange(*y_range, padding=0)
        self._fit_left_axis()
        self._place_axis_title()

    def _fit_left_axis(self) -> None:
        """Size the left axis for its labels now: pyqtgraph widens it only once painted, so
        a card scrolled out of view (or saved unseen) would have its labels overlap."""
        axis = self.plot_item.getAxis("left")
        levels = getattr(axis, "_tickLevels", None) or []
        texts = [text for level in levels for _x, text in level]
        metrics = QFontMetrics(axis.font())
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        label = metrics.height() + 6 if axis.label.isVisible() else 0
        axis.setWidth(widest + LEFT_AXIS_GAP + label)

    # -- hover and click -------------------------------------------------------------------

    def target_at(self, scene_pos: QPointF) -> Target | None:
        """The bar or point under a scene position (see :class:`Target`), or None."""
        if not self.targets or self.showing_message:
            return None
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        vb = self.view_box
        here = vb.mapSceneToView(scene_pos)
        origin, unit = vb.mapViewToScene(QPointF(0, 0)), vb.mapViewToScene(QPointF(1, 1))
        px_x, px_y = abs(unit.x() - origin.x()) or 1.0, abs(unit.y() - origin.y()) or 1.0
        mx, my = here.x(), here.y()
        slack_x, slack_y = BAR_SLACK_PX / px_x, BAR_SLACK_PX / px_y

        def pixels(t: Target) -> float:
            return math.hypot((t.anchor[0] - mx) * px_x, (t.anchor[1] - my) * px_y)

        for t in self.targets:
            if t.rect is not None and t.figure is not None:
                r = t.rect.normalized().adjusted(-slack_x, -slack_y, slack_x, slack_y)
                if r.contains(QPointF(mx, my)):
                    return t
        points = [t for t in self.targets if t.rect is None and t.figure is not None]
        near = min(points, key=pixels, default=None)
        if near is not None and pixels(near) <= POINT_HIT_PX:
            return near
        over = [t for t in self.targets if t.span[0] <= (my if t.horizontal else mx) < t.span[1]]
        figures = [t for t in over if t.figure is not None]
        return min(figures or over, key=pixels, default=None)

    def scene_pos_of(self, figure: Figure) -> QPointF:
        """Where a figure is drawn (a bar's middle, a point itself), in scene coordinates."""
        for t in self.targets:
            if t.figure == figure:
                at = t.rect.center() if t.rect is not None else QPointF(*t.anchor)
                return QPointF(self.view_box.mapViewToScene(at))
        raise KeyError(figure)

    def hover(self, scene_pos: QPointF) -> str:
        """Show the tip of what is under ``scene_pos``; returns its text ("" if none).

        The tip is drawn in the plot, by the mouse, on the side with room (a tooltip
        window would need a real screen, and would not show in a saved picture)."""
        target = self.target_at(scene_pos)
        self.hover_text = target.text if target is not None else ""
        clickable = target is not None and target.figure is not None
        self.plot_widget.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        if target is not None and target.rect is None and target.figure is not None:
            self._hover_marker.setData([target.anchor[0]], [target.anchor[1]])
        else:
            self._hover_marker.setData([])
        if self.hover_text:
            self._place_tip(scene_pos)
        else:
            self.tip.hide()
        return self.hover_text

    def _place_tip(self, scene_pos: QPointF) -> None:
        box = self.view_box.sceneBoundingRect()
        right = scene_pos.x() > box.left() + box.width() * 0.6
        low = scene_pos.y() > box.top() + box.height() * 0.4
        self.tip.setText(self.hover_text, color="w")
        self.tip.setAnchor((1.04 if right else -0.04, 1.12 if low else -0.12))
        self.tip.setPos(self.view_box.mapSceneToView(scene_pos))
        self.tip.show()

    def click(self, scene_pos: QPointF) -> Figure | None:
        """Emit ``figure_clicked`` for the figure under ``scene_pos``; returns it."""
        target = self.target_at(scene_pos)
        if target is None or target.figure is None:
            return None
        self.figure_clicked.emit(target.figure)
        return target.figure

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        self.hover(scene_pos)

    def _on_scene_mouse_clicked(self, event: object) -> None:
        button = getattr(event, "button", None)
        scene_pos = getattr(event, "scenePos", None)
        if button is None or scene_pos is None or button() != Qt.MouseButton.LeftButton:
            return
        self.click(scene_pos())

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_marker.setData([])
        self.tip.hide()
        super().leaveEvent(event)

    # -- saving ----------------------------------------------------------------------------

    def picture(self) -> QPixmap:
        """The card as a picture at ``PNG_SCALE`` times its size, without its button."""
        pixmap = QPixmap(self.size() * PNG_SCALE)
        pixmap.setDevicePixelRatio(PNG_SCALE)
        pixmap.fill(QColor("white"))
        self.save_button.hide()
        try:
            self.render(pixmap)
        finally:
            self.save_button.show()
        return pixmap

    def save_png(self, path: Path | str) -> bool:
        """Write the card to a PNG file; False when it could not be written."""
        return self.picture().save(str(path), "PNG")
