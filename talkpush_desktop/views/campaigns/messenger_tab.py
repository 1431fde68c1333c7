"""The Messenger tab: whether the Page's chatbot shows the campaign (disabled, as a job
position, or as an inquiry type), the job card's information fields with their
80-character counters, the detailed description, the apply URL, and a preview that looks
like the card in Messenger."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.campaigns.messenger_posting import INFO_MAX, Posting
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.field_errors import FieldErrors

MODES = {
    "disabled": QT_TRANSLATE_NOOP(
        "MessengerTab", "Disabled: the campaign is not in the Page's chatbot"
    ),
    "job": QT_TRANSLATE_NOOP(
        "MessengerTab", "Job position: the chatbot shows this opening as a card"
    ),
    "inquiry": QT_TRANSLATE_NOOP(
        "MessengerTab",
        "Inquiry type: candidates state their question; a recruiter answers in the chat",
    ),
}
CARD_STYLE = "#messengerCard { background: white; border: 1px solid #d5d9de; border-radius: 14px; }"


class MessengerTab(QWidget):
    """Signals:
    changed: a field was edited.
    """

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_group = QButtonGroup(self)
        modes = QVBoxLayout()
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode, text in MODES.items():
            button = self.mode_buttons[mode] = QRadioButton(self.tr(text))
            button.setObjectName(f"messengerMode_{mode}")
            self.mode_group.addButton(button)
            modes.addWidget(button)
        self.title_edit, self.title_count = self._counted("messengerTitle", self.tr("Job title"))
        self.subtitle_edit, self.subtitle_count = self._counted(
            "messengerSubtitle", self.tr("Subtitle")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("messengerDescription")
        self.description_edit.setAccessibleName(self.tr("Detailed description"))
        self.apply_edit = QLineEdit()
        self.apply_edit.setObjectName("messengerApplyUrl")
        self.apply_edit.setAccessibleName(self.tr("Apply URL"))
        self.apply_edit.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow(self.tr("Facebook bot"), modes)
        form.addRow("", errors.label_for("messenger.mode", self.tr("Mode")))
        form.addRow(self.tr("Title"), _row(self.title_edit, self.title_count))
        form.addRow("", errors.label_for("messenger.title", self.tr("Title")))
        form.addRow(self.tr("Subtitle"), _row(self.subtitle_edit, self.subtitle_count))
        form.addRow("", errors.label_for("messenger.subtitle", self.tr("Subtitle")))
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow("", errors.label_for("messenger.description", self.tr("Description")))
        form.addRow(self.tr("&Apply URL"), self.apply_edit)
        form.addRow("", errors.label_for("messenger.apply_url", self.tr("Apply URL")))
        self.card = self._build_card()
        preview = QVBoxLayout()
        preview.addWidget(QLabel(self.tr("Preview")))
        preview.addWidget(self.card)
        preview.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(preview)
        self.mode_group.buttonToggled.connect(self._on_edited)
        for edit in (self.title_edit, self.subtitle_edit, self.apply_edit):
            edit.textChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)

    def _build_card(self) -> QFrame:
        """The Messenger job card the preview shows."""
        frame = QFrame()
        frame.setObjectName("messengerCard")
        frame.setStyleSheet(CARD_STYLE)
        frame.setFixedWidth(260)
        self.card_title = QLabel()
        self.card_title.setObjectName("cardTitle")
        self.card_title.setWordWrap(True)
        self.card_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.card_subtitle = QLabel()
        self.card_subtitle.setObjectName("cardSubtitle")
        self.card_subtitle.setWordWrap(True)
        self.card_subtitle.setStyleSheet("color: #65676b;")
        card = QVBoxLayout(frame)
        image = QLabel("\N{BRIEFCASE}")
        image.setStyleSheet("font-size: 40pt; background: #e7f0fd; border-radius: 10px;")
        image.setMinimumHeight(110)
        card.addWidget(image)
        card.addWidget(self.card_title)
        card.addWidget(self.card_subtitle)
        self.card_buttons: list[QLabel] = []
        for text in (self.tr("View Description"), self.tr("Apply")):
            link = QLabel(text)
            link.setStyleSheet(
                "color: #0a7cff; border-top: 1px solid #e4e6eb; padding: 6px; font-weight: 600;"
            )
            card.addWidget(link)
            self.card_buttons.append(link)
        return frame

    @staticmethod
    def _counted(name: str, accessible: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        count = QLabel(f"0/{INFO_MAX}")
        count.setObjectName(f"{name}Count")
        count.setMinimumWidth(48)
        return edit, count

    def show_posting(self, p: Posting) -> None:
        self.mode_buttons.get(p.mode, self.mode_buttons["disabled"]).setChecked(True)
        self.title_edit.setText(p.title)
        self.subtitle_edit.setText(p.subtitle)
        self.description_edit.setPlainText(p.description)
        self.apply_edit.setText(p.apply_url)
        self._update()

    def posting(self) -> Posting:
        mode = next((m for m, b in self.mode_buttons.items() if b.isChecked()), "disabled")
        return Posting(
            mode,
            self.title_edit.text(),
            self.subtitle_edit.text(),
            self.description_edit.toPlainText(),
            self.apply_edit.text(),
        )

    def problems(self) -> dict[str, str]:
        """The 80-character rule, checked before the engine is asked."""
        found = {}
        for name, edit in (("title", self.title_edit), ("subtitle", self.subtitle_edit)):
            if len(edit.text()) > INFO_MAX:
                found[f"messenger.{name}"] = self.tr("at most {limit} characters ({count})").format(
                    limit=INFO_MAX, count=len(edit.text())
                )
        return found

    def _on_edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        for edit, count in (
            (self.title_edit, self.title_count),
            (self.subtitle_edit, self.subtitle_count),
        ):
            n = len(edit.text())
            count.setText(f"{QLocale().toString(n)}/{QLocale().toString(INFO_MAX)}")
            count.setStyleSheet("color: #c62f3c;" if n > INFO_MAX else "color: #6b7280;")
        self.card_title.setText(self.title_edit.text() or self.tr("Job title"))
        self.card_subtitle.setText(self.subtitle_edit.text())
        p = self.posting()
        self.card.setEnabled(p.mode == "job")


def _row(edit: QLineEdit, count: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(count)
    return row
