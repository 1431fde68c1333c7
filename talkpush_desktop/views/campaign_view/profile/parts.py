"""The profile pane's own widgets: the round avatar, the folder buttons' grid, the scroll
area that fits its page to the width, and the pane's tool and action buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from talkpush_desktop.views.campaign_view.candidate_delegate import paint_avatar
from talkpush_desktop.views.style import icon


class Avatar(QWidget):
    """A round avatar with initials."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self.setFixedSize(size, size)

    def set_name(self, name: str) -> None:
        self._name = name
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        paint_avatar(painter, QRect(0, 0, self.width(), self.height()), self._name, font)
        painter.end()


class ButtonGrid(QWidget):
    """Buttons side by side, or two per row when the pane is too narrow for all of them."""

    SPACING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QPushButton] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(self.SPACING)
        self._columns = 0

    def add(self, button: QPushButton) -> None:
        self._buttons.append(button)
        self._arrange(len(self._buttons))

    def minimumSizeHint(self) -> QSize:
        widest = max((b.sizeHint().width() for b in self._buttons), default=0)
        height = super().minimumSizeHint().height()
        return QSize(2 * widest + self.SPACING, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = sum(b.sizeHint().width() for b in self._buttons)
        needed += self.SPACING * (len(self._buttons) - 1)
        self._arrange(len(self._buttons) if event.size().width() >= needed else 2)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns and self._grid.count() == len(self._buttons):
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for i, button in enumerate(self._buttons):
            self._grid.addWidget(button, i // columns, i % columns)


class FitWidthScrollArea(QScrollArea):
    """A vertical scroll area whose page gets the height its wrapped text needs at this width.

    QScrollArea sizes its widget from ``minimumSizeHint``, which ignores height-for-width,
    so word-wrapped labels (interview answers) would be squeezed; this asks the layout
    again whenever the page's layout or the area's width changes.
    """

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        layout = widget.layout()
        if layout is not None:  # the minimum height is ours to set, not the layout's
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # after the layout (never once self is gone)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.heightForWidth(self.viewport().width())
        if needed != page.minimumHeight():
            page.setMinimumHeight(needed)


def tool_button(object_name: str, icon_name: str, accessible_name: str) -> QToolButton:
    """An icon button of the pane (copy ID, CV) with a pointing hand."""
    button = QToolButton()
    button.setObjectName(object_name)
    button.setIcon(icon(icon_name))
    button.setAccessibleName(accessible_name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def action_button(object_name: str, icon_name: str, text: str) -> QToolButton:
    """A profile action (Robocall, Invite, Stop bot): icon and text side by side."""
    button = tool_button(object_name, icon_name, text)
    button.setText(text)
    button.setProperty("role", "profileAction")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button
