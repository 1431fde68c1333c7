"""A small dialog to save a new company-wide quick reply (title and text, tokens allowed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from talkpush_desktop.engine.dto import MessageToken


class QuickReplyDialog(QDialog):
    """Asks for a title and a text; OK is enabled once both are filled."""

    def __init__(
        self, tokens: Sequence[MessageToken], text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New quick reply")
        self.setObjectName("quickReplyDialog")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Quick reply title")
        self.title_edit.setPlaceholderText("e.g. Interview reminder")
        self.body_edit = QPlainTextEdit(text)
        self.body_edit.setAccessibleName("Quick reply text")
        self.body_edit.setTabChangesFocus(True)
        token_button = QPushButton("Insert token")
        token_button.setAccessibleName("Insert token")
        menu = QMenu(token_button)
        for token in tokens:
            action = menu.addAction(token.label)
            action.triggered.connect(
                lambda _checked=False, t=token.text: self.body_edit.insertPlainText(t)
            )
        token_button.setMenu(menu)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title_edit)
        form.addRow("Text", self.body_edit)
        form.addRow("", token_button)
        form.addRow(self.buttons)
        self.title_edit.textChanged.connect(self._on_edit_changed)
        self.body_edit.textChanged.connect(self._on_edit_changed)
        self._on_edit_changed()
        self.resize(460, 300)

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()

    @property
    def body(self) -> str:
        return self.body_edit.toPlainText().strip()

    def _on_edit_changed(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.title and self.body))
