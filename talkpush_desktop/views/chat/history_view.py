"""The list view under chat bubbles, with the keyboard of a conversation.

Tab puts the focus on the newest message (not the oldest loaded one), Up and Down move
between messages, Enter on a failed message asks to send it again, and the context-menu key
(or Shift+F10) opens the same menu as a right click, for the focused message.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE, can_retry

ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HistoryView(QListView):
    """Signals:
    retry_requested(int): Enter was pressed on a failed message (its id).
    menu_requested(QModelIndex, QPoint): a context menu for this row, at this global point.
    """

    retry_requested = Signal(int)
    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.verticalScrollBar().setSingleStep(24)

    def focus_newest(self) -> None:
        """Make the newest message the current one (keyboard focus ring, Enter, menu)."""
        model = self.model()
        if model is not None and model.rowCount() > 0:
            last = model.index(model.rowCount() - 1, 0)
            self.selectionModel().setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(last)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self.currentIndex().isValid() and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.focus_newest()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ACTIVATE_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            m = self.currentIndex().data(MESSAGE_ROLE)
            if isinstance(m, MessageInfo) and can_retry(m):
                self.retry_requested.emit(m.id)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            rect = self.visualRect(index)
            at = self.viewport().mapToGlobal(rect.center() if index.isValid() else QPoint(8, 8))
        else:
            index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
            at = event.globalPos()
        if index.isValid():
            self.menu_requested.emit(index, at)
            event.accept()
