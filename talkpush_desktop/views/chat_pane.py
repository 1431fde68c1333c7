"""The middle pane: the conversation with the candidate in focus.

A placeholder for now: messages, composer and channels arrive with the chat issue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.views.elided_label import ElidedLabel
from talkpush_desktop.views.style import PANE_HEADER_HEIGHT, icon


class ChatPane(QWidget):
    """Heading with the candidate's name over a read-only message list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.title_label = QLabel("Conversation")
        self.title_label.setObjectName("paneTitle")
        self.subtitle_label = ElidedLabel()
        self.subtitle_label.setObjectName("paneSubtitle")
        self.message_list = QListWidget()
        self.message_list.setObjectName("messageList")
        self.message_list.setAccessibleName("Messages")
        self.message_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.message_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon("conversation").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(picture)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.message_list)

        header = QWidget()
        header.setObjectName("paneHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        header.setFixedHeight(PANE_HEADER_HEIGHT)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(22, 0, 22, 0)
        header_layout.setSpacing(3)
        header_layout.addStretch(1)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.subtitle_label)
        header_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self.show_candidate(None)

    def show_candidate(self, row: CandidateRow | None) -> None:
        """Show whose conversation this is (the messages themselves come later)."""
        self.message_list.clear()
        if row is None:
            self.subtitle_label.setText("No candidate selected")
            self.empty_label.setText("Select a candidate to see the conversation.")
        else:
            self.subtitle_label.setText(f"{row.full_name} \N{MIDDLE DOT} {row.campaign_title}")
            last = " ".join(row.last_message_preview.split())
            quoted = f"\N{LEFT DOUBLE QUOTATION MARK}{last}\N{RIGHT DOUBLE QUOTATION MARK}"
            note = f"Last message\n{quoted}"
            self.empty_label.setText(
                (note if last else "No messages yet.")
                + "\n\nThe full conversation will appear here."
            )
        self.stack.setCurrentWidget(self.empty_state)
