"""The composer under the chat history: write a message (queued for sending) or a comment.

A Message / Comment toggle, the channel to send over, "Insert token" and "Quick replies"
menus, the text box and Send (Ctrl+Enter). Over SMS a counter under the text says what the
message costs ("2 SMS \N{MIDDLE DOT} 187 characters \N{MIDDLE DOT} GSM-7"). The composer holds no
rules: the chat pane tells it the draft's problems (an unknown token) and cost, the composer
refuses to send while there are problems and says why, and emits what the recruiter asked
for; the chat pane runs it through the recruiter actions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
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
from talkpush_desktop.engine.messaging.sms_segments import SmsCost
from talkpush_desktop.views.campaign_view.vocabulary import token_label, token_tip
from talkpush_desktop.views.chat.channel_combo import ChannelCombo
from talkpush_desktop.views.chat.local_dates import clock, full_day
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon

MESSAGE = "message"
COMMENT = "comment"
NEW_QUICK_REPLY = QT_TRANSLATE_NOOP("Composer", "New quick reply…")
MANAGE_QUICK_REPLIES = QT_TRANSLATE_NOOP("Composer", "Manage quick replies…")
PICK_TIME = QT_TRANSLATE_NOOP("Composer", "Pick a date and time…")
MORNING = time(9, 0)
"""When "Tomorrow" and "Monday" send, in the candidate's time zone."""
MESSAGE_HINT = QT_TRANSLATE_NOOP("Composer", "Ctrl+Enter to send")
COMMENT_HINT = QT_TRANSLATE_NOOP("Composer", "Not visible to the candidate")
DOT = " \N{MIDDLE DOT} "
SHOWN_CHARACTERS = 3
"""How many of the characters that force UCS-2 the counter names."""


def character_name(ch: str) -> str:
    """A character as the counter shows it: itself, or its name when it cannot be seen."""
    if ch.isprintable() and not ch.isspace():
        return ch
    name = unicodedata.name(ch, "")
    return name.lower() if name else f"U+{ord(ch):04X}"


def sms_counter_text(cost: SmsCost, characters: int) -> str:
    """ "2 SMS · 187 characters · GSM-7", or "... · UCS-2 because of ‘" ."""
    if not characters:
        return QCoreApplication.translate("Composer", "{count} characters per SMS").format(
            count=cost.per_segment
        )
    length = (
        QCoreApplication.translate("Composer", "1 character")
        if characters == 1
        else QCoreApplication.translate("Composer", "{count} characters").format(
            count=f"{characters:,}"
        )
    )
    parts = [f"{cost.segments} SMS", length]
    if cost.encoding == "UCS-2" and cost.non_gsm:
        shown = ", ".join(character_name(ch) for ch in cost.non_gsm[:SHOWN_CHARACTERS])
        more = "\N{HORIZONTAL ELLIPSIS}" if len(cost.non_gsm) > SHOWN_CHARACTERS else ""
        parts.append(
            QCoreApplication.translate("Composer", "UCS-2 because of {characters}").format(
                characters=shown + more
            )
        )
    else:
        parts.append(cost.encoding)
    return DOT.join(parts)


def sms_counter_tip(cost: SmsCost) -> str:
    """The details behind the counter: units used and left, and what forced UCS-2."""
    if cost.segments <= 1:
        tip = QCoreApplication.translate(
            "Composer", "One SMS holds {count} {encoding} characters; {left} left."
        ).format(count=cost.per_segment, encoding=cost.encoding, left=cost.remaining)
    else:
        tip = QCoreApplication.translate(
            "Composer",
            "Sent as {segments} SMS of up to {count} characters each;"
            " {left} left before SMS number {next}.",
        ).format(
            segments=cost.segments,
            count=cost.per_segment,
            left=cost.remaining,
            next=cost.segments + 1,
        )
    if cost.encoding == "UCS-2":
        names = ", ".join(
            f"{character_name(ch)} ({unicodedata.name(ch, 'no name').lower()})"
            for ch in cost.non_gsm
        )
        tip += "\n" + QCoreApplication.translate(
            "Composer",
            "Not in the GSM alphabet: {names}. Without them an SMS holds 160 characters.",
        ).format(names=names)
    return tip


def tomorrow_morning(now: datetime) -> datetime:
    """9:00 tomorrow (a wall-clock time, naive)."""
    return datetime.combine(now.date() + timedelta(days=1), MORNING)


def next_monday_morning(now: datetime) -> datetime:
    """9:00 on the first Monday after today."""
    days = 7 - now.weekday() if now.weekday() else 7
    return datetime.combine(now.date() + timedelta(days=days), MORNING)


class SendLaterDialog(QDialog):
    """A date and time picker for "Send later": the candidate's wall-clock time."""

    def __init__(self, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send later"))
        self.setObjectName("sendLaterDialog")
        self.edit = QDateTimeEdit(
            QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0)
        )
        self.edit.setAccessibleName(self.tr("Send at"))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(QCoreApplication.translate("Dates", "ddd d MMM yyyy  HH:mm"))
        self.edit.setMinimumDateTime(QDateTime.currentDateTime())
        note = QLabel(self.tr("In the candidate's time zone (from their phone number)."))
        note.setObjectName("fieldEmpty")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Schedule"))
        ok.setAccessibleName(self.tr("Schedule the message"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Send the message on")))
        layout.addWidget(self.edit)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def when(self) -> datetime:
        """The chosen wall-clock time (naive, to the minute)."""
        picked = self.edit.dateTime().toPython()
        assert isinstance(picked, datetime)
        return picked.replace(second=0, microsecond=0)


class Composer(QWidget):
    """Signals:
    message_requested(str, str): send this text over this channel (it is stored queued).
    scheduled_message_requested(str, str, object): send this text over this channel at this
        wall-clock time in the candidate's time zone (a naive datetime).
    manage_quick_replies_requested: the recruiter wants to edit or delete quick replies.
    comment_requested(str): save this text as a private comment.
    new_quick_reply_requested(str): the recruiter wants to save a quick reply (text so far).
    draft_changed: the text, mode or channel changed (time to check the draft again).
    """

    message_requested = Signal(str, str)
    scheduled_message_requested = Signal(str, str, object)
    manage_quick_replies_requested = Signal()
    comment_requested = Signal(str)
    new_quick_reply_requested = Signal(str)
    draft_changed = Signal()

    def __init__(
        self,
        tokens: Sequence[MessageToken],
        quick_replies: Callable[[], list[QuickReplyInfo]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # As narrow as its rows allow (buttons and channel names are never cut off).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._quick_replies = quick_replies
        self._problems: tuple[str, ...] = ()
        self._hint_is_problem = False
        self.message_button = self._segment(
            self.tr("Message"), self.tr("Write a message to the candidate"), "left"
        )
        self.comment_button = self._segment(
            self.tr("Comment"), self.tr("Write a private comment"), "right"
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.message_button)
        self.mode_group.addButton(self.comment_button)
        self.message_button.setChecked(True)
        self.mode_group.buttonToggled.connect(self._on_mode_group_button_toggled)
        self.channel_combo = ChannelCombo()
        self.channel_combo.currentIndexChanged.connect(self.draft_changed)
        self.token_button = self._menu_button("token", self.tr("Insert token"), self.tr("Tokens"))
        self.token_menu = QMenu(self.token_button)
        for token in tokens:
            action = self.token_menu.addAction(token_label(token))
            action.setToolTip(token_tip(token))
            action.triggered.connect(lambda _checked=False, t=token.text: self.insert_text(t))
        self.token_menu.setToolTipsVisible(True)
        self.token_button.setMenu(self.token_menu)
        self.reply_button = self._menu_button(
            "quick-reply", self.tr("Quick replies"), self.tr("Quick replies")
        )
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
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counter_label = self._counter_label()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setIcon(icon("send"))
        self.send_button.clicked.connect(self.submit)
        self.send_later_button, self.send_later_menu = self._send_later_button()
        self.send_later_dialog: SendLaterDialog | None = None
        self.now: Callable[[], datetime] = datetime.now
        """The recruiter's clock ("tomorrow" is their tomorrow); tests set it."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self._layout()
        self._on_mode_group_button_toggled()

    # -- building --------------------------------------------------------------------------

    def set_channels(self, status: Mapping[str, str]) -> None:
        """Offer the connected channels (channel -> why it is not connected, "" when it is)."""
        if self.channel_combo.set_channels(status):
            self.draft_changed.emit()

    @property
    def channels(self) -> list[str]:
        """The channels offered, in order."""
        return self.channel_combo.channels

    def _send_later_button(self) -> tuple[QToolButton, QMenu]:
        button = QToolButton()
        button.setObjectName("sendLaterButton")
        button.setIcon(icon("schedule"))
        button.setAccessibleName(self.tr("Send later"))
        button.setToolTip(self.tr("Send later…"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        menu = QMenu(button)
        menu.setObjectName("sendLaterMenu")
        menu.aboutToShow.connect(self._on_send_later_menu_about_to_show)
        button.setMenu(menu)
        return button, menu

    @staticmethod
    def _counter_label() -> QLabel:
        label = QLabel()
        label.setObjectName("smsCounter")
        label.setAccessibleName(QCoreApplication.translate("Composer", "SMS length"))
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a narrow pane wraps it rather than cutting its start
        label.hide()
        return label

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
        bottom.addWidget(self.send_later_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.counter_label)
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
        self._hint_is_problem = False
        self.hint_label.setProperty("error", error)
        self.hint_label.setText(text)
        self.hint_label.setToolTip(text if error else "")
        _repolish(self.hint_label)

    def default_hint(self) -> str:
        return self.tr(COMMENT_HINT if self.mode == COMMENT else MESSAGE_HINT)

    @property
    def problems(self) -> tuple[str, ...]:
        return self._problems

    def set_problems(self, problems: Sequence[str]) -> None:
        """What is wrong with the message as written (unknown or empty tokens); while there
        is a problem the first one shows in red, and Send refuses."""
        self._problems = tuple(problems)
        if self._problems:
            self._show_problem("")
        elif self._hint_is_problem:
            self.show_hint(self.default_hint())

    def show_sms_cost(self, cost: SmsCost | None, characters: int = 0) -> None:
        """Show what the message costs as SMS (None: not sending an SMS, hide the counter)."""
        if cost is None:
            self.counter_label.hide()
            return
        self.counter_label.setText(sms_counter_text(cost, characters))
        self.counter_label.setToolTip(sms_counter_tip(cost))
        self.counter_label.setProperty("warn", cost.encoding == "UCS-2" and characters > 0)
        _repolish(self.counter_label)
        self.counter_label.show()

    def submit(self) -> None:
        """Emit the request for the current text (nothing when it is blank); a message with
        problems is refused, saying why."""
        text = self.text().strip()
        if not text:
            return
        if self.mode == COMMENT:
            self.comment_requested.emit(text)
        elif self._problems:
            self._show_problem(self.tr("Not sent: {problem}"))
            self.text_edit.setFocus()
        else:
            self.message_requested.emit(text, self.channel)

    def send_later(self, when: datetime) -> None:
        """Ask to send the message at ``when`` (the candidate's wall-clock time); refused like
        :meth:`submit` while the message has problems."""
        text = self.text().strip()
        if not text or self.mode == COMMENT:
            return
        if self._problems:
            self._show_problem(self.tr("Not scheduled: {problem}"))
            self.text_edit.setFocus()
            return
        self.scheduled_message_requested.emit(text, self.channel, when)

    def fill_send_later_menu(self) -> None:
        """Tomorrow 9:00, next Monday 9:00 (the candidate's time), or a picked time."""
        menu, now = self.send_later_menu, self.now()
        menu.clear()
        tomorrow, monday = tomorrow_morning(now), next_monday_morning(now)
        entries = [
            (self.tr("Tomorrow {clock} (candidate's time)").format(clock=clock(tomorrow)), tomorrow)
        ]
        if monday != tomorrow:
            monday_text = self.tr("Monday {clock} (candidate's time)").format(clock=clock(monday))
            entries.append((monday_text, monday))
        for text, when in entries:
            action = menu.addAction(text)
            action.setToolTip(full_day(when))
            action.triggered.connect(lambda _checked=False, w=when: self.send_later(w))
        menu.addSeparator()
        menu.addAction(self.tr(PICK_TIME)).triggered.connect(self.pick_send_time)
        menu.setToolTipsVisible(True)

    def pick_send_time(self) -> SendLaterDialog:
        """Open the date and time picker; accepting it schedules the message."""
        dialog = SendLaterDialog(tomorrow_morning(self.now()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.send_later(dialog.when()))
        dialog.destroyed.connect(self._on_send_later_dialog_destroyed)
        self.send_later_dialog = dialog
        dialog.open()
        return dialog

    def _show_problem(self, pattern: str) -> None:
        """The first problem in red (``pattern`` holds it as ``{problem}``), and how many more."""
        first, more = self._problems[0], len(self._problems) - 1
        if more == 1:
            first = self.tr("{problem} (and 1 more problem)").format(problem=first)
        elif more:
            first = self.tr("{problem} (and {count} more problems)").format(
                problem=first, count=more
            )
        self.show_hint(pattern.format(problem=first) if pattern else first, error=True)
        self.hint_label.setToolTip("\n".join(self._problems))
        self._hint_is_problem = True

    # -- slots -----------------------------------------------------------------------------

    def _on_mode_group_button_toggled(self, *_args: object) -> None:
        comment = self.mode == COMMENT
        self.channel_combo.setVisible(not comment)
        self.text_edit.setProperty("mode", self.mode)
        _repolish(self.text_edit)
        self.text_edit.setAccessibleName(
            self.tr("Comment text") if comment else self.tr("Message text")
        )
        self.text_edit.setPlaceholderText(
            self.tr("Write a private comment — only your team sees it")
            if comment
            else self.tr("Write a message to the candidate")
        )
        self.send_button.setText(self.tr("Add comment") if comment else self.tr("Send"))
        self.send_button.setAccessibleName(
            self.tr("Add comment") if comment else self.tr("Send message")
        )
        self.send_button.setToolTip("Ctrl+Enter")
        self.send_later_button.setVisible(not comment)
        self.show_hint(self.default_hint())
        self._on_text_edit_text_changed()

    def _on_text_edit_text_changed(self) -> None:
        self.send_button.setEnabled(bool(self.text().strip()))
        self.send_later_button.setEnabled(bool(self.text().strip()))
        self.draft_changed.emit()

    def _on_reply_menu_about_to_show(self) -> None:
        self.reply_menu.clear()
        for reply in self._quick_replies():
            action = self.reply_menu.addAction(reply.title)
            action.setToolTip(reply.body)
            action.triggered.connect(lambda _checked=False, b=reply.body: self.insert_text(b))
        if not self.reply_menu.isEmpty():
            self.reply_menu.addSeparator()
        new = self.reply_menu.addAction(self.tr(NEW_QUICK_REPLY))
        new.triggered.connect(lambda: self.new_quick_reply_requested.emit(self.text()))
        manage = self.reply_menu.addAction(self.tr(MANAGE_QUICK_REPLIES))
        manage.triggered.connect(lambda _checked=False: self.manage_quick_replies_requested.emit())

    def _on_send_later_menu_about_to_show(self) -> None:
        self.fill_send_later_menu()

    def _on_send_later_dialog_destroyed(self) -> None:
        self.send_later_dialog = None


def _repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
