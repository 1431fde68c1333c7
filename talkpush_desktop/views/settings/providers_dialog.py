"""Settings > Providers: which provider carries SMS, voice, email and Messenger.

One tab per service: the provider (the sandbox on this computer, or Twilio, an SMTP server,
a Facebook page), its settings, and a password field for its secret. A stored secret is
never read back or shown: the field stays empty, saying that leaving it empty keeps the
stored one. "Test connection" saves the tab when it changed, then asks the provider (a
request over the network, so it runs on the views' background worker, never the UI thread)
and shows what it answered. Save writes every changed tab; a refused tab stays open with
the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.messaging_names import KINDS, SANDBOX
from talkpush_desktop.engine.providers.base import ProviderError
from talkpush_desktop.engine.providers.config import ProviderInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.settings.messenger_webhook_box import MessengerWebhookBox
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons

SERVICES = {
    "sms": "SMS",
    "voice": QT_TRANSLATE_NOOP("Providers", "Voice calls"),
    "email": QT_TRANSLATE_NOOP("Providers", "Email"),
    "messenger": "Messenger",
}
KIND_NAMES = {
    SANDBOX: QT_TRANSLATE_NOOP("Providers", "Sandbox (this computer)"),
    "twilio": "Twilio",
    "smtp": QT_TRANSLATE_NOOP("Providers", "SMTP server"),
    "facebook": QT_TRANSLATE_NOOP("Providers", "Facebook page"),
}
SANDBOX_NOTE = QT_TRANSLATE_NOOP(
    "Providers",
    "Messages go to the candidate phone simulator on this computer (Tools > Candidate "
    "Phone Simulator), and replies written there come back like real ones. Nothing leaves "
    "this computer.",
)
SECRET_LABELS = {
    "twilio": QT_TRANSLATE_NOOP("Providers", "Auth token"),
    "smtp": QT_TRANSLATE_NOOP("Providers", "Password"),
    "facebook": QT_TRANSLATE_NOOP("Providers", "Page access token"),
}
KEEP_SECRET = QT_TRANSLATE_NOOP("Providers", "Leave empty to keep the stored one")
SECURITY = (
    ("starttls", "STARTTLS"),
    ("ssl", "SSL/TLS"),
    ("none", QT_TRANSLATE_NOOP("Providers", "None (not encrypted)")),
)

SECURITY_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True, slots=True)
class Field:
    """One setting of a provider: its key, label and placeholder; ``port`` and ``security``
    get their own widgets."""

    key: str
    label: str
    placeholder: str = ""
    widget: str = "text"


FIELDS: dict[str, tuple[Field, ...]] = {
    "twilio": (
        Field(
            "account_sid",
            QT_TRANSLATE_NOOP("Providers", "Account SID"),
            QT_TRANSLATE_NOOP("Providers", "AC… (Twilio console)"),
        ),
        Field("from_number", QT_TRANSLATE_NOOP("Providers", "From number"), "+15551234567"),
        Field(
            "api_base_url",
            QT_TRANSLATE_NOOP("Providers", "API address"),
            QT_TRANSLATE_NOOP("Providers", "Leave empty for api.twilio.com"),
        ),
    ),
    "smtp": (
        Field("host", QT_TRANSLATE_NOOP("Providers", "Server"), "smtp.example.com"),
        Field("port", QT_TRANSLATE_NOOP("Providers", "Port"), widget="port"),
        Field("security", QT_TRANSLATE_NOOP("Providers", "Security"), widget="security"),
        Field(
            "username",
            QT_TRANSLATE_NOOP("Providers", "User name"),
            QT_TRANSLATE_NOOP("Providers", "Leave empty when the server needs no login"),
        ),
        Field(
            "from_address",
            QT_TRANSLATE_NOOP("Providers", "From address"),
            "recruiting@example.com",
        ),
    ),
    "facebook": (
        Field(
            "page_id",
            QT_TRANSLATE_NOOP("Providers", "Page ID"),
            QT_TRANSLATE_NOOP("Providers", "The page's numeric ID"),
        ),
        Field(
            "page_username",
            QT_TRANSLATE_NOOP("Providers", "Page username"),
            QT_TRANSLATE_NOOP("Providers", "For the m.me interview link (optional)"),
        ),
        Field(
            "api_base_url",
            QT_TRANSLATE_NOOP("Providers", "API address"),
            QT_TRANSLATE_NOOP("Providers", "Leave empty for graph.facebook.com"),
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class Change:
    """What a tab asks to store: ``secret`` None keeps the stored one."""

    service: str
    kind: str
    settings: dict[str, Any]
    secret: str | None


class KindForm(QWidget):
    """The settings and secret of one provider kind, on one service's tab."""

    def __init__(self, service: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.edits: dict[str, QLineEdit] = {}
        self.port: QLineEdit | None = None
        self.security: QComboBox | None = None
        self.secret_edit: QLineEdit | None = None
        form = _form_layout()
        self.setLayout(form)
        form.setContentsMargins(0, 4, 0, 0)
        prefix = f"{_t(SERVICES[service])} {_t(KIND_NAMES[kind])}"
        if kind == SANDBOX:
            note = QLabel(_t(SANDBOX_NOTE))
            note.setObjectName("providerNote")
            note.setWordWrap(True)
            form.addRow(note)
            return
        for field in FIELDS[kind]:
            form.addRow(_label(_t(field.label)), self._widget(field, prefix))
        secret = QLineEdit()
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.setAccessibleName(f"{prefix} {_t(SECRET_LABELS[kind]).lower()}")
        secret.setObjectName("secretEdit")
        self.secret_edit = secret
        form.addRow(_label(_t(SECRET_LABELS[kind])), secret)

    def _widget(self, field: Field, prefix: str) -> QWidget:
        name = f"{prefix} {_t(field.label).lower()}"
        if field.widget == "port":
            port = QLineEdit(str(SECURITY_PORTS["starttls"]))
            port.setValidator(QIntValidator(1, 65535, port))
            port.setMaximumWidth(120)
            port.setAccessibleName(name)
            self.port = port
            return port
        if field.widget == "security":
            combo = QComboBox()
            for value, label in SECURITY:
                combo.addItem(_t(label), value)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._on_security_changed)
            self.security = combo
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText(_t(field.placeholder) if field.placeholder else "")
        edit.setAccessibleName(name)
        self.edits[field.key] = edit
        return edit

    def show_info(self, info: ProviderInfo) -> None:
        """Fill in the stored settings of ``info`` (when it is of this kind); never the secret."""
        mine = info.kind == self.kind
        values = info.settings if mine else {}
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))
        if self.security is not None:
            found = self.security.findData(values.get("security", "starttls"))
            self.security.setCurrentIndex(max(0, found))
        if self.port is not None:
            self.port.setText(str(values.get("port", SECURITY_PORTS["starttls"])))
        if self.secret_edit is not None:
            self.secret_edit.clear()
            stored = mine and info.has_secret
            required = (
                QCoreApplication.translate("Providers", "Needed when a user name is set")
                if self.kind == "smtp"
                else QCoreApplication.translate("Providers", "Required")
            )
            self.secret_edit.setPlaceholderText(_t(KEEP_SECRET) if stored else required)

    def settings(self) -> dict[str, Any]:
        values: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        if self.port is not None:
            port = self.port.text().strip()
            values["port"] = int(port) if port.isdigit() else port
        if self.security is not None:
            values["security"] = str(self.security.currentData())
        return {k: v for k, v in values.items() if v not in ("", None)}

    def secret(self) -> str | None:
        """The secret typed, or None (keep the stored one)."""
        text = self.secret_edit.text() if self.secret_edit is not None else ""
        return text or None

    def _on_security_changed(self) -> None:
        """Follow the usual port of the security chosen, unless another port was typed."""
        if self.security is None or self.port is None:
            return
        if self.port.text() in {str(p) for p in SECURITY_PORTS.values()}:
            self.port.setText(str(SECURITY_PORTS[str(self.security.currentData())]))


class ServicePage(QWidget):
    """One service's tab: provider choice, its form, Test connection and the outcome."""

    test_requested = Signal(str)

    def __init__(self, info: ProviderInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = info.service
        self._saved = info
        label = _t(SERVICES[info.service])
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(
            QCoreApplication.translate("Providers", "{service} provider").format(service=label)
        )
        self.forms = QStackedWidget()
        self._forms: dict[str, KindForm] = {}
        for kind in KINDS[info.service]:
            self.kind_combo.addItem(_t(KIND_NAMES[kind]), kind)
            form = KindForm(info.service, kind)
            self._forms[kind] = form
            self.forms.addWidget(form)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.test_button = QPushButton(QCoreApplication.translate("Providers", "Test connection"))
        self.test_button.setAccessibleName(
            QCoreApplication.translate("Providers", "Test the {service} connection").format(
                service=label
            )
        )
        self.test_button.setToolTip(
            QCoreApplication.translate(
                "Providers", "Saves this tab when it changed, then asks the provider"
            )
        )
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.service))
        self.result_label = QLabel()
        self.result_label.setObjectName("providerResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(
            QCoreApplication.translate("Providers", "{service} connection test result").format(
                service=label
            )
        )
        provider_row = _form_layout()
        provider_row.addRow(
            _label(QCoreApplication.translate("Providers", "Provider")), self.kind_combo
        )
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(provider_row)
        layout.addWidget(self.forms)
        layout.addStretch(1)
        layout.addLayout(test_row)
        self.show_info(info)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def form(self, kind: str | None = None) -> KindForm:
        return self._forms[kind or self.kind]

    def show_info(self, info: ProviderInfo) -> None:
        """Show what is stored (after opening or saving)."""
        self._saved = info
        for form in self._forms.values():
            form.show_info(info)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind)))
        self._on_kind_combo_changed()

    def change(self) -> Change | None:
        """What to store, or None when the tab shows what is stored."""
        form = self.form()
        secret = form.secret()
        stored = {k: v for k, v in self._saved.settings.items() if k != "secret_ref"}
        if self.kind == self._saved.kind and form.settings() == stored and secret is None:
            return None
        return Change(self.service, self.kind, form.settings(), secret)

    def show_result(self, text: str, *, ok: bool | None) -> None:
        """A test's outcome: green when it worked, red when not, grey while it runs."""
        self.result_label.setText(text)
        self.result_label.setProperty("outcome", "" if ok is None else ("ok" if ok else "error"))
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)

    def _on_kind_combo_changed(self) -> None:
        self.forms.setCurrentWidget(self.form())


class ProvidersDialog(QDialog):
    """Signals:
    providers_changed: settings were stored (the sync worker rebuilds its providers).
    """

    providers_changed = Signal()

    def __init__(
        self, ws: Workspace, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providersDialog")
        self.setWindowTitle(QCoreApplication.translate("Providers", "Providers"))
        self._ws = ws
        self._runner = runner
        self._jobs: list[Job] = []
        intro = QLabel(
            QCoreApplication.translate(
                "Providers",
                "Choose how messages reach candidates. Secrets are kept in the system keyring, "
                "never in the database, and are never shown again.",
            )
        )
        intro.setObjectName("providerIntro")
        intro.setWordWrap(True)
        self.warning_label = QLabel(_capital(ws.secrets.warning))
        self.warning_label.setObjectName("providerWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(bool(ws.secrets.warning))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("Providers", "Services"))
        self.pages: dict[str, ServicePage] = {}
        for info in ws.providers.infos():
            page = ServicePage(info)
            page.test_requested.connect(self.test)
            self.pages[info.service] = page
            self.tabs.addTab(page, _t(SERVICES.get(info.service, info.service)))
        self.webhook_box = MessengerWebhookBox(ws)
        messenger = self.pages["messenger"].layout()
        assert isinstance(messenger, QVBoxLayout)
        messenger.insertWidget(messenger.count() - 2, self.webhook_box)  # above Test
        self.error_label = QLabel()
        self.error_label.setObjectName("providerError")
        self.error_label.setWordWrap(True)
        self.buttons = translated_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(
            QCoreApplication.translate("Providers", "Save the provider settings")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("Providers", "Close without saving"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(580, 620)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def save(self) -> None:
        """Store every changed tab (on the background worker); close when all were taken."""
        changes = [c for c in (p.change() for p in self.pages.values()) if c is not None]
        if not changes:
            self.accept()
            return
        self._show_error("")
        self.save_button.setEnabled(False)
        ws = self._ws

        def run(_context: object) -> list[tuple[str, ProviderInfo | str]]:
            done: list[tuple[str, ProviderInfo | str]] = []
            for c in changes:
                try:
                    info = ws.providers.configure(c.service, c.kind, c.settings, c.secret)
                except (WorkspaceError, ValueError) as exc:  # a setting missing: say which
                    done.append((c.service, str(exc)))
                else:
                    done.append((c.service, info))
            return done

        job = self._submit(QCoreApplication.translate("Providers", "Saving providers"), run)
        job.succeeded.connect(self._on_saved)
        job.failed.connect(self._on_save_failed)

    def test(self, service: str) -> None:
        """Save the tab when it changed, then ask its provider (off the UI thread)."""
        page = self.pages[service]
        change = page.change()
        ws = self._ws
        page.test_button.setEnabled(False)
        page.show_result(QCoreApplication.translate("Providers", "Testing…"), ok=None)

        def run(_context: object) -> tuple[ProviderInfo | None, bool, str]:
            stored = None
            if change is not None:
                c = change
                stored = ws.providers.configure(c.service, c.kind, c.settings, c.secret)
            try:
                return stored, True, ws.providers.test(service)
            except ProviderError as exc:
                return stored, False, exc.reason

        testing = QCoreApplication.translate("Providers", "Testing {service}")
        job = self._submit(testing.format(service=_t(SERVICES[service])), run)
        job.succeeded.connect(lambda result: self._on_tested(page, result))
        job.failed.connect(lambda reason: self._on_test_failed(page, reason))

    # -- helpers ---------------------------------------------------------------------------

    def _submit(self, title: str, fn: Any) -> Job:
        job = self._runner.submit(title, fn)
        self._jobs.append(job)
        job.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        return job

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_saved(self, done: list[tuple[str, ProviderInfo | str]]) -> None:
        self.save_button.setEnabled(True)
        refused = [(s, why) for s, why in done if isinstance(why, str)]
        if any(not isinstance(info, str) for _s, info in done):
            self.providers_changed.emit()
        for service, info in done:
            if not isinstance(info, str):
                self.pages[service].show_info(info)
        if not refused:
            self.accept()
            return
        service, why = refused[0]
        self.tabs.setCurrentWidget(self.pages[service])
        text = QCoreApplication.translate("Providers", "{service} not saved: {reason}")
        self._show_error(text.format(service=_t(SERVICES[service]), reason=why))

    def _on_save_failed(self, reason: str) -> None:
        self.save_button.setEnabled(True)
        self._show_error(
            QCoreApplication.translate("Providers", "Not saved: {reason}").format(reason=reason)
        )

    def _on_tested(self, page: ServicePage, result: object) -> None:
        if not isValid(page):  # the dialog was closed while the test ran
            return
        page.test_button.setEnabled(True)
        assert isinstance(result, tuple)
        stored, ok, text = result
        if stored is not None:
            page.show_info(stored)
            self.providers_changed.emit()
        page.show_result(("\N{CHECK MARK} " if ok else "\N{BALLOT X} ") + _capital(text), ok=ok)

    def _on_test_failed(self, page: ServicePage, reason: str) -> None:
        if not isValid(page):
            return
        page.test_button.setEnabled(True)
        text = QCoreApplication.translate("Providers", "Not saved: {reason}")
        page.show_result(f"\N{BALLOT X} {text.format(reason=reason)}", ok=False)


LABEL_WIDTH = 112
"""The label column of every tab's forms, so the fields line up under the provider."""
FIELD_HEIGHT = 32
"""A line edit's height in the style sheet (padding, text, border)."""


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(10)
    return form


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setMinimumWidth(LABEL_WIDTH)
    label.setMinimumHeight(FIELD_HEIGHT)  # centred on its field, not on its top edge
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def _t(text: str) -> str:
    """A text of this module's tables in the interface language."""
    return QCoreApplication.translate("Providers", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
