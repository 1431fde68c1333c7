"""What the left pane's lists (folders, labels) share: a short list without scrolling whose
rows are painted as a rounded pill (accent when current, tinted under the mouse) with the
row's name elided to fit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from talkpush_desktop.views import style

Index = QModelIndex | QPersistentModelIndex


class RowDelegate(QStyledItemDelegate):
    """A row ``ROW_HEIGHT`` tall (plus :meth:`gap_above`) painted by :meth:`paint_row` with
    an antialiased painter that is saved and restored around it."""

    ROW_HEIGHT = 28
    MIN_WIDTH = 140

    def gap_above(self, _index: Index) -> int:
        return 0

    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        raise NotImplementedError

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(
            max(option.rect.width(), self.MIN_WIDTH), self.ROW_HEIGHT + self.gap_above(index)
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self.paint_row(painter, option, index)
        finally:
            painter.restore()


def set_up(
    widget: QListWidget,
    name: str,
    description: str,
    delegate: QStyledItemDelegate,
    selection: QAbstractItemView.SelectionMode,
) -> None:
    """Object and accessible names, the row painter, no horizontal scrolling, hover."""
    widget.setObjectName(f"{name.lower()[:-1]}List")
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setItemDelegate(delegate)
    widget.setSelectionMode(selection)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setMouseTracking(True)


def item_where(widget: QListWidget, role: int, value: object) -> QListWidgetItem | None:
    """The first row whose ``role`` data is ``value``."""
    for i in range(widget.count()):
        if widget.item(i).data(role) == value:
            return widget.item(i)
    return None


def paint_pill(painter: QPainter, option: QStyleOptionViewItem, pill: QRect, current: bool) -> None:
    """The row's rounded background; call with the painter saved and antialiased."""
    painter.setPen(Qt.PenStyle.NoPen)
    if current:
        painter.setBrush(style.ACCENT_SOFT)
        painter.drawRoundedRect(pill, 7, 7)
    elif option.state & QStyle.StateFlag.State_MouseOver:
        painter.setBrush(style.HOVER)
        painter.drawRoundedRect(pill, 7, 7)


def paint_name(painter: QPainter, font: QFont, area: QRect, name: str, current: bool) -> None:
    """The row's name in ``area``: bold and in the accent colour when current, elided."""
    font.setBold(current)
    painter.setFont(font)
    painter.setPen(style.ACCENT if current else style.TEXT)
    shown = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, area.width())
    painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
