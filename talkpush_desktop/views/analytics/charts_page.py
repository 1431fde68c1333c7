"""The Analytics window's scrolling page of charts: the frame totals on top, then a grid of
chart cards per section (campaign performance, user performance).

The page only lays the tiles and cards out and passes their clicks on as signals; the
window fills them with a dashboard and decides what a click does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.analytics.chart_card import ChartCard
from talkpush_desktop.views.analytics.charts import BLUE, CHARTS, GREEN, RED, VIOLET
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.formatting import number_text

WIDE_CHARTS = ("overview", "processing_by_campaign", "user_activity")
"""Charts that take the whole width of the grid."""
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("ChartsPage", "Campaign performance"),
        ("overview", "rates", "candidate_activity"),
    ),
    (
        QT_TRANSLATE_NOOP("ChartsPage", "User performance"),
        ("volume_by_user", "processing_by_user", "processing_by_campaign", "user_activity"),
    ),
)
TOTALS = (
    (
        "added",
        QT_TRANSLATE_NOOP("ChartsPage", "Added"),
        QT_TRANSLATE_NOOP("ChartsPage", "Show the candidates added in the time frame"),
        BLUE,
    ),
    (
        "completed",
        QT_TRANSLATE_NOOP("ChartsPage", "Completed"),
        QT_TRANSLATE_NOOP("ChartsPage", "Show the candidates who completed in the time frame"),
        VIOLET,
    ),
    (
        "shortlisted",
        QT_TRANSLATE_NOOP("ChartsPage", "Shortlisted"),
        QT_TRANSLATE_NOOP("ChartsPage", "Show the candidates shortlisted in the time frame"),
        GREEN,
    ),
    (
        "rejected",
        QT_TRANSLATE_NOOP("ChartsPage", "Rejected"),
        QT_TRANSLATE_NOOP("ChartsPage", "Show the candidates rejected in the time frame"),
        RED,
    ),
)
"""The frame's totals: overview series, caption, tooltip and colour."""


class TotalTile(QFrame):
    """A frame total ("1,650 Added"); clicking it drills into the whole frame.

    Signals:
        clicked(str): the tile of this overview series was clicked.
    """

    clicked = Signal(str)

    def __init__(
        self, key: str, label: str, tip: str, color: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("totalTile")
        self.key = key
        self.setAccessibleName(self.tr("{total} in the time frame").format(total=label))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self.value = QLabel("\N{EM DASH}")
        self.value.setObjectName("totalValue")
        self.value.setStyleSheet(f"color: {color};")
        caption = QLabel(label)
        caption.setObjectName("totalLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 12)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set_value(self, value: float) -> None:
        self.value.setText(number_text(int(value)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class ChartsPage(QScrollArea):
    """The totals and every chart card, by section, in a vertical scroll area.

    ``charts`` maps a chart's name to its card, ``tiles`` an overview series to its total.

    Signals:
        figure_clicked(Figure): a bar or point of a card was clicked.
        total_clicked(str): the total tile of this overview series was clicked.
        save_requested(ChartCard): a card's "Save as PNG…" button was pressed.
    """

    figure_clicked = Signal(object)
    total_clicked = Signal(str)
    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts: dict[str, ChartCard] = {}
        self.tiles: dict[str, TotalTile] = {}
        body = QWidget()
        body.setObjectName("analyticsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)
        totals = QHBoxLayout()
        totals.setSpacing(14)
        for key, label, tip, color in TOTALS:
            tile = TotalTile(key, self.tr(label), self.tr(tip), color)
            tile.clicked.connect(self.total_clicked)
            self.tiles[key] = tile
            totals.addWidget(tile)
        layout.addLayout(totals)
        for cls in CHARTS:
            card = cls()
            card.figure_clicked.connect(self.figure_clicked)
            card.save_requested.connect(lambda c=card: self.save_requested.emit(c))
            self.charts[card.chart] = card
        for heading, names in SECTIONS:
            section = QLabel(self.tr(heading))
            section.setObjectName("sectionHeading")
            layout.addWidget(section)
            layout.addLayout(_grid([self.charts[n] for n in names]))
        layout.addStretch(1)
        self.setObjectName("analyticsScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(body)


def _grid(cards: list[ChartCard]) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(14)
    row = col = 0
    for card in cards:
        wide = card.chart in WIDE_CHARTS
        if wide and col:
            row, col = row + 1, 0
        grid.addWidget(card, row, col, 1, 2 if wide else 1)
        col = 0 if wide or col else 1
        row += 1 if col == 0 else 0
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    return grid
