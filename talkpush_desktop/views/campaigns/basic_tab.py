"""The Basic tab: title, hotline country (searchable; it decides the caller ID's prefix),
interview language, web dial-out and auto-call."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.views.campaigns.language_names import language_name
from talkpush_desktop.views.widgets.field_errors import FieldErrors


def _country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    known = territory != QLocale.Country.AnyTerritory
    return QLocale.territoryToString(territory) if known else code


class BasicTab(QWidget):
    """Signals:
    changed: a field was edited.
    """

    changed = Signal()

    def __init__(
        self,
        countries: list[tuple[str, int]],
        languages: dict[str, str],
        errors: FieldErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("campaignTitle")
        self.title_edit.setAccessibleName(self.tr("Campaign title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Customer Service - Manila"))
        self.title_edit.setMaxLength(500)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("hotlineCountry")
        self.country_combo.setAccessibleName(self.tr("Hotline country"))
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        rows = sorted(((_country_name(c), c, n) for c, n in countries), key=lambda r: r[0])
        for name, code, calling in rows:
            self.country_combo.addItem(f"{name} ({code}, +{calling})", code)
        completer = self.country_combo.completer()
        if completer is not None:  # type to search anywhere in the name
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.caller_id = _hint("")
        self.caller_id.setObjectName("callerIdPrefix")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("interviewLanguage")
        self.language_combo.setAccessibleName(self.tr("Interview language"))
        for code, name in languages.items():
            self.language_combo.addItem(f"{language_name(code, name)} ({code})", code)
        self.web_dial_out = QCheckBox(self.tr("Offer a web interview link (web dial-out)"))
        self.web_dial_out.setObjectName("webDialOut")
        self.auto_call = QCheckBox(
            self.tr("Call each candidate added for the phone interview at once")
        )
        self.auto_call.setObjectName("autoCall")
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", errors.label_for("basic.title", self.tr("Title")))
        form.addRow(self.tr("Hotline &country"), self.country_combo)
        form.addRow("", self.caller_id)
        form.addRow("", errors.label_for("basic.hotline_country", self.tr("Hotline country")))
        form.addRow(self.tr("Interview &language"), self.language_combo)
        form.addRow(
            "", _hint(self.tr("Decides the language model that transcribes audio answers."))
        )
        form.addRow("", errors.label_for("basic.interview_language", self.tr("Interview language")))
        form.addRow(self.tr("Web dial-out"), self.web_dial_out)
        form.addRow(self.tr("Auto-call"), self.auto_call)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.title_edit.textChanged.connect(self.changed)
        self.country_combo.currentIndexChanged.connect(self._on_country_combo_changed)
        self.language_combo.currentIndexChanged.connect(self.changed)
        self.web_dial_out.toggled.connect(self.changed)
        self.auto_call.toggled.connect(self.changed)

    def show_basic(self, basic: Basic) -> None:
        self.title_edit.setText(basic.title)
        self._select(self.country_combo, basic.hotline_country)
        self._select(self.language_combo, basic.interview_language)
        self.web_dial_out.setChecked(basic.web_dial_out)
        self.auto_call.setChecked(basic.auto_call)
        self._on_country_combo_changed()

    def basic(self) -> Basic:
        return Basic(
            self.title_edit.text(),
            str(self.country_combo.currentData() or self.country_combo.currentText()),
            str(self.language_combo.currentData() or ""),
            self.web_dial_out.isChecked(),
            self.auto_call.isChecked(),
        )

    def problems(self) -> dict[str, str]:
        """What is wrong before the engine is asked (it checks again)."""
        if self.title_edit.text().strip():
            return {}
        return {"basic.title": self.tr("a campaign needs a title")}

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _on_country_combo_changed(self) -> None:
        text = self.country_combo.currentText()
        calling = text.rsplit("+", 1)[-1].rstrip(")") if "+" in text else ""
        shown = self.tr("Candidates see calls from a +{calling} number").format(calling=calling)
        self.caller_id.setText(shown if calling else "")
        self.changed.emit()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setStyleSheet("color: #6b7280; font-size: 9pt;")
    return label
