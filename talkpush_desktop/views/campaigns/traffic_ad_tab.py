"""The Traffic ad tab: a Click-to-Messenger ad's welcome content in two tabs kept in step,
quick creation (a form) and JSON (the Messenger Platform message, checked as it is typed,
each problem with its exact path); Copy and Save to file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.campaigns import traffic_ad
from talkpush_desktop.engine.campaigns.traffic_ad import AdButton, AdForm
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.field_errors import FieldErrors

QUICK, JSON_TAB = 0, 1
ACTIONS = {
    "web_url": QT_TRANSLATE_NOOP("TrafficAdTab", "Open website"),
    "postback": QT_TRANSLATE_NOOP("TrafficAdTab", "Send a postback"),
}


class ButtonRow:
    """One button of the quick form: label, action, URL or payload."""

    def __init__(self, n: int) -> None:
        self.label = QLineEdit()
        self.label.setObjectName(f"adButtonLabel{n}")
        self.label.setPlaceholderText(
            QCoreApplication.translate("TrafficAdTab", "Button {n} label (20 characters)").format(
                n=n
            )
        )
        self.action = QComboBox()
        self.action.setObjectName(f"adButtonAction{n}")
        for key, text in ACTIONS.items():
            self.action.addItem(QCoreApplication.translate("TrafficAdTab", text), key)
        self.value = QLineEdit()
        self.value.setObjectName(f"adButtonValue{n}")
        self.value.setPlaceholderText(
            QCoreApplication.translate("TrafficAdTab", "Website URL or payload")
        )

    def button(self) -> AdButton | None:
        if not self.label.text() and not self.value.text():
            return None
        return AdButton(self.label.text(), str(self.action.currentData()), self.value.text())

    def show(self, b: AdButton | None) -> None:
        self.label.setText(b.label if b else "")
        index = self.action.findData(b.action if b else "web_url")
        self.action.setCurrentIndex(max(index, 0))
        self.value.setText(b.value if b else "")


class TrafficAdTab(QWidget):
    """Signals:
    changed: the content was edited.
    """

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        quick = self._build_quick()
        self.json_edit = QPlainTextEdit()
        self.json_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json_edit.setObjectName("adJson")
        self.json_edit.setAccessibleName(self.tr("Traffic ad JSON"))
        self.problems_label = QLabel()
        self.problems_label.setObjectName("adProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62f3c; font-size: 9pt;")
        json_page = QWidget()
        json_layout = QVBoxLayout(json_page)
        json_layout.addWidget(self.json_edit, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adTabs")
        self.tabs.addTab(quick, self.tr("Quick creation"))
        self.tabs.addTab(json_page, "JSON")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("adCopy")
        self.save_button = QPushButton(self.tr("Save to file\u2026"))
        self.save_button.setObjectName("adSaveFile")
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The welcome a candidate gets in Messenger after clicking a Click-to-Messenger "
                "ad. Leave it empty when the campaign runs no such ad."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(errors.label_for("traffic_ad", self.tr("Traffic ad")))
        for edit in (self.intro_edit, self.image_edit, *[r.label for r in self.rows]):
            edit.textChanged.connect(self._on_form_edited)
        for row in self.rows:
            row.value.textChanged.connect(self._on_form_edited)
            row.action.currentIndexChanged.connect(self._on_form_edited)
        self.message_edit.textChanged.connect(self._on_form_edited)
        self.format_combo.currentIndexChanged.connect(self._on_form_edited)
        self.json_edit.textChanged.connect(self._on_json_edited)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)

    def _build_quick(self) -> QWidget:
        """The quick-creation form."""
        self.intro_edit = QLineEdit()
        self.intro_edit.setObjectName("adIntro")
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("adFormat")
        self.format_combo.addItem(self.tr("Text"), "text")
        self.format_combo.addItem(self.tr("Image & text"), "image_text")
        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("adMessage")
        self.message_edit.setMaximumHeight(90)
        self.image_edit = QLineEdit()
        self.image_edit.setObjectName("adImage")
        self.image_edit.setPlaceholderText(self.tr("https://... (Image & text)"))
        self.rows = [ButtonRow(n) for n in (1, 2, 3)]
        form = QFormLayout()
        form.addRow(self.tr("Introductory text"), self.intro_edit)
        form.addRow(self.tr("Message format"), self.format_combo)
        form.addRow(self.tr("Message text"), self.message_edit)
        form.addRow(self.tr("Image"), self.image_edit)
        for n, row in enumerate(self.rows, start=1):
            line = QHBoxLayout()
            line.addWidget(row.label, 2)
            line.addWidget(row.action, 1)
            line.addWidget(row.value, 2)
            form.addRow(self.tr("Button {n}").format(n=n), line)
        page = QWidget()
        page.setLayout(form)
        return page

    def show_content(self, content: dict[str, Any] | None) -> None:
        self._syncing = True
        text = json.dumps(content, indent=2, ensure_ascii=False) if content else ""
        self.json_edit.setPlainText(text)
        self._show_form(traffic_ad.from_json(content) if content else AdForm())
        self._syncing = False
        self._check()

    def text(self) -> str:
        """The content's JSON text ('' when empty)."""
        return self.json_edit.toPlainText().strip()

    def form(self) -> AdForm:
        buttons = tuple(b for b in (row.button() for row in self.rows) if b is not None)
        return AdForm(
            self.intro_edit.text(),
            str(self.format_combo.currentData()),
            self.message_edit.toPlainText(),
            self.image_edit.text(),
            buttons,
        )

    def problems(self) -> dict[str, str]:
        """The content's problems, each with its path (none when empty)."""
        text = self.text()
        if not text:
            return {}
        doc, found = traffic_ad.parse(text)
        found = found or traffic_ad.check(doc)
        return (
            {"traffic_ad": "\n".join(f"{path or 'content'}: {why}" for path, why in found)}
            if found
            else {}
        )

    def _show_form(self, form: AdForm | None) -> None:
        self.tabs.setTabEnabled(QUICK, form is not None)
        if form is None:  # JSON the form cannot show (several cards, quick replies...)
            self.tabs.setTabToolTip(QUICK, self.tr("This content can only be edited as JSON"))
            return
        self.tabs.setTabToolTip(QUICK, "")
        self.intro_edit.setText(form.intro_text)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(form.format), 0))
        self.message_edit.setPlainText(form.message_text)
        self.image_edit.setText(form.image_url)
        for n, row in enumerate(self.rows):
            row.show(form.buttons[n] if n < len(form.buttons) else None)

    def _on_form_edited(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        form = self.form()
        empty = form == AdForm(format=form.format)
        doc = traffic_ad.to_json(form)
        self.json_edit.setPlainText("" if empty else json.dumps(doc, indent=2, ensure_ascii=False))
        self._syncing = False
        self._check()
        self.changed.emit()

    def _on_json_edited(self) -> None:
        if self._syncing:
            return
        doc, found = traffic_ad.parse(self.text()) if self.text() else (None, [])
        if not found and doc is not None:
            self._syncing = True
            self._show_form(traffic_ad.from_json(doc))
            self._syncing = False
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        self.problems_label.setText(self.problems().get("traffic_ad", ""))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the content"), "traffic-ad.json", "JSON (*.json)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        path.write_text(self.text() + "\n", encoding="utf-8")
