"""The message editors' tool row: the on/off switch, "Insert token" (every token of the
seed, by name) and "Restore default"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.views.campaigns.language_names import token_texts


def token_text(name: str) -> str:
    return f"<%= @{name} %>"


def token_button(
    tokens: Sequence[MessageToken], insert: Callable[[str], None], parent: QWidget | None = None
) -> QToolButton:
    """A button whose menu inserts a token (``insert(text)``) where the cursor is."""
    button = QToolButton(parent)
    button.setText(QCoreApplication.translate("TokenMenu", "Insert token"))
    button.setObjectName("tokenButton")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.setToolTipsVisible(True)
    for token in tokens:
        label, description = token_texts(token.name, token.label, token.description)
        action = menu.addAction(label)
        action.setToolTip(f"{description}: {token_text(token.name)}")
        action.setData(token.name)
        action.triggered.connect(lambda _=False, n=token.name: insert(token_text(n)))
    button.setMenu(menu)
    return button


def editor_tools(
    switch: QCheckBox,
    tokens: Sequence[MessageToken],
    insert: Callable[[str], None],
    restore: SignalInstance,
    owner: QWidget,
) -> QHBoxLayout:
    """The row above an editor; "Restore default" emits ``restore``."""
    button = QPushButton(QCoreApplication.translate("TokenMenu", "Restore default"))
    button.setObjectName(f"{switch.objectName()}Restore")
    button.clicked.connect(restore)
    row = QHBoxLayout()
    row.addWidget(switch)
    row.addStretch(1)
    row.addWidget(token_button(tokens, insert, owner))
    row.addWidget(button)
    return row
