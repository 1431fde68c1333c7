"""The folder list of the left pane: each folder with its live count badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from talkpush_desktop.views import style
from talkpush_desktop.views.campaign_view.vocabulary import folder_text
from talkpush_desktop.views.widgets import side_list
from talkpush_desktop.views.widgets.formatting import count_text

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
GAP_ABOVE_ROLE = Qt.ItemDataRole.UserRole + 3

ROW_HEIGHT = 32
GROUP_GAP = 13
ALERT_FOLDER = "Inbox"
"""New arrivals wait here: its badge is red, as in the web console."""
SEPARATED_FROM = "No Campaign Invitation"
"""The folders from here on sit "further below" the recruiting pipeline."""


class FolderDelegate(side_list.RowDelegate):
    """Folder name on the left, a rounded count badge on the right."""

    ROW_HEIGHT = ROW_HEIGHT
    MIN_WIDTH = 160

    def gap_above(self, index: side_list.Index) -> int:
        return GROUP_GAP if index.data(GAP_ABOVE_ROLE) else 0

    def paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, index: side_list.Index
    ) -> None:
        rect = QRect(option.rect)
        if index.data(GAP_ABOVE_ROLE):
            y = rect.top() + GROUP_GAP // 2
            painter.setPen(style.BORDER)
            painter.drawLine(rect.left() + 11, y, rect.right() - 11, y)
            rect.setTop(rect.top() + GROUP_GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pill = rect.adjusted(0, 2, 0, -2)
        side_list.paint_pill(painter, option, pill, selected)
        font = QFont(option.font)
        badge_right = self._paint_badge(painter, pill, index, font, selected)
        text = pill.adjusted(11, 0, -(pill.right() - badge_right) - 8, 0)
        name = folder_text(str(index.data(FOLDER_ROLE)))
        side_list.paint_name(painter, font, text, name, selected)

    @staticmethod
    def _paint_badge(
        painter: QPainter,
        pill: QRect,
        index: QModelIndex | QPersistentModelIndex,
        base: QFont,
        selected: bool,
    ) -> int:
        """Paint the count badge; returns the x where it starts."""
        count = int(index.data(COUNT_ROLE) or 0)
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() - 1.5)
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = count_text(count)
        width = max(metrics.horizontalAdvance(text) + 14, 24)
        height = metrics.height() + 3
        badge = QRect(pill.right() - 8 - width, pill.center().y() - height // 2 + 1, width, height)
        alert = index.data(FOLDER_ROLE) == ALERT_FOLDER and count > 0
        if selected:
            fill, ink = style.ACCENT, style.BADGE
        elif alert:
            fill, ink = style.BADGE_ALERT, style.BADGE
        else:
            fill, ink = style.BADGE, style.TEXT_SECONDARY
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return badge.left()


class FolderList(QListWidget):
    """The campaign view's folders with their counts; one folder is current at a time.

    Signals:
        folder_selected(str): the recruiter picked a folder (by click or keyboard).
    """

    folder_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side_list.set_up(
            self,
            self.tr("Folders"),
            self.tr("Candidate folders with the number of candidates in each"),
            FolderDelegate(self),
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._quiet = False
        self.itemSelectionChanged.connect(self._on_self_selection_changed)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show ``counts`` (folder -> candidates, in display order), keeping the selection."""
        if self.folder_names() != list(counts):
            self._rebuild(list(counts))
        for i in range(self.count()):
            item = self.item(i)
            name = item.data(FOLDER_ROLE)
            item.setData(COUNT_ROLE, counts[name])
            spoken = self.tr("{folder}, {count}").format(
                folder=folder_text(name), count=count_text(counts[name])
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.setFixedHeight(self._content_height())

    def folder_names(self) -> list[str]:
        return [str(self.item(i).data(FOLDER_ROLE)) for i in range(self.count())]

    def count_of(self, folder: str) -> int:
        item = self._item(folder)
        return int(item.data(COUNT_ROLE) or 0) if item else 0

    def current_folder(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(FOLDER_ROLE)) if items else None

    def show_folder(self, folder: str | None) -> None:
        """Mark ``folder`` current (None: none, while searching) without emitting a signal."""
        self._quiet = True
        try:
            item = self._item(folder) if folder else None
            if item is None:
                self.clearSelection()
            else:
                self.setCurrentItem(item)
        finally:
            self._quiet = False

    def _rebuild(self, names: list[str]) -> None:
        current = self.current_folder()
        self._quiet = True
        try:
            self.clear()
            for name in names:
                item = QListWidgetItem(folder_text(name))
                item.setData(FOLDER_ROLE, name)
                item.setData(GAP_ABOVE_ROLE, name == SEPARATED_FROM)
                self.addItem(item)
        finally:
            self._quiet = False
        self.show_folder(current)

    def _item(self, folder: str | None) -> QListWidgetItem | None:
        return side_list.item_where(self, FOLDER_ROLE, folder)

    def _content_height(self) -> int:
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        return rows + 2 * self.frameWidth() + 4

    def _on_self_selection_changed(self) -> None:
        folder = self.current_folder()
        if folder is not None and not self._quiet:
            self.folder_selected.emit(folder)
