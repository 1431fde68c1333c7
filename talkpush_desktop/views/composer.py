"""The composer under the chat history: write a message (queued for sending) or a comment.

A Message / Comment toggle, the channel to send over, "Insert token" and "Quick replies"
menus, the text box and Send (Ctrl+Enter). The composer holds no rules: it emits what the
recruiter asked for, and the chat pane runs it through the recruiter actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import MessageToken, QuickReplyInfo
from talkpush_desktop.engine.messages import SENDABLE
from talkpush_desktop.views.message_delegate import channel_name
from talkpush_desktop.views.style import icon

MESSAGE = "message"
COMMENT = "comment"
NEW_QUICK_REPLY = "New quick reply\N{HORIZONTAL ELLIPSIS}"


class Composer(QWidget):
    """Signals:
    message_requested(str, str): send this text over this channel (it is stored queued).
    comment_requested(str): save this text as a private comment.
    new_quick_reply_requested(str): the recruiter wants to save a quick reply (text so far).
    """

    message_requested = Signal(str, str)
    comment_requested = Signal(str)
    new_quick_reply_requested = Signal(str)

    def __init__(
        self,
        tokens: Sequence[MessageToken],
        quick_replies: Callable[[], list[QuickReplyInfo]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # A narrow pane squeezes the composer rather than widening the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._quick_replies = quick_replies
        self.message_button = self._segment("Message", "Write a message to the candidate", "left")
        self.comment_button = self._segment("Comment", "Write a private comment", "right")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.message_button)
        self.mode_group.addButton(self.comment_button)
        self.message_button.setChecked(True)
        self.mode_group.buttonToggled.connect(self._on_mode_group_button_toggled)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        self.channel_combo.setAccessibleName("Channel")
        self.channel_combo.setToolTip("The channel the message goes out on")
        self.channel_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.channel_combo.setMinimumContentsLength(4)
        for channel in SENDABLE:
            self.channel_combo.addItem(icon(f"channel-{channel}"), channel_name(channel), channel)
        self.token_button = self._menu_button("token", "Insert token", "Tokens")
        self.token_menu = QMenu(self.token_button)
        for token in tokens:
            action = self.token_menu.addAction(token.label)
            action.setToolTip(f"{token.text}: {token.description}")
            action.triggered.connect(lambda _checked=False, t=token.text: self.insert_text(t))
        self.token_menu.setToolTipsVisible(True)
        self.token_button.setMenu(self.token_menu)
        self.reply_button = self._menu_button("quick-reply", "Quick replies", "Quick replies")
        self.reply_menu = QMenu(self.reply_button)
        self.reply_menu.setToolTipsVisible(True)
        self.reply_menu.aboutToShow.connect(self._on_reply_menu_about_to_show)
        self.reply_button.setMenu(self.reply_menu)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("composerEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("composerHint")
        self.hint_label.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setIcon(icon("send"))
        self.send_button.clicked.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self._layout()
        self._on_mode_group_button_toggled()

    # -- building --------------------------------------------------------------------------

    def _segment(self, text: str, accessible: str, side: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("segmentButton")
        button.setProperty("segment", side)
        bold = QFont(button.font())
        bold.setBold(True)
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 24)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _menu_button(self, icon_name: str, accessible: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("composerTool")
        button.setIcon(icon(icon_name))
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _layout(self) -> None:
        segments = QHBoxLayout()
        segments.setSpacing(0)
        segments.addWidget(self.message_button)
        segments.addWidget(self.comment_button)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addLayout(segments)
        top.addWidget(self.channel_combo)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.token_button)
        bottom.addWidget(self.reply_button)
        bottom.addSpacing(4)
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.text_edit)
        layout.addLayout(bottom)

    # -- public ----------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return COMMENT if self.comment_button.isChecked() else MESSAGE

    def set_mode(self, mode: str) -> None:
        (self.comment_button if mode == COMMENT else self.message_button).setChecked(True)

    @property
    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def set_channel(self, channel: str) -> None:
        found = self.channel_combo.findData(channel)
        if found >= 0:
            self.channel_combo.setCurrentIndex(found)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)

    def insert_text(self, text: str) -> None:
        """Insert at the cursor (a token, a quick reply) and give the box the focus."""
        self.text_edit.insertPlainText(text)
        self.text_edit.setFocus()

    def show_hint(self, text: str, *, error: bool = False) -> None:
        self.hint_label.setProperty("error", error)
        self.hint_label.setText(text)
        _repolish(self.hint_label)

    def submit(self) -> None:
        """Emit the request for the current text (nothing when it is blank)."""
        text = self.text().strip()
        if not text:
            return
        if self.mode == COMMENT:
            self.comment_requested.emit(text)
        else:
            self.message_requested.emit(text, self.channel)

    # -- slots -----------------------------------------------------------------------------

    def _on_mode_group_button_toggled(self, *_args: object) -> None:
        comment = self.mode == COMMENT
        self.channel_combo.setVisible(not comment)
        self.text_edit.setProperty("mode", self.mode)
        _repolish(self.text_edit)
        self.text_edit.setAccessibleName("Comment text" if comment else "Message text")
        self.text_edit.setPlaceholderText(
            "Write a private comment \N{EM DASH} only your team sees it"
            if comment
            else "Write a message to the candidate"
        )
        self.send_button.setText("Add comment" if comment else "Send")
        self.send_button.setAccessibleName("Add comment" if comment else "Send message")
        self.send_button.setToolTip("Ctrl+Enter")
        self.show_hint(
            "Not visible to the candidate" if comment else "Queued until sending is set up"
        )
        self._on_text_edit_text_changed()

    def _on_text_edit_text_changed(self) -> None:
        self.send_button.setEnabled(bool(self.text().strip()))

    def _on_reply_menu_about_to_show(self) -> None:
        self.reply_menu.clear()
        for reply in self._quick_replies():
            action = self.reply_menu.addAction(reply.title)
            action.setToolTip(reply.body)
            action.triggered.connect(lambda _checked=False, b=reply.body: self.insert_text(b))
        if not self.reply_menu.isEmpty():
            self.reply_menu.addSeparator()
        new = self.reply_menu.addAction(NEW_QUICK_REPLY)
        new.triggered.connect(lambda: self.new_quick_reply_requested.emit(self.text()))


def _repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
