"""Validation messages shown beside the fields they are about.

:class:`FieldErrors` keeps one red label per field (made by :meth:`FieldErrors.label_for`,
placed by the form under its field) and shows an engine error's ``details`` (``path ->
message``) on them: a path goes to the field registered for it, or for its longest
registered prefix (``followUpRetries.1.time`` to ``followUpRetries``); what matches no field
is shown on the general label at the top of the form.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #c62f3c; font-size: 9pt;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped red message label."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The error labels of one form, by the body path of their field."""

    def __init__(self) -> None:
        self.general = error_label()
        self.general.setAccessibleName(QCoreApplication.translate("FieldErrors", "Form error"))
        self._labels: dict[str, QLabel] = {}

    def label_for(self, path: str, name: str = "") -> QLabel:
        """The error label of the field at ``path`` (made once)."""
        if path not in self._labels:
            label = self._labels[path] = error_label()
            label.setAccessibleName(
                QCoreApplication.translate("FieldErrors", "{field} error").format(
                    field=name or path
                )
            )
        return self._labels[path]

    def clear(self) -> None:
        for label in (self.general, *self._labels.values()):
            label.clear()
            label.hide()

    def field_of(self, path: str) -> str | None:
        """The registered path that shows the message of ``path`` (None: the general one)."""
        parts = path.split(".")
        for n in range(len(parts), 0, -1):
            key = ".".join(parts[:n])
            if key in self._labels:
                return key
        return None

    def show(self, message: str, details: Mapping[str, str] | None = None) -> None:
        """Show ``details`` beside their fields; ``message`` (and any detail no field
        takes) on the general label."""
        self.clear()
        general: list[str] = []
        for path, reason in (details or {}).items():
            key = self.field_of(path)
            if key is None:
                general.append(f"{path}: {reason}")
                continue
            label = self._labels[key]
            label.setText("\n".join(filter(None, (label.text(), reason))))
            label.show()
        if message and not details or general:
            self.general.setText("\n".join([message, *general]) if message else "\n".join(general))
            self.general.show()

    def text(self, path: str) -> str:
        """The message shown for ``path``'s field ("" when none)."""
        label = self._labels.get(path)
        return label.text() if label is not None and not label.isHidden() else ""

    def shown(self) -> dict[str, str]:
        """Every message shown, by field path (the general one under "")."""
        out = {p: lab.text() for p, lab in self._labels.items() if not lab.isHidden()}
        if not self.general.isHidden():
            out[""] = self.general.text()
        return out
