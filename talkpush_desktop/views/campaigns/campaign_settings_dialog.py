"""The campaign settings dialog: "+ New campaign" creates a campaign with it and Campaign
Options ▸ Campaign Settings edits one (seed 000, "Creating a new campaign").

One tab per part (Basic, Permissions, Messages, Interview, Messenger, Traffic ad), each in
its own module. Save checks what it can first and shows each problem at its field (and
the tab holding it), then saves every tab in one transaction through
``ws.campaign_settings.save``, run as an operation on the window's serial worker
(:mod:`views.campaigns.campaign_operations`; the dialog stays responsive and closes when
it is stored), whose refusals are shown the same way. Closing with unsaved changes asks
whether to save them.

The Interview tab is :class:`views.campaigns.interview_tab.InterviewTab`; its steps, when
edited, go in the same draft and the same transaction (refusals ``interview.steps.N.FIELD``
are shown under its editor with step N chosen).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.campaigns.snapshot import CampaignSettings, SettingsDraft
from talkpush_desktop.engine.errors import FieldErrors as EngineFieldErrors
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaigns.basic_tab import BasicTab
from talkpush_desktop.views.campaigns.campaign_operations import CampaignOperations
from talkpush_desktop.views.campaigns.interview_tab import InterviewTab
from talkpush_desktop.views.campaigns.messages_tab import MessagesTab
from talkpush_desktop.views.campaigns.messenger_tab import MessengerTab
from talkpush_desktop.views.campaigns.permissions_tab import PermissionsTab
from talkpush_desktop.views.campaigns.traffic_ad_tab import TrafficAdTab
from talkpush_desktop.views.widgets.field_errors import FieldErrors
from talkpush_desktop.views.widgets.operations import RecruiterActions
from talkpush_desktop.views.widgets.standard_buttons import name_buttons

TABS = ("basic", "members", "messages", "interview", "messenger", "traffic_ad")
"""The tabs in order, by the first part of the error paths each shows."""


def interview_tab(ws: Workspace, campaign_id: int | None, language: str) -> InterviewTab:
    """The Interview tab, showing the campaign's steps (none for a new campaign)."""
    tab = InterviewTab(ws)
    if campaign_id is None:
        tab.start_new(language)
    else:
        tab.load(campaign_id, language)
    return tab


class CampaignSettingsDialog(QDialog):
    """Create (``campaign_id`` None) or edit a campaign. Saves run on ``actions``' worker
    (the window's :class:`RecruiterActions`; without one, the dialog's own).

    Signals:
        saved: the campaign's id, after a save.
        save_finished: a save ended, stored or refused (the dialog shows which).
    """

    saved = Signal(int)
    save_finished = Signal()

    def __init__(
        self,
        ws: Workspace,
        campaign_id: int | None,
        parent: QWidget | None = None,
        *,
        actions: RecruiterActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignSettingsDialog")
        self._ws = ws
        self._campaign_id = campaign_id
        self._dirty = False
        self._own_actions = actions is None
        self._actions = actions or RecruiterActions(ws, self)
        self.operations = CampaignOperations(ws, self._actions, self)
        self.operations.saved.connect(self._on_operations_saved)
        self.operations.refused.connect(self._on_operations_refused)
        self.operations.failed.connect(self._on_operations_failed)
        service = ws.campaign_settings
        current = service.show(campaign_id) if campaign_id is not None else service.blank()
        self.errors = FieldErrors()
        self.basic_tab = BasicTab(service.countries(), service.languages(), self.errors)
        self.permissions_tab = PermissionsTab(self.errors)
        self.messages_tab = MessagesTab(
            ws.messaging.message_tokens(), service.default_template, self.errors
        )
        self.interview_tab = interview_tab(ws, campaign_id, current.basic.interview_language)
        self.messenger_tab = MessengerTab(self.errors)
        self.traffic_ad_tab = TrafficAdTab(self.errors)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        for widget, title in (
            (self.basic_tab, self.tr("&Basic")),
            (self.permissions_tab, self.tr("&Permissions")),
            (self.messages_tab, self.tr("&Messages")),
            (self.interview_tab, self.tr("&Interview")),
            (self.messenger_tab, self.tr("Messe&nger")),
            (self.traffic_ad_tab, self.tr("Tra&ffic ad")),
        ):
            self.tabs.addTab(widget, title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.unsaved_prompt = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this campaign?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        name_buttons(self.unsaved_prompt)
        self.resize(900, 620)
        self._show(current)
        for tab in (
            self.basic_tab,
            self.permissions_tab,
            self.messages_tab,
            self.messenger_tab,
            self.traffic_ad_tab,
        ):
            tab.changed.connect(self._on_tab_changed)
        self._dirty = False

    @property
    def campaign_id(self) -> int | None:
        return self._campaign_id

    @property
    def dirty(self) -> bool:
        """Whether something was edited since the dialog opened or last saved."""
        return self._dirty or self.interview_tab.dirty

    def _show(self, s: CampaignSettings) -> None:
        title = s.basic.title or self.tr("New campaign")
        self.setWindowTitle(self.tr("Campaign Settings \u2014 {title}").format(title=title))
        self.basic_tab.show_basic(s.basic)
        self.permissions_tab.show_access(s.access)
        self.messages_tab.set_sample(self._ws.campaign_settings.sample_values(s.id, s.basic.title))
        self.messages_tab.show_templates(s.templates)
        self.messenger_tab.show_posting(s.messenger)
        self.traffic_ad_tab.show_content(s.traffic_ad)

    def draft(self) -> SettingsDraft:
        return SettingsDraft(
            self.basic_tab.basic(),
            members=self.permissions_tab.members(),
            templates=self.messages_tab.drafts(),
            messenger=self.messenger_tab.posting(),
            traffic_ad=self.traffic_ad_tab.text(),
            interview=tuple(self.interview_tab.drafts()) if self.interview_tab.dirty else None,
        )

    @property
    def saving(self) -> bool:
        """Whether a save is under way (Save is disabled meanwhile)."""
        return self.operations.saving

    def save(self) -> bool:
        """Check, then save every tab in one transaction in the background; True when the
        save started (the dialog closes once it is stored, or shows what was refused)."""
        if self.saving:
            return False
        self.errors.clear()
        self.interview_tab.error_label.clear()
        found = (
            self.basic_tab.problems()
            | self.messenger_tab.problems()
            | self.traffic_ad_tab.problems()
        )
        if found:
            self._show_errors(self.tr("Please correct the fields marked below."), found)
            return False
        self._save_button().setEnabled(False)
        self.operations.save(self._campaign_id, self.draft())
        return True

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _on_operations_saved(self, saved: CampaignSettings) -> None:
        self._save_button().setEnabled(True)
        self._campaign_id = saved.id
        if saved.id is not None:
            self.interview_tab.show_steps(saved.id, saved.interview, saved.basic.interview_language)
        self._dirty = False
        self.setWindowTitle(
            self.tr("Campaign Settings \u2014 {title}").format(title=saved.basic.title)
        )
        if saved.id is not None:
            self.saved.emit(saved.id)
        self.accept()
        self.save_finished.emit()

    def _on_operations_refused(self, refusal: EngineFieldErrors) -> None:
        self._save_button().setEnabled(True)
        self._show_errors(self.tr("The campaign was not saved."), refusal.details)
        self.save_finished.emit()

    def _on_operations_failed(self, reason: str) -> None:
        self._save_button().setEnabled(True)
        self.errors.show(reason)
        self.save_finished.emit()

    def _show_errors(self, message: str, details: Mapping[str, str]) -> None:
        shown: dict[str, str] = {}
        steps = {
            path.removeprefix("interview."): why
            for path, why in details.items()
            if path.startswith("interview.")
        }
        self.interview_tab.show_problems(steps)
        for path, why in details.items():
            if path.startswith("interview."):
                continue
            if path.startswith("traffic_ad."):  # the JSON path is the point: keep it
                ad = path.removeprefix("traffic_ad.")
                shown["traffic_ad"] = "\n".join(
                    filter(None, (shown.get("traffic_ad"), f"{ad}: {why}"))
                )
            else:
                shown[path] = why
        self.errors.show(message, shown)
        first = next(iter(shown or details))
        section = first.split(".", 1)[0]
        if section in TABS:
            self.tabs.setCurrentIndex(TABS.index(section))
        if section == "messages" and first.count(".") >= 2:
            _, event, channel = first.split(".")[:3]
            self.messages_tab.select(event, channel)

    def _on_tab_changed(self) -> None:
        self._dirty = True

    def reject(self) -> None:
        """Cancel or Escape: asks first when something is unsaved."""
        if self.dirty:
            answer = self.unsaved_prompt.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes when saved; else the problems are shown
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self._own_actions:  # the dialog's own worker: let it finish, then stop it
            self._actions.shutdown()
        super().done(result)
