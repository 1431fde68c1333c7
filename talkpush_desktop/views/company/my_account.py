"""My Account (seed 000): the signed-in manager's name, email, interface language (kept
per user), weekly statistics email and password change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.company.languages import LANGUAGES
from talkpush_desktop.engine.errors import ValidationError, WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class MyAccountDialog(QDialog):
    """Save stores every change at once.

    Signals:
        account_changed: after a save.
        language_changed(str): a save changed the language (then the dialog closes and the
            window opens again in it).
    """

    account_changed = Signal()
    language_changed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        me = ws.accounts.me()
        self._language = me.language
        self.setWindowTitle(self.tr("My Account"))
        self.name = QLineEdit(me.name)
        self.email = QLineEdit(me.email)
        self.language = QComboBox()
        self.language.setProperty("endonyms", True)  # each language named in itself
        for code, shown in LANGUAGES.items():
            self.language.addItem(shown, code)
        self.language.setCurrentIndex(max(0, self.language.findData(me.language)))
        self.weekly = QCheckBox(self.tr("Receive Weekly Statistics Email"))
        self.weekly.setChecked(me.weekly_email)
        self.my_phone = QLineEdit(ws.recruiter_calls.my_phone())
        self.my_phone.setPlaceholderText("+63 917 ...")
        self.my_phone.setToolTip(self.tr("Call Candidate rings this phone first"))
        self.current_password = _password_field()
        self.new_password = _password_field()
        self.confirm_password = _password_field()
        self.current_password.setEnabled(me.has_password)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("My phone"), self.my_phone)
        form.addRow("", self.weekly)
        box = QGroupBox(self.tr("Change password"))
        password_form = QFormLayout(box)
        password_form.addRow(self.tr("Current password"), self.current_password)
        password_form.addRow(self.tr("New password"), self.new_password)
        password_form.addRow(self.tr("New password again"), self.confirm_password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = translated_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        try:
            if self.new_password.text() != self.confirm_password.text():
                raise ValidationError(self.tr("new password: the two entries differ"))
            self.my_phone.setText(self._ws.recruiter_calls.set_my_phone(self.my_phone.text()))
            me = self._ws.accounts.save_me(
                name=self.name.text(),
                email=self.email.text(),
                language=self.language.currentData(),
                weekly_email=self.weekly.isChecked(),
                current_password=self.current_password.text(),
                new_password=self.new_password.text() or None,
            )
        except WorkspaceError as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(error_text(exc))
            return
        for field in (self.current_password, self.new_password, self.confirm_password):
            field.clear()
        self.current_password.setEnabled(me.has_password)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.account_changed.emit()
        if me.language != self._language:
            self._language = me.language
            self.accept()
            self.language_changed.emit(me.language)
