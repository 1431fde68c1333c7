"""A read-only, frameless line for a profile value: selectable, copyable, never cut silently."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

TEXT_MARGIN = 2
"""QLineEdit's own space on either side of its text."""


class ValueField(QLineEdit):
    """Shows a text too long for it ending in "…" (the whole text is its tooltip); with
    the keyboard focus (clicked, to select or copy) it shows and scrolls the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("fieldValue")
        self.setReadOnly(True)
        self.setFrame(False)
        self.setMinimumWidth(40)
        self.setCursorPosition(0)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as painted now."""
        if self.hasFocus():
            return self.text()
        room = self._text_rect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def _text_rect(self) -> QRect:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return rect.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self._text_rect(), int(align), shown)
        painter.end()
