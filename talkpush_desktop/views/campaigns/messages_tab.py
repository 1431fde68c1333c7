"""The Messages tab: the four events (invitation, completion, shortlisted, rejection),
each with its SMS and email version; the editors show the event chosen on the left and
the tab keeps every version's draft until the dialog saves them all."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QTabWidget, QVBoxLayout, QWidget

from talkpush_desktop.engine.campaigns.snapshot import TemplateDraft
from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.engine.messaging.templates import TemplateInfo
from talkpush_desktop.views.campaigns.email_editor import EmailEditor
from talkpush_desktop.views.campaigns.sms_editor import SmsEditor
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.field_errors import FieldErrors

EVENTS = {
    "invitation": (
        QT_TRANSLATE_NOOP("MessagesTab", "Invitation"),
        QT_TRANSLATE_NOOP("MessagesTab", "Sent to invite a candidate to the interview"),
    ),
    "completion": (
        QT_TRANSLATE_NOOP("MessagesTab", "Completion"),
        QT_TRANSLATE_NOOP("MessagesTab", "Sent once the candidate completes the interview"),
    ),
    "shortlisted": (
        QT_TRANSLATE_NOOP("MessagesTab", "Shortlisted"),
        QT_TRANSLATE_NOOP("MessagesTab", "Offered when a candidate is moved to Shortlisted"),
    ),
    "rejection": (
        QT_TRANSLATE_NOOP("MessagesTab", "Rejection"),
        QT_TRANSLATE_NOOP("MessagesTab", "Offered when a candidate is moved to Rejected"),
    ),
}
"""Each event's name and what it is for (translated where shown)."""
Key = tuple[str, str]


class MessagesTab(QWidget):
    """Signals:
    changed: a draft was edited.
    """

    changed = Signal()

    def __init__(
        self,
        tokens: Sequence[MessageToken],
        default: Callable[[str, str], TemplateDraft],
        errors: FieldErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._default = default
        self._drafts: dict[Key, TemplateDraft] = {}
        self._event = "invitation"
        self._loading = False
        self.event_list = QListWidget()
        self.event_list.setObjectName("eventList")
        self.event_list.setAccessibleName(self.tr("Message"))
        self.event_list.addItems([self.tr(label) for label, _ in EVENTS.values()])
        self.event_list.setMaximumWidth(160)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.sms = SmsEditor(tokens)
        self.email = EmailEditor(tokens)
        self.channels = QTabWidget()
        self.channels.setObjectName("channelTabs")
        self.channels.addTab(self.sms, "SMS")
        self.channels.addTab(self.email, self.tr("Email"))
        self._errors = errors
        self._error_labels = {
            (e, ch): errors.label_for(f"messages.{e}.{ch}", f"{self.tr(EVENTS[e][0])} {ch}")
            for e in EVENTS
            for ch in ("sms", "email")
        }
        right = QVBoxLayout()
        right.addWidget(self.about)
        right.addWidget(self.channels, 1)
        for label in self._error_labels.values():
            right.addWidget(label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.event_list)
        layout.addLayout(right, 1)
        self.event_list.currentRowChanged.connect(self._on_event_list_row_changed)
        self.sms.changed.connect(self._on_editor_changed)
        self.email.changed.connect(self._on_editor_changed)
        self.sms.restore_requested.connect(lambda: self._restore("sms"))
        self.email.restore_requested.connect(lambda: self._restore("email"))

    def set_sample(self, values: Mapping[str, str]) -> None:
        self.sms.set_sample(values)
        self.email.set_sample(values)

    def show_templates(self, templates: Sequence[TemplateInfo]) -> None:
        self._drafts = {
            (t.event, t.channel): TemplateDraft(t.event, t.channel, t.subject, t.body, t.enabled)
            for t in templates
        }
        self.event_list.blockSignals(True)
        self.event_list.setCurrentRow(0)
        self.event_list.blockSignals(False)
        self._load("invitation")

    def select(self, event: str, channel: str) -> None:
        """Show one version (where an error about it is)."""
        self.event_list.setCurrentRow(list(EVENTS).index(event))
        self.channels.setCurrentWidget(self.sms if channel == "sms" else self.email)

    def drafts(self) -> tuple[TemplateDraft, ...]:
        self._keep()
        return tuple(self._drafts[key] for key in sorted(self._drafts))

    def _keep(self) -> None:
        """The editors' text into the current event's drafts."""
        event = self._event
        if (event, "sms") in self._drafts:
            self._drafts[event, "sms"] = replace(
                self._drafts[event, "sms"],
                body=self.sms.text(),
                enabled=self.sms.enabled_box.isChecked(),
            )
        if (event, "email") in self._drafts:
            self._drafts[event, "email"] = replace(
                self._drafts[event, "email"],
                subject=self.email.subject(),
                body=self.email.body(),
                enabled=self.email.enabled_box.isChecked(),
            )

    def _load(self, event: str) -> None:
        self._loading = True
        self._event = event
        label, about = EVENTS[event]
        self.about.setText(f"<b>{self.tr(label)}</b> \N{EM DASH} {self.tr(about)}")
        sms, mail = self._drafts.get((event, "sms")), self._drafts.get((event, "email"))
        if sms is not None:
            self.sms.show_text(sms.body, sms.enabled)
        if mail is not None:
            self.email.show_message(mail.subject, mail.body, mail.enabled)
        for (e, _ch), lab in self._error_labels.items():
            lab.setVisible(e == event and bool(lab.text()))
        self._loading = False

    def _restore(self, channel: str) -> None:
        self._keep()
        self._drafts[self._event, channel] = self._default(self._event, channel)
        self._load(self._event)
        self.changed.emit()

    def _on_event_list_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self._loading and self._drafts:
            self._keep()
        self._load(list(EVENTS)[row])

    def _on_editor_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
