"""The email version of an event's message: subject, a rich-text editor and its HTML
source (``<>``) kept in step, and a preview filled for a sample candidate. The HTML is
sanitised as the engine keeps it (nh3) whenever the source is shown, and again on save."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.engine.messaging import email_html, template_preview
from talkpush_desktop.views.campaigns.token_menu import editor_tools

RICH, SOURCE, PREVIEW = 0, 1, 2
_ESCAPED_TOKEN = re.compile(r"&lt;%=(.*?)%&gt;", re.DOTALL)
_TOKEN = re.compile(r"<%=.*?%>", re.DOTALL)


def _tokens_unescaped(markup: str) -> str:
    """Qt's HTML escapes a token typed in the text; give it back its markers."""
    return _ESCAPED_TOKEN.sub(lambda m: "<%=" + html.unescape(m.group(1)) + "%>", markup)


def rich_to_html(markup: str) -> str:
    """The rich editor's HTML as the template keeps it (sanitised, tokens intact)."""
    return email_html.sanitize_template(_tokens_unescaped(markup)).strip()


def html_to_rich(source: str) -> str:
    """Template HTML for the rich editor: its tokens shown as text."""
    return _TOKEN.sub(lambda m: html.escape(m.group(0)), source)


class EmailEditor(QWidget):
    """Signals:
    changed: the subject, the body or the switch changed.
    restore_requested: the recruiter asked for the predefined message.
    """

    changed = Signal()
    restore_requested = Signal()

    def __init__(self, tokens: Sequence[MessageToken], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: Mapping[str, str] = {}
        self._syncing = False
        self._rich_edited = False  # the rich text differs from the source's HTML
        self.enabled_box = QCheckBox(self.tr("Send this email"))
        self.enabled_box.setObjectName("emailEnabled")
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("emailSubject")
        self.subject_edit.setAccessibleName(self.tr("Email subject"))
        self.subject_edit.setPlaceholderText(self.tr("Subject"))
        self.rich_edit = QTextEdit()
        self.rich_edit.setObjectName("emailRich")
        self.rich_edit.setAccessibleName(self.tr("Email body"))
        self.source_edit = QPlainTextEdit()
        self.source_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source_edit.setObjectName("emailSource")
        self.source_edit.setAccessibleName(self.tr("Email HTML source"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("emailPreview")
        self.preview.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("emailTabs")
        self.tabs.addTab(self.rich_edit, self.tr("Editor"))
        self.tabs.addTab(self.source_edit, "<>")
        self.tabs.setTabToolTip(SOURCE, self.tr("Edit the HTML"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        tools = editor_tools(self.enabled_box, tokens, self._insert, self.restore_requested, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.subject_edit)
        layout.addWidget(self.tabs, 1)
        self._current = RICH
        self.tabs.currentChanged.connect(self._on_tabs_changed)
        self.rich_edit.textChanged.connect(self._on_rich_changed)
        self.source_edit.textChanged.connect(self._on_body_changed)
        self.subject_edit.textChanged.connect(self.changed)
        self.enabled_box.toggled.connect(self.changed)

    def set_sample(self, values: Mapping[str, str]) -> None:
        self._values = values

    def show_message(self, subject: str, body: str, enabled: bool) -> None:
        self._syncing = True
        self.subject_edit.setText(subject)
        self.rich_edit.setHtml(html_to_rich(body))
        self.source_edit.setPlainText(body)
        self.enabled_box.setChecked(enabled)
        self._syncing = False
        self._rich_edited = False

    def body(self) -> str:
        """The HTML as it stands in the tab last edited (a body only looked at in the rich
        editor is kept as written, not as Qt writes HTML)."""
        if self._current == SOURCE or not self._rich_edited:
            return self.source_edit.toPlainText()
        return rich_to_html(self.rich_edit.toHtml())

    def subject(self) -> str:
        return self.subject_edit.text()

    def _insert(self, text: str) -> None:
        if self.tabs.currentIndex() == SOURCE:
            self.source_edit.insertPlainText(text)
        else:
            self.tabs.setCurrentIndex(RICH)
            self.rich_edit.insertPlainText(text)

    def _on_body_changed(self) -> None:
        if not self._syncing:
            self.changed.emit()

    def _on_rich_changed(self) -> None:
        if not self._syncing:
            self._rich_edited = True
            self.changed.emit()

    def _on_tabs_changed(self, index: int) -> None:
        """Carry the body over from the tab left to the one shown."""
        if index == PREVIEW:
            subject, body = template_preview.email(self.subject(), self.body(), dict(self._values))
            self.preview.setHtml(f"<p><b>{html.escape(subject)}</b></p><hr>{body}")
            return
        body = self.body()
        self._syncing = True
        self.source_edit.setPlainText(body)
        if index == RICH:
            self.rich_edit.setHtml(html_to_rich(body))
        self._syncing = False
        self._rich_edited = False
        self._current = index
