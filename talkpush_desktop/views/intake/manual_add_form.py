"""The Manual tab of Add Candidate: one person, with a CV; the engine validates.

An email OR a phone is required (the seed's rule); the engine says what is wrong and the
message appears under the field it names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.intake.row_mapping import split_full_name
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.widgets.engine_errors import error_text

SOURCES = (
    QT_TRANSLATE_NOOP("ManualAddForm", "Manual"),
    QT_TRANSLATE_NOOP("ManualAddForm", "Walk-in"),
    QT_TRANSLATE_NOOP("ManualAddForm", "Referral"),
    QT_TRANSLATE_NOOP("ManualAddForm", "Job fair"),
    QT_TRANSLATE_NOOP("ManualAddForm", "Job board"),
)
"""The usual sources (stored in English; shown translated; any other can be typed)."""
CV_PATTERNS = "*.pdf *.doc *.docx *.odt *.rtf *.txt *.png *.jpg *.jpeg"
ERROR_FIELDS = {
    "first name": "first_name",
    "last name": "first_name",
    "email": "email",
    "phone": "phone",
    "email/phone": "email",
    "country code": "phone",
    "cv": "cv",
    "referee first name": "referee_name",
    "referee last name": "referee_name",
    "referee id": "referee_name",
    "referee email": "referee_email",
    "referee mobile": "referee_email",
    "referee account": "referee_email",
}
"""Where an engine message "field: reason" is shown."""
FORM_MAX_WIDTH = 680


class ManualAddForm(QWidget):
    """Type a candidate's details and add them to the dialog's campaign.

    Signals:
        candidate_added(int): the new candidate's id.
    """

    candidate_added = Signal(int)

    def __init__(self, intake: IntakeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intake = intake
        self._campaign: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.source_combo = QComboBox()
        self.source_combo.setEditable(True)
        for source in SOURCES:
            self.source_combo.addItem(self.tr(source), source)
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.cv_button = QPushButton(self.tr("Choose CV\u2026"))
        self.cv_button.setAccessibleName(self.tr("Choose a CV file"))
        self.cv_button.clicked.connect(self._on_cv_button_clicked)
        self.add_button = QPushButton(self.tr("Add candidate"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setAccessibleName(self.tr("Add the candidate"))
        self.add_button.clicked.connect(self.submit)
        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setWordWrap(True)
        for button in (self.cv_button, self.add_button):
            button.setAutoDefault(False)  # Return in a field adds (returnPressed), never browses
        self._build()

    def _build(self) -> None:
        hint = QLabel(self.tr("An email or a phone number is required."))
        hint.setObjectName("formHint")
        fields = QWidget()
        fields.setMaximumWidth(FORM_MAX_WIDTH)
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(self._form())
        column.addWidget(hint)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(fields)
        layout.addStretch(1)
        layout.addLayout(footer)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        names = _row()
        names.addWidget(self._edit("first_name", self.tr("First name"), self.tr("First name")))
        names.addWidget(self._edit("last_name", self.tr("Last name"), self.tr("Last name")))
        form.addRow(self.tr("Name"), self._with_error("first_name", names))
        form.addRow(
            self.tr("Email"), self._with_error("email", self._edit("email", self.tr("Email"), ""))
        )
        phone = _row()
        code = self._edit("country_code", self.tr("Country code"), self.tr("Country code"))
        code.setMaximumWidth(130)
        phone.addWidget(code)
        phone.addWidget(self._edit("phone", self.tr("Phone"), "0917 123 4567"), 1)
        form.addRow(self.tr("Phone"), self._with_error("phone", phone))
        form.addRow(self.tr("Source"), self.source_combo)
        referee = _row()
        referee.addWidget(self._edit("referee_name", self.tr("Referee name"), self.tr("Name")))
        referee.addWidget(
            self._edit("referee_id", self.tr("Referee employee ID"), self.tr("Employee ID"))
        )
        form.addRow(self.tr("Referee"), self._with_error("referee_name", referee))
        referee_contacts = _row()
        referee_contacts.addWidget(
            self._edit("referee_email", self.tr("Referee email"), self.tr("Email"))
        )
        referee_contacts.addWidget(
            self._edit("referee_mobile", self.tr("Referee phone"), self.tr("Phone"))
        )
        referee_contacts.addWidget(
            self._edit("referee_account", self.tr("Referee account"), self.tr("Account"))
        )
        form.addRow("", self._with_error("referee_email", referee_contacts))
        cv = _row()
        cv_edit = self._edit("cv", self.tr("CV file"), self.tr("No file chosen"))
        cv_edit.setReadOnly(True)
        cv.addWidget(cv_edit, 1)
        cv.addWidget(self.cv_button)
        form.addRow(self.tr("CV"), self._with_error("cv", cv))
        for row in range(form.rowCount()):  # line labels up with the text of their fields
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                label.setContentsMargins(0, 4, 0, 0)
        return form

    def _edit(self, key: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self.submit)
        self.edits[key] = edit
        return edit

    def _with_error(self, key: str, content: QWidget | QHBoxLayout) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(content, QHBoxLayout):
            column.addLayout(content)
        else:
            column.addWidget(content)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        return box

    # -- actions ---------------------------------------------------------------------------

    def set_campaign(self, campaign_id: int | None) -> None:
        self._campaign = campaign_id
        self.add_button.setEnabled(campaign_id is not None)

    def value(self, key: str) -> str:
        return self.edits[key].text().strip()

    def submit(self) -> None:
        """Add the candidate; show the engine's reason under its field when refused."""
        self._clear_errors()
        if self._campaign is None:
            return
        first, last = split_full_name(self.value("referee_name"))
        try:
            candidate_id, not_invited = self._intake.add_candidate(
                self._campaign,
                first_name=self.value("first_name"),
                last_name=self.value("last_name"),
                email=self.value("email"),
                phone=self.value("phone"),
                country_code=self.value("country_code"),
                source=self._source(),
                cv_file=self.value("cv") or None,
                referee={
                    "first_name": first,
                    "last_name": last,
                    "id": self.value("referee_id"),
                    "email": self.value("referee_email"),
                    "mobile": self.value("referee_mobile"),
                    "account": self.value("referee_account"),
                },
            )
        except WorkspaceError as exc:
            self._show_error(error_text(exc))
            return
        name = f"{self.value('first_name')} {self.value('last_name')}".strip()
        for edit in self.edits.values():
            edit.clear()
        self.message_label.setProperty("error", bool(not_invited))
        if not_invited:
            said = self.tr(
                "Added {name} (ID {id}) to No Campaign Invitation: the invitation "
                "was not sent ({reason})."
            ).format(name=name, id=candidate_id, reason=not_invited)
        else:
            said = self.tr("Added {name} (ID {id}) to the Inbox.").format(
                name=name, id=candidate_id
            )
        self.message_label.setText(said)
        self._repolish(self.message_label)
        self.edits["first_name"].setFocus()
        self.candidate_added.emit(candidate_id)

    def _source(self) -> str:
        """The source as stored: a listed one in English, else what was typed."""
        typed = self.source_combo.currentText().strip()
        index = self.source_combo.findText(typed)
        if index >= 0:
            return str(self.source_combo.itemData(index))
        return typed or "Manual"

    def _show_error(self, message: str) -> None:
        field, sep, reason = message.partition(": ")
        key = ERROR_FIELDS.get(field) if sep else None
        if key is None:
            self.message_label.setProperty("error", True)
            self.message_label.setText(message[:1].upper() + message[1:])
            self._repolish(self.message_label)
            return
        label = self.errors[key]
        if reason == "required":  # the engine's most common reason, in the language
            reason = self.tr("Required")
        label.setText(reason[:1].upper() + reason[1:])
        label.show()
        self.edits[key].setFocus()

    def _clear_errors(self) -> None:
        self.message_label.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _on_cv_button_clicked(self) -> None:
        cv_filter = self.tr("CVs ({patterns});;All files (*)").format(patterns=CV_PATTERNS)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CV"), "", cv_filter)
        if name:
            self.edits["cv"].setText(str(Path(name)))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _row() -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    return row
