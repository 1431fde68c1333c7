"""The profile's "Invite to assessment" dialog: the assessment's test id (offered from the
company's assessment campaigns, or typed) and its name. Accepting records the invitation
(``ws.assessments.invite``); the assessment campaigns for that test that take invited
candidates add the candidate as a lead."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MAX_TEST_ID, MAX_NAME = 200, 500


class AssessmentDialog(QDialog):
    """Ask for the test id and name; ``test_id()`` and ``name()`` once accepted."""

    def __init__(
        self, candidate_name: str, tests: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("Invite to Assessment"))
        self._tests = dict(tests)
        self.test_combo = QComboBox()
        self.test_combo.setEditable(True)
        self.test_combo.setAccessibleName(self.tr("Assessment test ID"))
        self.test_combo.addItems(list(self._tests))
        self.test_combo.setCurrentIndex(-1)
        line = self.test_combo.lineEdit()
        if line is not None:  # an editable combo has one
            line.setMaxLength(MAX_TEST_ID)
            line.setPlaceholderText("assessmentTestId")
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Assessment name"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.note = QLabel(
            self.tr(
                "Records that {name} was invited. Running assessment campaigns for this test"
                " that add invited candidates take them as a lead."
            ).format(name=candidate_name or self.tr("the candidate"))
        )
        self.note.setObjectName("mutedText")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Invite"))
        self.ok_button.setAccessibleName(self.tr("Invite to the assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Test ID"), self.test_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_combo.currentTextChanged.connect(self._on_test_combo_text_changed)
        self._on_test_combo_text_changed("")

    def test_id(self) -> str:
        return self.test_combo.currentText().strip()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _on_test_combo_text_changed(self, text: str) -> None:
        known = self._tests.get(text.strip())
        if known and not self.name_edit.isModified():
            self.name_edit.setText(known)
        self.ok_button.setEnabled(bool(self.test_id()))
