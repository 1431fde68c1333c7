"""The bulk action bar shown above the candidate list while several candidates are selected."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.candidates.folders import FOLDER_NAMES, RECRUITER_FOLDERS, parse_folder
from talkpush_desktop.engine.dto import QuickReplyInfo
from talkpush_desktop.views.campaign_view.list_scope import DEFAULT_FOLDER
from talkpush_desktop.views.campaign_view.vocabulary import folder_text
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon
from talkpush_desktop.views.widgets.flow_layout import FlowLayout
from talkpush_desktop.views.widgets.formatting import count_text

MOVE_TARGETS = tuple(
    sorted(
        (name for name in FOLDER_NAMES if parse_folder(name) in RECRUITER_FOLDERS),
        key=lambda name: name == DEFAULT_FOLDER,
    )
)
"""The folders a recruiter may move to, decisions first and back to the Inbox last."""
REPLY_CHANNELS = (
    ("", QT_TRANSLATE_NOOP("BulkBar", "By SMS, or email without a phone number")),
    ("sms", QT_TRANSLATE_NOOP("BulkBar", "By SMS only")),
    ("email", QT_TRANSLATE_NOOP("BulkBar", "By email only")),
)
"""The quick reply menu's channel choices: (channel, "" for either, and the entry)."""
NO_QUICK_REPLIES = QT_TRANSLATE_NOOP("BulkBar", "No quick replies yet (add them in the composer)")
NEW_LABEL = QT_TRANSLATE_NOOP("BulkBar", "New label…")
"""Marked for translation; shown through :func:`bulk_text`."""


def bulk_text(text: str) -> str:
    """A marked text of the bulk bar in the interface language."""
    return QCoreApplication.translate("BulkBar", text)


def fill_label_menu(
    menu: QMenu, names: Sequence[str], pick: Callable[[str], None], *, new: bool = False
) -> None:
    """Fill ``menu`` with one entry per label (and "New label..." when ``new``)."""
    menu.clear()
    for name in names:
        menu.addAction(name).triggered.connect(lambda _on=False, n=name: pick(n))
    if not names:
        menu.addAction(QCoreApplication.translate("BulkBar", "No labels yet")).setEnabled(False)
    if new:
        menu.addSeparator()
        menu.addAction(bulk_text(NEW_LABEL)).triggered.connect(lambda _on=False: pick(""))


def _button(text: str, name: str, object_name: str = "bulkButton") -> QToolButton:
    button = QToolButton()
    button.setObjectName(object_name)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class BulkBar(QWidget):
    """ "N selected" and what can be done to all of them at once.

    Signals:
        move_requested(str): move the selection to this folder.
        label_requested(str, bool): add (True) or remove (False) this label; "" asks for a
            new label first.
        refresh_pins_requested: give the selection new PIN codes.
        invite_requested: send the campaign's invitation to the selection.
        quick_reply_requested(int, str): send this quick reply (id) over this channel ("" for
            SMS, or email to those without a phone number).
        select_all_requested: select every candidate matching the list's filter.
        clear_requested: select nobody.
    """

    move_requested = Signal(str)
    label_requested = Signal(str, bool)
    refresh_pins_requested = Signal()
    invite_requested = Signal()
    quick_reply_requested = Signal(int, str)
    select_all_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.count_label = QLabel()
        self.count_label.setObjectName("bulkCount")
        self.select_all_button = _button(
            self.tr("Select all matching"), self.tr("Select all matching"), "linkButton"
        )
        self.select_all_button.setToolTip(
            self.tr("Every candidate matching the list, loaded or not (Ctrl+A)")
        )
        self.matching_label = QLabel(self.tr("all matching"))
        self.matching_label.setObjectName("bulkMatching")
        self.clear_button = _button("", self.tr("Clear selection"), "bulkClear")
        self.clear_button.setIcon(icon("close"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.clear_button.setToolTip(self.tr("Clear selection (Esc)"))
        self.move_button = _button(self.tr("Move to"), self.tr("Move selected to folder"))
        self.add_label_button = _button(self.tr("Add label"), self.tr("Add label to selected"))
        self.remove_label_button = _button(
            self.tr("Remove label"), self.tr("Remove label from selected")
        )
        self.pin_button = _button(self.tr("Refresh PIN"), self.tr("Refresh PIN code of selected"))
        self.invite_button = _button(
            self.tr("Send invitation"), self.tr("Send invitation to selected")
        )
        self.reply_button = _button(self.tr("Quick reply"), self.tr("Send quick reply to selected"))
        self.move_menu = QMenu(self.move_button)
        for folder in MOVE_TARGETS:
            self.move_menu.addAction(folder_text(folder)).triggered.connect(
                lambda _on=False, f=folder: self.move_requested.emit(f)
            )
        self.add_menu = QMenu(self.add_label_button)
        self.remove_menu = QMenu(self.remove_label_button)
        for button, menu in (
            (self.move_button, self.move_menu),
            (self.add_label_button, self.add_menu),
            (self.remove_label_button, self.remove_menu),
        ):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.invite_button.setToolTip(self.tr("Send the campaign's invitation (its SMS and email)"))
        self.reply_button.setToolTip(
            self.tr("Send one of the company's quick replies to everyone selected")
        )
        self._quick_replies: Callable[[], Sequence[QuickReplyInfo]] = list
        self.reply_menu = QMenu(self.reply_button)
        self.reply_menu.setObjectName("bulkReplyMenu")
        self.reply_menu.setToolTipsVisible(True)
        self.reply_menu.aboutToShow.connect(self._on_reply_menu_about_to_show)
        self.reply_button.setMenu(self.reply_menu)
        self.reply_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.channel_group = QActionGroup(self)
        for channel, text in REPLY_CHANNELS:
            action = self.channel_group.addAction(bulk_text(text))
            action.setCheckable(True)
            action.setData(channel)
            action.setChecked(not channel)
        self.set_labels([])
        self._build_layout()
        self.select_all_button.clicked.connect(self.select_all_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.pin_button.clicked.connect(self.refresh_pins_requested)
        self.invite_button.clicked.connect(self.invite_requested)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.count_label)
        top.addWidget(self.select_all_button)
        top.addWidget(self.matching_label)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        actions = FlowLayout(spacing=6)
        for button in (
            self.move_button,
            self.add_label_button,
            self.remove_label_button,
            self.pin_button,
            self.invite_button,
            self.reply_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(actions)

    def set_labels(self, manual: Sequence[str]) -> None:
        """The labels a recruiter may add or remove (automatic ones are set by rules)."""
        fill_label_menu(
            self.add_menu, manual, lambda n: self.label_requested.emit(n, True), new=True
        )
        fill_label_menu(self.remove_menu, manual, lambda n: self.label_requested.emit(n, False))

    def set_quick_replies(self, replies: Callable[[], Sequence[QuickReplyInfo]]) -> None:
        """Where the quick reply menu reads the company's replies (when it opens)."""
        self._quick_replies = replies

    @property
    def reply_channel(self) -> str:
        """The channel chosen in the quick reply menu ("": SMS, else email)."""
        checked = self.channel_group.checkedAction()
        return str(checked.data()) if checked is not None else ""

    def fill_reply_menu(self) -> None:
        """The company's quick replies, then the channel to send them over."""
        menu = self.reply_menu
        menu.clear()
        replies = list(self._quick_replies())
        for reply in replies:
            action = menu.addAction(reply.title)
            action.setToolTip(reply.body)
            action.triggered.connect(
                lambda _on=False, r=reply.id: self.quick_reply_requested.emit(r, self.reply_channel)
            )
        if not replies:
            menu.addAction(bulk_text(NO_QUICK_REPLIES)).setEnabled(False)
        menu.addSeparator()
        for action in self.channel_group.actions():
            menu.addAction(action)

    def _on_reply_menu_about_to_show(self) -> None:
        self.fill_reply_menu()

    def show_selection(self, count: int, all_matching: bool, counting: bool = False) -> None:
        """Say how many are selected (``counting``: at least that many, the rest are being
        counted); offer "Select all matching" until it is chosen."""
        more = "+" if counting else ""
        self.count_label.setText(self.tr("{count} selected").format(count=count_text(count) + more))
        self.count_label.setAccessibleName(self.count_label.text())
        self.select_all_button.setVisible(not all_matching)
        self.matching_label.setVisible(all_matching)
