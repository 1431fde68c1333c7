"""The form's ``jobDetails``: the fields of the chosen purpose only (the others are hidden):
the job copy for interest checks, interview slots for scheduling, a meeting link for online
interviews, the assessment and its SMS for assessment reminders (see
docs/company-campaigns.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from talkpush_desktop.engine.outbound.bodies.job_details import (
    DELAY_MAX_HOURS,
    SMS_MAX,
    allowed_keys,
)
from talkpush_desktop.engine.outbound.shapes import DEFAULT_DELAY_HOURS
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.field_errors import FieldErrors


@dataclass(frozen=True, slots=True)
class Spec:
    key: str
    label: str
    kind: str = "line"  # line, text, lines (a list, one per line), check, hours
    placeholder: str = ""


UP_TO = QT_TRANSLATE_NOOP("PurposeFields", "Up to {max} characters")
SPECS = (
    Spec(
        "jobTitle",
        QT_TRANSLATE_NOOP("PurposeFields", "Job title"),
        placeholder=QT_TRANSLATE_NOOP("PurposeFields", "e.g. Customer Service Representative"),
    ),
    Spec(
        "jobLocation",
        QT_TRANSLATE_NOOP("PurposeFields", "Job location"),
        placeholder=QT_TRANSLATE_NOOP("PurposeFields", "e.g. Pasig City"),
    ),
    Spec("jobDescription", QT_TRANSLATE_NOOP("PurposeFields", "Job description"), "text"),
    Spec(
        "interviewSlots",
        QT_TRANSLATE_NOOP("PurposeFields", "Interview slots"),
        "lines",
        QT_TRANSLATE_NOOP("PurposeFields", "One per line; leads press 1 to 8"),
    ),
    Spec("meetingUrl", QT_TRANSLATE_NOOP("PurposeFields", "Meeting link"), placeholder="https://"),
    Spec("assessmentTestId", QT_TRANSLATE_NOOP("PurposeFields", "Assessment test ID")),
    Spec("assessmentName", QT_TRANSLATE_NOOP("PurposeFields", "Assessment name")),
    Spec(
        "assessmentReminderSmsTemplate",
        QT_TRANSLATE_NOOP("PurposeFields", "Reminder SMS"),
        "text",
        UP_TO,
    ),
    Spec(
        "assessmentPostCallSmsTemplate",
        QT_TRANSLATE_NOOP("PurposeFields", "Post-call SMS"),
        "text",
        UP_TO,
    ),
    Spec(
        "assessmentFirstReminderDelayHours",
        QT_TRANSLATE_NOOP("PurposeFields", "First reminder after"),
        "hours",
    ),
    Spec(
        "autoAddInvitedCandidates",
        QT_TRANSLATE_NOOP("PurposeFields", "Invited candidates"),
        "check",
    ),
)
"""The fields; labels and placeholders are translated where shown."""
REQUIRED = {"jobTitle", "interviewSlots", "meetingUrl", "assessmentTestId"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PurposeFields", text) if text else ""


def _editor(spec: Spec) -> QWidget:
    placeholder = _tr(spec.placeholder).format(max=SMS_MAX)
    if spec.kind in ("text", "lines"):
        text = QPlainTextEdit()
        text.setPlaceholderText(placeholder)
        text.setFixedHeight(58)
        text.setTabChangesFocus(True)
        return text
    if spec.kind == "check":
        return QCheckBox(
            QCoreApplication.translate(
                "PurposeFields", "Add candidates invited to the assessment as leads"
            )
        )
    if spec.kind == "hours":
        hours = QSpinBox()
        hours.setRange(0, DELAY_MAX_HOURS)
        hours.setValue(DEFAULT_DELAY_HOURS)
        hours.setSuffix(
            " " + QCoreApplication.translate("PurposeFields", "hours after a lead is added")
        )
        return hours
    line = QLineEdit()
    line.setPlaceholderText(placeholder)
    return line


class PurposeFields(QWidget):
    """The purpose's fields in a form; :meth:`set_purpose` shows those it takes."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QWidget] = {}
        self._purpose = ""
        for spec in SPECS:
            editor = self.editors[spec.key] = _editor(spec)
            label = _tr(spec.label)
            editor.setAccessibleName(label)
            box = QWidget()
            column = QFormLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addRow(editor)
            column.addRow(errors.label_for(f"jobDetails.{spec.key}", label))
            self.form.addRow(label, box)

    def set_purpose(self, purpose: str) -> None:
        self._purpose = purpose
        keys = allowed_keys(purpose) if purpose else ()
        for row, spec in enumerate(SPECS):
            self.form.setRowVisible(row, spec.key in keys and self._applies(spec.key, purpose))

    @staticmethod
    def _applies(key: str, purpose: str) -> bool:
        """Slots are for SCHEDULE and the link for ONLINE_INTERVIEW only."""
        return {"interviewSlots": "SCHEDULE", "meetingUrl": "ONLINE_INTERVIEW"}.get(
            key, purpose
        ) == purpose

    def visible_keys(self) -> list[str]:
        return [
            s.key
            for s in SPECS
            if s.key in allowed_keys(self._purpose or "X") and self._applies(s.key, self._purpose)
        ]

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText().strip()
            if key == "interviewSlots":
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def job_details(self) -> dict[str, Any]:
        """The shown fields' values; empty optional ones are left out, required ones are
        sent empty so the engine names them."""
        out: dict[str, Any] = {}
        for key in self.visible_keys():
            value = self.value(key)
            if value in ("", []) and key not in REQUIRED:
                continue
            out[key] = None if value == [] else value
        return {k: v for k, v in out.items() if v is not None}

    def show_values(self, details: Mapping[str, Any]) -> None:
        for key, value in details.items():
            editor = self.editors.get(key)
            if isinstance(editor, QPlainTextEdit):
                lines = value if isinstance(value, list) else [str(value)]
                editor.setPlainText("\n".join(str(v) for v in lines))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(float(value)))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
