"""The API Server dialog's keys: the company's API keys, a new one, revoking.

A new key's secret (an intake key's ``api_secret``, a partner's bearer key) is shown once, in
a read-only field with a Copy button, beside an example ``curl`` for a campaign; the
workspace keeps only its hash. Creating hashes the secret (deliberately slow) and every
call writes, so they run on the views' background worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.access.keys import ApiKeyInfo, NewApiKey
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.api_server.curl_example import intake_curl, partner_curl
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.background import BackgroundRunner
from talkpush_desktop.views.widgets.formatting import date_text
from talkpush_desktop.views.widgets.standard_buttons import Answer, ask

KINDS = (
    ("intake", QT_TRANSLATE_NOOP("KeysPanel", "Intake (career sites: key and secret)")),
    ("partner", QT_TRANSLATE_NOOP("KeysPanel", "Partner (bearer key)")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("KeysPanel", "Name"),
    QT_TRANSLATE_NOOP("KeysPanel", "Kind"),
    QT_TRANSLATE_NOOP("KeysPanel", "Key"),
    QT_TRANSLATE_NOOP("KeysPanel", "Created"),
    QT_TRANSLATE_NOOP("KeysPanel", "Last used"),
    QT_TRANSLATE_NOOP("KeysPanel", "State"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1
ONCE = QT_TRANSLATE_NOOP(
    "NewKeyBox", "Copy the secret now: it is not shown again. The workspace keeps only its hash."
)


def _when(value: datetime | None) -> str:
    return date_text(value, "yyyy-MM-dd HH:mm") if value is not None else "\N{EM DASH}"


class NewKeyBox(QFrame):
    """The key just created: its key, its secret (copyable) and the example request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newApiKey")
        self.key_field = QLineEdit(readOnly=True)
        self.key_field.setAccessibleName(self.tr("New key"))
        self.secret_field = QLineEdit(readOnly=True)
        self.secret_field.setAccessibleName(self.tr("New secret"))
        self.copy_secret = QPushButton(self.tr("Copy"))
        self.copy_secret.setAccessibleName(self.tr("Copy secret"))
        self.copy_secret.clicked.connect(lambda: _copy(self.secret_field.text()))
        self.curl = QPlainTextEdit(readOnly=True)
        self.curl.setAccessibleName(self.tr("Example request"))
        self.curl.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.curl.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.curl.setFixedHeight(self.curl.fontMetrics().lineSpacing() * 8 + 12)
        self.copy_curl = QPushButton(self.tr("Copy request"))
        self.copy_curl.clicked.connect(lambda: _copy(self.curl.toPlainText()))
        note = QLabel(self.tr(ONCE))
        note.setWordWrap(True)
        note.setObjectName("warningNote")
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_field, 1)
        secret_row.addWidget(self.copy_secret)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Key"), self.key_field)
        form.addRow(self.tr("Secret"), secret_row)
        form.addRow(self.tr("Try it"), self.curl)
        form.addRow("", self.copy_curl)
        self.hide()

    def show_key(self, key: str, secret: str, curl: str) -> None:
        self.key_field.setText(key)
        self.secret_field.setText(secret)
        self.curl.setPlainText(curl)
        self.show()
        window = self.window()
        window.resize(window.size().expandedTo(window.sizeHint()))  # room for the new key


def _copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class KeysPanel(QWidget):
    """Lists, creates and revokes ``ws.api_keys``; ``base_url()`` is where the example
    request goes (the running server, or the port it would listen on)."""

    def __init__(
        self,
        ws: Workspace,
        runner: BackgroundRunner,
        campaigns: Sequence[CampaignInfo],
        base_url: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._runner, self._base_url = ws, runner, base_url
        self.keys = QTreeWidget()
        self.keys.setObjectName("apiKeys")
        self.keys.setAccessibleName(self.tr("API keys"))
        self.keys.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.keys.setRootIsDecorated(False)
        self.keys.setMinimumHeight(110)
        self.keys.itemSelectionChanged.connect(self._update_buttons)
        self.kind_combo = QComboBox()
        for kind, text in KINDS:
            self.kind_combo.addItem(self.tr(text), kind)
        self.name_edit = QLineEdit(placeholderText=self.tr("Name, e.g. Careers site"))
        self.name_edit.setAccessibleName(self.tr("Key name"))
        self.campaign_combo = QComboBox()
        self.campaign_combo.setAccessibleName(self.tr("Campaign for the example"))
        for campaign in campaigns:
            self.campaign_combo.addItem(campaign.title, campaign.id)
        self.create_button = QPushButton(self.tr("Create key"))
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.new_key = NewKeyBox()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorNote")
        self.error_label.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.kind_combo, self.name_edit, self.create_button, self.revoke_button):
            row.addWidget(widget)
        example = QHBoxLayout()
        example.addWidget(QLabel(self.tr("Example for campaign")))
        example.addWidget(self.campaign_combo, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.keys, 1)
        box.addLayout(row)
        box.addLayout(example)
        box.addWidget(self.error_label)
        box.addWidget(self.new_key)
        self._update_buttons()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the keys again (on the worker)."""
        job = self._runner.submit(self.tr("Read API keys"), lambda _ctx: self._ws.api_keys.list())
        job.succeeded.connect(self._show_keys)
        job.failed.connect(self._show_error)

    def _show_keys(self, keys: list[ApiKeyInfo]) -> None:
        self.keys.clear()
        for info in keys:
            state = self.tr("Revoked") if info.revoked_at is not None else self.tr("Active")
            texts = (info.name, info.kind, info.key, _when(info.created_at))
            item = QTreeWidgetItem([*texts, _when(info.last_used_at), state])
            item.setData(0, ID_ROLE, info.id)
            item.setData(0, ACTIVE_ROLE, info.revoked_at is None)
            self.keys.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.keys.resizeColumnToContents(column)
        self._update_buttons()

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.keys.selectedItems()
        return items[0] if items else None

    def _update_buttons(self) -> None:
        item = self._selected()
        self.revoke_button.setEnabled(item is not None and bool(item.data(0, ACTIVE_ROLE)))

    def _show_error(self, reason: str) -> None:
        self.error_label.setText(reason)

    # -- writing ---------------------------------------------------------------------------

    def _on_create_button_clicked(self) -> None:
        kind = str(self.kind_combo.currentData())
        name = self.name_edit.text().strip()
        self.error_label.clear()
        self.create_button.setEnabled(False)
        job = self._runner.submit(
            self.tr("Create an API key"), lambda _ctx: self._ws.api_keys.create(kind, name=name)
        )
        job.succeeded.connect(self._on_created)
        job.failed.connect(self._show_error)
        job.finished.connect(lambda: self.create_button.setEnabled(True))

    def _on_created(self, created: NewApiKey) -> None:
        campaign = self.campaign_combo.currentData()
        if created.secret is not None:  # an intake key: a key id and its secret
            key, secret = created.key, created.secret
            where = "CAMPAIGN_ID" if campaign is None else int(campaign)
            curl = intake_curl(self._base_url(), where, key, secret)
        else:  # a partner key: one bearer token, its prefix the key's public part
            key, secret = created.key.split(".", 1)[0], created.key
            curl = partner_curl(self._base_url(), created.key)
        self.new_key.show_key(key, secret, curl)
        self.name_edit.clear()
        self.reload()

    def _on_revoke_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        key_id = int(item.data(0, ID_ROLE))
        answer = ask(
            self,
            self.tr("Revoke API key"),
            self.tr("Revoke the key “{key}”? Requests with it are refused at once.").format(
                key=item.text(0) or item.text(2)
            ),
        )
        if answer != Answer.Yes:
            return
        job = self._runner.submit(
            self.tr("Revoke an API key"), lambda _ctx: self._ws.api_keys.revoke(key_id)
        )
        job.succeeded.connect(lambda _result: self.reload())
        job.failed.connect(self._show_error)
