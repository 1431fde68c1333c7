"""The candidate phone simulator: the sandbox provider's side of a conversation.

While a service uses the sandbox, what the outbox "sends" lands on a simulated phone or
inbox on this computer. This window shows it the way the candidate sees it (their own
messages green on the right, ours grey on the left, painted by the chat's
:class:`MessageDelegate`) and lets you answer as the candidate. A reply is stored for the
sandbox; the sync worker pulls it like a real one, into the recruiter's conversation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import CandidateRow, MessageInfo
from talkpush_desktop.engine.enums import Channel, MessageKind
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.providers.sandbox_world import SandboxItem
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.history_view import HistoryView
from talkpush_desktop.views.chat.message_delegate import MessageDelegate, channel_name
from talkpush_desktop.views.chat.message_model import DAY_ROLE, MESSAGE_ROLE, SPEAKER_ROLE
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.formatting import clock_time, day_heading
from talkpush_desktop.views.widgets.reused_dialog import present

ModelIndex = QModelIndex | QPersistentModelIndex

FROM_CANDIDATE = "from_candidate"
REFRESH_MS = 2000
"""How often an open simulator looks for what the sandbox delivered."""
REPLY_CHANNELS = (Channel.SMS, Channel.EMAIL, Channel.MESSENGER)
REPLY_CHANNEL_NAMES = (QT_TRANSLATE_NOOP("SandboxPhoneWindow", "Email"),)
"""The reply channels' names that are words (SMS and Messenger are names), translated
where the channel box shows them."""
TITLE = QT_TRANSLATE_NOOP("SandboxPhoneWindow", "Candidate Phone (sandbox)")
INTRO = QT_TRANSLATE_NOOP(
    "SandboxPhoneWindow",
    "What the sandbox delivered to this address, as the candidate sees it. "
    "Answer as the candidate: the recruiter sees the reply after the next sync.",
)


def as_bubble(item: SandboxItem) -> MessageInfo:
    """A sandbox line as a chat bubble: the candidate's own, or one we sent them."""
    mine = item.direction == FROM_CANDIDATE
    return MessageInfo(
        id=item.id,
        direction="in" if mine else "out",
        channel=item.channel,
        kind=MessageKind.CANDIDATE.value if mine else MessageKind.RECRUITER.value,
        body=item.body,
        subject=item.subject,
        media_url="",
        media_type="",
        state="",  # the phone shows no delivery marks
        created_at=item.at,
        author="",
    )


class SandboxInboxModel(QAbstractListModel):
    """What one simulated address holds, oldest first; a reload appends what is new."""

    def __init__(self, sender_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sender = sender_name
        self._address = ""
        self._items: list[MessageInfo] = []

    @property
    def address(self) -> str:
        return self._address

    @property
    def items(self) -> list[MessageInfo]:
        return list(self._items)

    def load(self, address: str, items: list[SandboxItem]) -> bool:
        """Show ``items`` of ``address``; returns True when rows were added or replaced."""
        found = [as_bubble(i) for i in items]
        held = self._items
        same = address == self._address and len(found) >= len(held)
        if same and all(a.id == b.id for a, b in zip(held, found, strict=False)):
            if len(found) == len(held):
                return False
            self.beginInsertRows(QModelIndex(), len(held), len(found) - 1)
            self._items = found
            self.endInsertRows()
            return True
        self.beginResetModel()
        self._address, self._items = address, found
        self.endResetModel()
        return True

    def rowCount(self, parent: ModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        m = self._items[index.row()]
        if role == MESSAGE_ROLE:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            return m.body
        if role == DAY_ROLE:
            previous = self._items[index.row() - 1] if index.row() else None
            first = previous is None or previous.created_at.date() != m.created_at.date()
            return day_heading(m.created_at) if first else ""
        if role == SPEAKER_ROLE:
            return self.tr("You") if m.kind == MessageKind.CANDIDATE else self._sender
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = (
                self.tr("You wrote")
                if m.kind == MessageKind.CANDIDATE
                else self.tr("{sender} wrote").format(sender=self._sender)
            )
            subject = self.tr(" (subject {subject})").format(subject=m.subject) if m.subject else ""
            text = self.tr("{who} by {channel} at {time}{subject}: {body}")
            return text.format(
                who=who,
                channel=channel_name(m.channel),
                time=clock_time(m.created_at),
                subject=subject,
                body=m.body,
            )
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[MESSAGE_ROLE] = QByteArray(b"message")
        names[DAY_ROLE] = QByteArray(b"day")
        names[SPEAKER_ROLE] = QByteArray(b"speaker")
        return names


class SandboxPhoneWindow(QWidget):
    """The simulator window (one per main window).

    Signals:
        reply_sent(int): a reply was stored for the sandbox (its id); time to sync.
    """

    reply_sent = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sandboxPhone")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr(TITLE))
        self._ws = ws
        self._suggested: tuple[str, ...] = ()
        intro = QLabel(self.tr(INTRO))
        intro.setObjectName("phoneIntro")
        intro.setWordWrap(True)
        self.address_combo = _address_combo()
        self.model = SandboxInboxModel(ws.company.name(), self)
        self.message_list = HistoryView(self.tr("Messages on the candidate's phone"))
        self.delegate = MessageDelegate(self.message_list, mirrored=True)
        self.message_list.setItemDelegate(self.delegate)
        self.message_list.setModel(self.model)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.message_list)
        self.channel_combo = _channel_combo()
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setObjectName("composerEdit")
        self.reply_edit.setAccessibleName(self.tr("Reply as the candidate"))
        self.reply_edit.setPlaceholderText(self.tr("Write as the candidate…"))
        self.reply_edit.setTabChangesFocus(True)
        self.send_button = QPushButton(self.tr("Send as candidate"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setIcon(icon("send"))
        self.send_button.setAccessibleName(self.tr("Send as the candidate"))
        self.send_button.setToolTip("Ctrl+Enter")
        self.status_label = QLabel()
        self.status_label.setObjectName("composerHint")
        self.status_label.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._layout(intro)
        self._connect()
        self._on_reply_edit_text_changed()
        self.resize(420, 640)

    # -- building --------------------------------------------------------------------------

    def _layout(self, intro: QLabel) -> None:
        top = QVBoxLayout()
        top.setContentsMargins(16, 14, 16, 10)
        top.setSpacing(8)
        top.addWidget(intro)
        top.addWidget(self.address_combo)
        header = QWidget()
        header.setObjectName("paneHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        header.setLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.channel_combo)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.send_button)
        composer = QWidget()
        composer.setObjectName("composer")
        composer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(16, 10, 16, 12)
        composer_layout.addWidget(self.reply_edit)
        composer_layout.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(composer)

    def _connect(self) -> None:
        self.address_combo.currentTextChanged.connect(self._on_address_combo_text_changed)
        self.reply_edit.textChanged.connect(self._on_reply_edit_text_changed)
        self.send_button.clicked.connect(self.send_reply)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.reply_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send_reply)
        self.timer.timeout.connect(self.refresh)

    # -- public ----------------------------------------------------------------------------

    @property
    def address(self) -> str:
        return self.address_combo.currentText().strip()

    def set_address(self, address: str) -> None:
        self.address_combo.setEditText(address)
        self.refresh()

    def set_candidate(self, row: CandidateRow | None) -> None:
        """Offer the candidate's phone and email; follow them unless another address was
        typed."""
        suggested = tuple(a for a in ((row.phone, row.email) if row else ()) if a)
        following = not self.address or self.address in self._suggested
        self._suggested = suggested
        text = self.address
        self.address_combo.blockSignals(True)
        self.address_combo.clear()
        self.address_combo.addItems(list(suggested))
        self.address_combo.setEditText(suggested[0] if following and suggested else text)
        self.address_combo.blockSignals(False)
        self._on_address_combo_text_changed(self.address)

    def refresh(self) -> None:
        """Read what the address holds now (new deliveries, replies)."""
        address = self.address
        try:
            items = self._ws.providers.sandbox_inbox(address) if address else []
        except WorkspaceError as exc:
            self._show_status(error_text(exc), error=True)
            return
        changed = self.model.load(address, items)
        if not address:
            self.empty_label.setText(self.tr("Type the candidate's phone number or email address."))
        else:
            self.empty_label.setText(
                self.tr("Nothing delivered to {address} yet.").format(address=address)
            )
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        if changed:
            self.message_list.scrollToBottom()

    def send_reply(self) -> None:
        """Store the reply as the candidate's; the sync worker pulls it."""
        text = self.reply_edit.toPlainText().strip()
        if not text:
            return
        try:
            reply_id = self._ws.providers.sandbox_reply(self.address, text, self.channel)
        except WorkspaceError as exc:
            self._show_status(self.tr("Not sent: {reason}").format(reason=exc), error=True)
            return
        self.reply_edit.clear()
        self._show_status(self.tr("Sent. The recruiter sees it after the next sync."))
        self.refresh()
        self.reply_sent.emit(reply_id)

    @property
    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    # -- events and slots ------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setProperty("error", error)
        self.status_label.setText(text)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def _on_address_combo_text_changed(self, address: str) -> None:
        channel = Channel.EMAIL if "@" in address else Channel.SMS
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))
        self.refresh()

    def _on_reply_edit_text_changed(self) -> None:
        self.send_button.setEnabled(bool(self.reply_edit.toPlainText().strip()))


def _address_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("phoneAddress")
    combo.setEditable(True)
    combo.setAccessibleName(
        QCoreApplication.translate("SandboxPhoneWindow", "Candidate phone number or email")
    )
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    assert edit is not None
    edit.setPlaceholderText(
        QCoreApplication.translate("SandboxPhoneWindow", "+639171234567 or name@example.com")
    )
    edit.setAccessibleName(
        QCoreApplication.translate("SandboxPhoneWindow", "Candidate phone number or email")
    )
    return combo


def _channel_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("phoneChannel")
    combo.setAccessibleName(QCoreApplication.translate("SandboxPhoneWindow", "Reply channel"))
    for channel in REPLY_CHANNELS:
        shown = QCoreApplication.translate("SandboxPhoneWindow", channel_name(channel.value))
        combo.addItem(icon(f"channel-{channel.value}"), shown, channel.value)
    return combo


def open_sandbox_phone(
    parent: QWidget, ws: Workspace, existing: SandboxPhoneWindow | None, row: CandidateRow | None
) -> SandboxPhoneWindow:
    """Show ``parent``'s phone simulator (one window, raised when open), made on ``row``."""
    phone = existing
    if phone is None:
        phone = SandboxPhoneWindow(ws, parent)
        phone.set_candidate(row)
    present(phone)
    return phone
