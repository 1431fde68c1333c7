"""The label list of the left pane: click a label to list everyone carrying it, again to stop."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from talkpush_desktop.engine.dto import LabelInfo
from talkpush_desktop.views.campaign_view.vocabulary import label_text
from talkpush_desktop.views.widgets import side_list

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3
AUTOMATIC_ROLE = Qt.ItemDataRole.UserRole + 4

ROW_HEIGHT = 28
DOT = 9


class LabelDelegate(side_list.RowDelegate):
    """A coloured dot and the label name; the active label is highlighted."""

    ROW_HEIGHT = ROW_HEIGHT

    def paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, index: side_list.Index
    ) -> None:
        rect = QRect(option.rect).adjusted(0, 1, 0, -1)
        active = bool(index.data(ACTIVE_ROLE))
        side_list.paint_pill(painter, option, rect, active)
        painter.setBrush(QColor(str(index.data(COLOR_ROLE))))
        painter.drawEllipse(rect.left() + 11, rect.center().y() - DOT // 2 + 1, DOT, DOT)
        text = rect.adjusted(11 + DOT + 10, 0, -8, 0)
        name = label_text(str(index.data(NAME_ROLE)))
        side_list.paint_name(painter, QFont(option.font), text, name, active)


class LabelList(QListWidget):
    """The workspace's labels; at most one is active (filters the candidate list).

    Signals:
        label_toggled(str): the active label changed; "" when none is active any more.
    """

    label_toggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side_list.set_up(
            self,
            self.tr("Labels"),
            self.tr("Click a label to list the candidates carrying it"),
            LabelDelegate(self),
            QAbstractItemView.SelectionMode.NoSelection,
        )
        self._active = ""
        self.itemClicked.connect(self._on_self_item_clicked)

    def set_labels(self, labels: list[LabelInfo]) -> None:
        """Show ``labels``; an active label that no longer exists is dropped silently."""
        self.clear()
        for info in labels:
            item = QListWidgetItem(label_text(info.name))
            item.setData(NAME_ROLE, info.name)
            item.setData(COLOR_ROLE, info.color)
            item.setData(AUTOMATIC_ROLE, info.automatic)
            item.setToolTip(self.tr("Set automatically") if info.automatic else "")
            self.addItem(item)
        names = {info.name for info in labels}
        self.set_active(self._active if self._active in names else "")

    def active_label(self) -> str:
        return self._active

    def set_active(self, name: str) -> None:
        """Highlight ``name`` ("" for none) without emitting a signal."""
        self._active = name
        for i in range(self.count()):
            item = self.item(i)
            active = item.data(NAME_ROLE) == name
            item.setData(ACTIVE_ROLE, active)
            name = label_text(str(item.data(NAME_ROLE)))
            spoken = self.tr("{label}, active filter").format(label=name) if active else name
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def item_named(self, name: str) -> QListWidgetItem | None:
        return side_list.item_where(self, NAME_ROLE, name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Space):
            self._on_self_item_clicked(item)
            return
        super().keyPressEvent(event)

    def _on_self_item_clicked(self, item: QListWidgetItem) -> None:
        name = str(item.data(NAME_ROLE))
        self.set_active("" if name == self._active else name)
        self.label_toggled.emit(self._active)
