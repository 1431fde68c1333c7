"""A tool button that shows its text when there is room and only its icon when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

ICON_ONLY_PADDING = 14


class CollapsingToolButton(QToolButton):
    """Asks for room for icon and text, but a narrow pane may shrink it to the icon alone.

    Give it an accessible name and a tooltip, so a collapsed button still says what it does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._full = QSize()

    def sizeHint(self) -> QSize:
        if not self._full.isValid():
            style = self.toolButtonStyle()
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._full = super().sizeHint()
            self.setToolButtonStyle(style)
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.iconSize().width() + ICON_ONLY_PADDING, self.sizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._full = QSize()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        roomy = event.size().width() >= self.sizeHint().width()
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if roomy
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        super().resizeEvent(event)
