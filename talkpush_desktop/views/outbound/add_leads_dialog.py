"""Add Leads: paste rows from a spreadsheet (or open a CSV or JSON file into the box), see
how many leads they make, and add them. The text is read as the CLI's ``leads add`` reads a
file (``engine.outbound.bodies.lead_files``: JSON, a CSV whose header names the columns,
or rows whose cells are recognised by their look); a refusal shows the engine's message
for each failing row as "Row N: ..."."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from talkpush_desktop.engine.outbound.bodies.lead_files import parse
from talkpush_desktop.engine.outbound.dto import AddLeadsResult
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.outbound_actions import OutboundActions
from talkpush_desktop.views.outbound.vocabulary import leads_text
from talkpush_desktop.views.widgets.field_errors import error_label
from talkpush_desktop.views.widgets.standard_buttons import name_buttons

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "AddLeadsDialog",
    "Paste rows from a spreadsheet, one lead per row, e.g.\n"
    "Email, First name, Last name, Phone\n"
    "ana.cruz@example.com, Ana, Cruz, +63 917 123 4567",
)
MAX_SHOWN_ERRORS = 8
_ROW = re.compile(r"^leads\.(\d+)(?:\.(\w+))?$")


def row_errors(details: dict[str, str], header_rows: int) -> list[str]:
    """The engine's ``leads.<i>.<field>`` messages as "Row N: ..." lines of the pasted
    text (``header_rows``: 1 when the first row names the columns)."""
    lines = []
    for path, reason in details.items():
        match = _ROW.match(path)
        row = int(match.group(1)) + 1 + header_rows if match else 0
        where = (
            QCoreApplication.translate("AddLeadsDialog", "Row {n}").format(n=row) if match else path
        )
        lines.append(f"{where}: {reason}")
    return lines


class AddLeadsDialog(QDialog):
    """Adds the pasted leads to ``campaign_id`` through ``actions``."""

    def __init__(
        self,
        actions: OutboundActions,
        campaign_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addLeadsDialog")
        self.setWindowTitle(self.tr("Add Leads \u2014 {campaign}").format(campaign=title))
        self._actions = actions
        self._campaign_id = campaign_id
        self.result_of_add: AddLeadsResult | None = None
        self._header_rows = 0
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Leads to add"))
        self.text.setPlaceholderText(self.tr(PLACEHOLDER))
        self.open_button = QPushButton(self.tr("Open CSV File\u2026"))
        self.open_button.clicked.connect(self.ask_csv)
        self.count_label = QLabel()
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Add leads error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add Leads"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.resize(620, 420)

    def parsed(self) -> tuple[list[Any], str]:
        """The leads the text makes, and why it makes none ("" when it does)."""
        try:
            body = parse(self.text.toPlainText())
        except OutboundError as exc:
            return [], "; ".join(exc.details.values()) or exc.message
        leads = body.get("leads") if isinstance(body, dict) else None
        if not isinstance(leads, list):
            return [], self.tr('a JSON body needs a "leads" list')
        return leads, ""

    def leads(self) -> list[Any]:
        return self.parsed()[0]

    def load_csv(self, path: Path) -> None:
        """Put a CSV file's rows in the box (UTF-8, a spreadsheet's BOM allowed)."""
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8-sig", errors="replace"))
        except OSError as exc:
            self.error.setText(
                self.tr("Could not read {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                )
            )
            self.error.show()

    def ask_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Leads"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.load_csv(Path(name))

    def add(self) -> None:
        leads = self.leads()
        if not leads:
            return
        self.error.hide()
        self.add_button.setEnabled(False)
        job = self._actions.add_leads(self._campaign_id, leads, self._on_added, self._on_refused)
        job.finished.connect(self._on_add_finished)

    def _on_add_finished(self) -> None:
        if isValid(self):
            self.add_button.setEnabled(True)

    def _on_text_changed(self) -> None:
        leads, why = self.parsed()
        n = len(leads)
        to_add = self.tr("{leads} to add").format(leads=leads_text(n))
        self.count_label.setText(to_add if n else why)
        self.add_button.setEnabled(n > 0)
        self._header_rows = 1 if self._has_header() else 0

    def _has_header(self) -> bool:
        """Whether the first row names the columns (a CSV's header: no email in it)."""
        text = self.text.toPlainText().lstrip("\ufeff").strip()
        first = next((line for line in text.splitlines() if line.strip()), "")
        return bool(first) and not first.startswith(("{", "[")) and "@" not in first

    def _on_added(self, result: AddLeadsResult) -> None:
        self.result_of_add = result
        if isValid(self):
            self.accept()

    def _on_refused(self, error: OutboundError) -> None:
        if not isValid(self):
            return
        lines = row_errors(error.details, self._header_rows) or [error.message]
        more = len(lines) - MAX_SHOWN_ERRORS
        and_more = self.tr("and {count} more").format(count=more)
        shown = lines[:MAX_SHOWN_ERRORS] + ([and_more] if more > 0 else [])
        self.error.setText("\n".join(shown))
        self.error.show()
