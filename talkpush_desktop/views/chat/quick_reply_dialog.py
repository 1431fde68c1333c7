"""Small dialogs for the company-wide quick replies: save a new one (title and text, tokens
allowed), and manage them (edit, delete)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import MessageToken, QuickReplyInfo
from talkpush_desktop.views.campaign_view.vocabulary import token_label, token_tip
from talkpush_desktop.views.widgets.operations import RecruiterActions


class QuickReplyDialog(QDialog):
    """Asks for a title and a text; OK is enabled once both are filled."""

    def __init__(
        self, tokens: Sequence[MessageToken], text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New quick reply"))
        self.setObjectName("quickReplyDialog")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Quick reply title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Interview reminder"))
        self.body_edit = QPlainTextEdit(text)
        self.body_edit.setAccessibleName(self.tr("Quick reply text"))
        self.body_edit.setTabChangesFocus(True)
        token_button = QPushButton(self.tr("Insert token"))
        token_button.setAccessibleName(self.tr("Insert token"))
        menu = QMenu(token_button)
        for token in tokens:
            action = menu.addAction(token_label(token))
            action.setToolTip(token_tip(token))
            action.triggered.connect(
                lambda _checked=False, t=token.text: self.body_edit.insertPlainText(t)
            )
        token_button.setMenu(menu)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body_edit)
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


class ManageQuickRepliesDialog(QDialog):
    """The company's quick replies: pick one to edit its title and text, or delete it.

    Reads through ``quick_replies`` and writes through :class:`RecruiterActions`; the list
    is read again whenever the workspace changes.
    """

    def __init__(
        self,
        quick_replies: Callable[[], Sequence[QuickReplyInfo]],
        actions: RecruiterActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick replies"))
        self.setObjectName("manageQuickRepliesDialog")
        self._read, self._actions = quick_replies, actions
        self._replies: list[QuickReplyInfo] = []
        self.reply_list = QListWidget()
        self.reply_list.setAccessibleName(self.tr("Quick replies"))
        self.reply_list.setMinimumWidth(170)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Quick reply title"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Quick reply text"))
        self.body_edit.setTabChangesFocus(True)
        self.empty_label = QLabel(self.tr("No quick replies yet. Save one from the composer."))
        self.empty_label.setObjectName("fieldEmpty")
        self.empty_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the quick reply"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the quick reply"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.delete_button)
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addLayout(form, 1)
        right.addLayout(edit_buttons)
        top = QHBoxLayout()
        top.addWidget(self.reply_list)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.reply_list.currentRowChanged.connect(self._on_reply_list_current_row_changed)
        self.title_edit.textChanged.connect(self._on_edit_changed)
        self.body_edit.textChanged.connect(self._on_edit_changed)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        actions.workspace_changed.connect(self._on_actions_workspace_changed)
        self.reload()
        self.resize(620, 340)

    @property
    def current(self) -> QuickReplyInfo | None:
        row = self.reply_list.currentRow()
        return self._replies[row] if 0 <= row < len(self._replies) else None

    def titles(self) -> list[str]:
        return [reply.title for reply in self._replies]

    def reload(self) -> None:
        """Read the quick replies again, keeping the one being edited current."""
        keep = self.current.id if self.current is not None else None
        self._replies = list(self._read())
        self.reply_list.blockSignals(True)
        self.reply_list.clear()
        for reply in self._replies:
            item = QListWidgetItem(reply.title)
            item.setToolTip(reply.body)
            self.reply_list.addItem(item)
        ids = [reply.id for reply in self._replies]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.reply_list.setCurrentRow(row)
        self.reply_list.blockSignals(False)
        self._on_reply_list_current_row_changed(row)

    def select(self, title: str) -> None:
        self.reply_list.setCurrentRow(self.titles().index(title))

    def save(self) -> None:
        reply = self.current
        title, body = self.title_edit.text().strip(), self.body_edit.toPlainText().strip()
        if reply is not None and title and body:
            self._actions.update_quick_reply(reply.id, title, body)

    def delete(self) -> None:
        reply = self.current
        if reply is not None:
            self._actions.delete_quick_reply(reply.id, reply.title)

    def _on_reply_list_current_row_changed(self, _row: int) -> None:
        reply = self.current
        for widget in (self.title_edit, self.body_edit):
            widget.blockSignals(True)
        self.title_edit.setText(reply.title if reply else "")
        self.body_edit.setPlainText(reply.body if reply else "")
        for widget in (self.title_edit, self.body_edit):
            widget.blockSignals(False)
            widget.setEnabled(reply is not None)
        self.empty_label.setVisible(not self._replies)
        self.delete_button.setEnabled(reply is not None)
        self._on_edit_changed()

    def _on_edit_changed(self) -> None:
        reply = self.current
        title, body = self.title_edit.text().strip(), self.body_edit.toPlainText().strip()
        changed = reply is not None and (title, body) != (reply.title, reply.body)
        self.save_button.setEnabled(bool(changed and title and body))

    def _on_actions_workspace_changed(self, _description: str) -> None:
        self.reload()
