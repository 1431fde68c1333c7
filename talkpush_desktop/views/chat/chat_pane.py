"""The middle pane: the conversation with the candidate in focus, and the composer.

The history is a list view over :class:`MessageListModel` painted by
:class:`MessageDelegate` (no widget per message). Comments and messages are written through
:class:`RecruiterActions`; the window then refreshes the pane from ``workspace_changed``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import CandidateRow, MessageInfo
from talkpush_desktop.engine.enums import Channel
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.messaging import schedule, tokens
from talkpush_desktop.engine.messaging.messages import INBOUND, reply_channel
from talkpush_desktop.engine.messaging.sms_segments import sms_cost
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.chat_actions import ChatActionsBar
from talkpush_desktop.views.chat.composer import COMMENT, MESSAGE, Composer
from talkpush_desktop.views.chat.history_view import HistoryView
from talkpush_desktop.views.chat.local_dates import schedule_note
from talkpush_desktop.views.chat.message_delegate import MessageDelegate, channel_name
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE, MessageListModel, can_retry
from talkpush_desktop.views.chat.quick_reply_dialog import (
    ManageQuickRepliesDialog,
    QuickReplyDialog,
)
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import PANE_HEADER_HEIGHT, icon
from talkpush_desktop.views.widgets.elided_label import ElidedLabel
from talkpush_desktop.views.widgets.formatting import count_text
from talkpush_desktop.views.widgets.operations import RecruiterActions

RETRY_ACTION = QT_TRANSLATE_NOOP("ChatPane", "Retry sending")
COPY_ACTION = QT_TRANSLATE_NOOP("ChatPane", "Copy text")
OLDER_MARGIN = 300
"""Scrolled this close (pixels) to the top, earlier messages are revealed."""
PREVIEW_CHARS = 90


class ChatPane(QWidget):
    """Heading with the candidate's name, the message history and the composer."""

    def __init__(
        self, ws: Workspace, actions: RecruiterActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self._ws = ws
        self._actions = actions
        self._row: CandidateRow | None = None
        self._pending: str | None = None  # text sent, until the action is done or refused
        self._pending_note = ""  # when a scheduled message goes, as its hint says it
        self._token_values: dict[str, str] | None = None  # the candidate's, read when needed
        self._drafts: dict[int, tuple[str, str]] = {}  # candidate -> (mode, text)
        self.title_label = QLabel(self.tr("Conversation"))
        self.title_label.setObjectName("paneTitle")
        self.subtitle_label = ElidedLabel()
        self.subtitle_label.setObjectName("paneSubtitle")
        self.model = MessageListModel(ws, self)
        self.model.schedule_notes = actions.schedule_notes
        self.manage_dialog: ManageQuickRepliesDialog | None = None
        self.message_list = HistoryView(self.tr("Conversation history"))
        self.delegate = MessageDelegate(self.message_list)
        self.message_list.setItemDelegate(self.delegate)
        self.message_list.setModel(self.model)
        self.delegate.watch(self.model)
        self.context_menu: QMenu | None = None
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self.message_list)
        self.composer = Composer(ws.messaging.message_tokens(), ws.messaging.quick_replies)
        self.actions_bar = ChatActionsBar(ws, actions, self.composer)
        self.refresh_channels()
        self._at_bottom = True  # follow the newest message while the layout settles
        self._build_layout()
        self._connect()
        self.show_candidate(None)

    # -- building --------------------------------------------------------------------------

    def _empty_state(self) -> QWidget:
        empty = QWidget()
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon("conversation").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        return empty

    def _build_layout(self) -> None:
        header = QWidget()
        header.setObjectName("paneHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        header.setFixedHeight(PANE_HEADER_HEIGHT)
        heading = QVBoxLayout()
        heading.setSpacing(3)
        heading.addStretch(1)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        heading.addStretch(1)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(22, 0, 22, 0)
        header_layout.addLayout(heading, 1)
        header_layout.addWidget(self.actions_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.composer)

    def _connect(self) -> None:
        self.composer.comment_requested.connect(self._on_composer_comment_requested)
        self.composer.message_requested.connect(self._on_composer_message_requested)
        self.composer.new_quick_reply_requested.connect(self._on_composer_new_quick_reply_requested)
        self.composer.scheduled_message_requested.connect(
            self._on_composer_scheduled_message_requested
        )
        self.composer.manage_quick_replies_requested.connect(self.manage_quick_replies)
        self.composer.draft_changed.connect(self._on_composer_draft_changed)
        self._actions.workspace_changed.connect(self._on_actions_workspace_changed)
        bar = self.message_list.verticalScrollBar()
        bar.rangeChanged.connect(self._on_scroll_bar_range_changed)
        bar.valueChanged.connect(self._on_scroll_bar_value_changed)
        self._actions.action_failed.connect(self._on_actions_action_failed)
        self.delegate.retry_requested.connect(self.retry_message)
        self.message_list.retry_requested.connect(self.retry_message)
        self.message_list.menu_requested.connect(self._on_message_list_menu_requested)

    # -- public ----------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int | None:
        return None if self._row is None else self._row.id

    @property
    def row(self) -> CandidateRow | None:
        """The candidate shown."""
        return self._row

    def show_candidate(self, row: CandidateRow | None) -> None:
        """Show a candidate's conversation (or none); reloading the same one adds what is new."""
        switching = row is None or row.id != self.candidate_id
        self._token_values = None  # a change may have touched them (a new PIN code)
        if switching:
            self._switch_draft(row)
        self._row = row
        try:
            changed = self.model.load(row.id if row else None, row.full_name if row else "")
        except WorkspaceError:  # removed meanwhile (an import undo)
            self._row = None
            changed = self.model.load(None)
        if switching and self._row is not None:
            row = self._row
            self.composer.set_channel(self._reply_channel(row))
        if switching:
            self._on_composer_draft_changed()
        self._update_heading()
        self.composer.setVisible(self._row is not None)
        self.actions_bar.set_candidate(self._row)
        self.actions_bar.button.setVisible(self._row is not None)
        if self.model.rowCount() == 0:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentWidget(self.message_list)
        if changed:
            self._at_bottom = True
            self.message_list.scrollToBottom()

    def refresh(self) -> None:
        """Re-read the conversation shown (after a change made elsewhere)."""
        self.show_candidate(self._row)

    def refresh_channels(self) -> None:
        """Offer the channels a provider carries (at start, and after the settings changed)."""
        self.composer.set_channels(self._ws.messaging.channel_status())

    def retry_message(self, message_id: int) -> None:
        """Queue a failed message again (its Retry link, Enter on it, or its menu)."""
        self._actions.retry_messages([message_id])

    def manage_quick_replies(self) -> ManageQuickRepliesDialog:
        """Show the dialog that edits and deletes quick replies (one, reused while open)."""
        dialog = self.manage_dialog
        if dialog is None:
            dialog = ManageQuickRepliesDialog(self._ws.messaging.quick_replies, self._actions, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._on_manage_dialog_destroyed)
            self.manage_dialog = dialog
        dialog.open()
        return dialog

    def focus_composer(self) -> None:
        """Put the keyboard in the composer's text box."""
        if self._row is not None:
            self.composer.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- helpers ---------------------------------------------------------------------------

    def _switch_draft(self, row: CandidateRow | None) -> None:
        """Keep the unsent text of the candidate we leave; restore the next one's."""
        if self._row is not None:
            self._drafts[self._row.id] = (self.composer.mode, self.composer.text())
        mode, text = self._drafts.pop(row.id, (MESSAGE, "")) if row else (MESSAGE, "")
        self._pending, self._pending_note = None, ""
        self.composer.set_mode(mode)
        self.composer.set_text(text)
        self.composer.show_hint(self.composer.default_hint())  # no "Queued" of the last one

    def _reply_channel(self, row: CandidateRow) -> Channel:
        """Where to answer (engine ``reply_channel``): the newest messages read usually tell;
        the older ones are read only when no reply is among them."""
        offered = self.composer.channels
        loaded = self.model.loaded
        replied = any(m.direction == INBOUND and m.channel in offered for m in loaded)
        messages = loaded if replied else self.model.messages
        return reply_channel(
            messages, phone=bool(row.phone), email=bool(row.email), offered=offered
        )

    def _update_heading(self) -> None:
        row = self._row
        if row is None:
            self.subtitle_label.setText(self.tr("No candidate selected"))
            self.empty_label.setText(self.tr("Select a candidate to see the conversation."))
            return
        n = self.model.message_count
        count = (
            self.tr("1 message")
            if n == 1
            else self.tr("{count} messages").format(count=count_text(n))
        )
        self.subtitle_label.setText(
            f"{row.full_name} \N{MIDDLE DOT} {row.campaign_title} \N{MIDDLE DOT} {count}"
        )
        self.empty_label.setText(
            self.tr("No messages yet.\n\nWrite the first message below, or a private comment.")
        )

    # -- slots -----------------------------------------------------------------------------

    def _on_composer_comment_requested(self, text: str) -> None:
        if self._row is not None:
            self._pending = text
            self._actions.comment(self._row.id, text)

    def _on_composer_message_requested(self, text: str, channel: str) -> None:
        if self._row is not None:
            self._pending = text
            self._actions.queue_message(self._row.id, text, channel)

    def _on_composer_scheduled_message_requested(
        self, text: str, channel: str, when: object
    ) -> None:
        """Queue the message for ``when`` in the candidate's time zone (read from their
        phone number, else the company's)."""
        if self._row is None or not isinstance(when, datetime):
            return
        send_at = schedule.at_local_time(when, self._ws.company.timezone())(self._row.phone)
        self._pending = text
        note = self._pending_note = schedule_note(when, self.composer.now())
        self._actions.queue_message(self._row.id, text, channel, send_at=send_at, note=note)

    def _on_manage_dialog_destroyed(self) -> None:
        self.manage_dialog = None

    def _on_composer_new_quick_reply_requested(self, text: str) -> None:
        dialog = QuickReplyDialog(self._ws.messaging.message_tokens(), text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._actions.create_quick_reply(dialog.title, dialog.body))
        dialog.open()

    def _values(self) -> dict[str, str]:
        """The shown candidate's token values (read once per candidate and change)."""
        if self._token_values is None:
            assert self._row is not None
            try:
                self._token_values = self._ws.messaging.token_values(self._row.id)
            except WorkspaceError:  # removed meanwhile
                self._token_values = {}
        return self._token_values

    def _on_composer_draft_changed(self) -> None:
        """Check the draft as it will be sent: tokens filled in for this candidate, their
        problems, the SMS cost; preview the filled-in text."""
        composer = self.composer
        text = composer.text().strip()
        if self._row is None or composer.mode == COMMENT:
            composer.set_problems(())
            composer.show_sms_cost(None)
            composer.text_edit.setToolTip("")
            return
        has_tokens = tokens.MARK in text
        values = self._values() if has_tokens else {}
        filled = tokens.render(text, values).text if has_tokens else text
        composer.set_problems(tokens.check(text, values) if has_tokens else ())
        sms = composer.channel == Channel.SMS
        composer.show_sms_cost(sms_cost(filled) if sms else None, len(filled))
        composer.text_edit.setToolTip(filled if has_tokens else "")
        if has_tokens and not composer.problems:
            flat = " ".join(filled.split())
            short = (
                flat
                if len(flat) <= PREVIEW_CHARS
                else flat[: PREVIEW_CHARS - 1] + "\N{HORIZONTAL ELLIPSIS}"
            )
            composer.show_hint(self.tr("Preview: {text}").format(text=short))

    def _on_message_list_menu_requested(self, index: QModelIndex, at: QPoint) -> None:
        m = index.data(MESSAGE_ROLE)
        if not isinstance(m, MessageInfo):
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Message actions"))
        if can_retry(m):
            retry = menu.addAction(self.tr(RETRY_ACTION))
            retry.triggered.connect(lambda _checked=False, mid=m.id: self.retry_message(mid))
        copy = menu.addAction(self.tr(COPY_ACTION))
        copy.triggered.connect(lambda _checked=False, text=m.body: _copy(text))
        self.context_menu = menu
        menu.aboutToHide.connect(lambda: self._forget_menu(menu))
        menu.popup(at)

    def _forget_menu(self, menu: QMenu) -> None:
        if self.context_menu is menu:
            self.context_menu = None

    def _on_scroll_bar_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._at_bottom:
            self.message_list.verticalScrollBar().setValue(maximum)

    def _on_scroll_bar_value_changed(self, value: int) -> None:
        bar = self.message_list.verticalScrollBar()
        self._at_bottom = value >= bar.maximum() - 2
        if value < OLDER_MARGIN and self.model.has_older and bar.maximum() > 0:
            self._reveal_older()

    def _reveal_older(self) -> None:
        """Show earlier messages above, keeping the ones on screen where they are."""
        bar = self.message_list.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self.model.show_older()
        self.message_list.doItemsLayout()
        bar.setValue(bar.maximum() - from_bottom)

    def _on_actions_workspace_changed(self, _description: str) -> None:
        if self._pending is not None and self.composer.text().strip() == self._pending:
            self.composer.set_text("")
            done = self.tr("Saved") if self.composer.mode == COMMENT else self.tr("Queued")
            if self._pending_note:  # a scheduled message: when it goes
                done = self._pending_note
            self.composer.show_hint(done)
        self._pending, self._pending_note = None, ""

    def _on_actions_action_failed(self, reason: str) -> None:
        if self._pending is not None:
            message = self.composer.mode != COMMENT
            pattern = self.tr("Not sent: {reason}") if message else self.tr("Not saved: {reason}")
            self.composer.show_hint(pattern.format(reason=refusal(reason)), error=True)
        self._pending, self._pending_note = None, ""


def refusal(reason: str) -> str:
    """An engine refusal as the composer says it: "sms: the candidate has no phone number"
    becomes "the candidate has no phone number (SMS)"."""
    field, sep, rest = reason.partition(": ")
    if sep and field in {c.value for c in Channel}:
        return f"{rest} ({channel_name(field)})"
    if sep and field in ("message", "comment"):
        return rest
    return reason


def _copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
