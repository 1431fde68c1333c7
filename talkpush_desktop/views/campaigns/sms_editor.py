"""The SMS version of an event's message: its text with a live count of characters and
segments (GSM-7 160/153, UCS-2 70/67, extension characters twice), a warning when a token
can make it longer, and one preview bubble per segment the candidate receives, filled
for a sample candidate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.engine.messaging import template_preview
from talkpush_desktop.views.campaigns.token_menu import editor_tools

BUBBLES_STYLE = (
    "#smsBubbles { background: #f4f5f7; }"
    ' QLabel[bubble="true"] { background: #dcf3e3; border-radius: 12px; padding: 8px 10px;'
    " color: #1f2933; }"
    ' QLabel[caption="true"] { color: #6b7280; font-size: 8pt; }'
)


class SmsEditor(QWidget):
    """Signals:
    changed: the text or the switch changed.
    restore_requested: the recruiter asked for the predefined text.
    """

    changed = Signal()
    restore_requested = Signal()

    def __init__(self, tokens: Sequence[MessageToken], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: Mapping[str, str] = {}
        self.enabled_box = QCheckBox(self.tr("Send this SMS"))
        self.enabled_box.setObjectName("smsEnabled")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("smsText")
        self.text_edit.setAccessibleName(self.tr("SMS text"))
        self.count_label = QLabel()
        self.count_label.setObjectName("smsCount")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("smsWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a15c07; font-size: 9pt;")
        tools = editor_tools(
            self.enabled_box, tokens, self.text_edit.insertPlainText, self.restore_requested, self
        )
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.text_edit, 1)
        left.addWidget(self.count_label)
        left.addWidget(self.warning_label)
        self.bubbles = QWidget()
        self.bubbles.setObjectName("smsBubbles")
        self.bubbles.setStyleSheet(BUBBLES_STYLE)
        self._bubble_layout = QVBoxLayout(self.bubbles)
        self._bubble_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.bubbles)
        scroll.setMinimumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(scroll, 2)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.enabled_box.toggled.connect(self.changed)

    def set_sample(self, values: Mapping[str, str]) -> None:
        """The sample candidate's token values the bubbles are filled with."""
        self._values = values
        self._update()

    def show_text(self, body: str, enabled: bool) -> None:
        self.text_edit.setPlainText(body)
        self.enabled_box.setChecked(enabled)
        self._update()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def bubble_texts(self) -> list[str]:
        out = []
        for i in range(self._bubble_layout.count()):
            item = self._bubble_layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.property("bubble"):
                out.append(widget.text())
        return out

    def _on_text_changed(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        p = template_preview.sms(self.text_edit.toPlainText(), dict(self._values))
        locale = QLocale()
        count = self.tr("{characters} characters \u00b7 {encoding} \u00b7 {segments} SMS").format(
            characters=locale.toString(p.characters),
            encoding=p.encoding,
            segments=locale.toString(p.segments),
        )
        if p.units != p.characters:
            count += " " + self.tr("({units} units)").format(units=locale.toString(p.units))
        self.count_label.setText(count)
        self.warning_label.setText(p.warning)
        self.warning_label.setVisible(bool(p.warning))
        while self._bubble_layout.count() > 1:  # the stretch stays last
            item = self._bubble_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        for n, part in enumerate(p.parts):
            caption = QLabel(self.tr("SMS {n} of {count}").format(n=n + 1, count=p.segments))
            caption.setProperty("caption", True)
            bubble = QLabel(part)
            bubble.setObjectName(f"smsBubble{n + 1}")
            bubble.setProperty("bubble", True)
            bubble.setWordWrap(True)
            bubble.setTextFormat(Qt.TextFormat.PlainText)
            self._bubble_layout.insertWidget(2 * n, caption)
            self._bubble_layout.insertWidget(2 * n + 1, bubble)
