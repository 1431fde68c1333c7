"""The main window's campaign actions: File ▸ New Campaign… (the seed's "+ New campaign")
and Campaign Options ▸ New Campaign… / Campaign Settings…, and the settings dialog they
open (one at a time; the campaign list follows a save)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaigns.campaign_settings_dialog import CampaignSettingsDialog
from talkpush_desktop.views.widgets.operations import RecruiterActions
from talkpush_desktop.views.widgets.reused_dialog import present


class CampaignActions:
    """``current()`` is the campaign the window shows (None: all); ``saved(id)`` runs
    after the dialog saved a campaign (on ``actions``' worker, the window's)."""

    def __init__(
        self,
        window: QWidget,
        ws: Workspace,
        menus: tuple[QMenu | None, QMenu | None],
        current: Callable[[], int | None],
        saved: Callable[[int], None],
        *,
        actions: RecruiterActions | None = None,
    ) -> None:
        self._window, self._ws, self._current, self._saved = window, ws, current, saved
        self._actions = actions  # the window's: the dialog saves on its worker
        self.dialog: CampaignSettingsDialog | None = None
        self.new_action = QAction(
            QCoreApplication.translate("CampaignActions", "&New Campaign\u2026"), window
        )
        self.new_action.setObjectName("newCampaignAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setStatusTip(
            QCoreApplication.translate(
                "CampaignActions", "Create a campaign: basics, team access, messages, Messenger"
            )
        )
        self.new_action.triggered.connect(self.open_new)
        self.settings_action = QAction(
            QCoreApplication.translate("CampaignActions", "Campaign &Settings\u2026"), window
        )
        self.settings_action.setObjectName("campaignSettingsAction")
        self.settings_action.setStatusTip(
            QCoreApplication.translate(
                "CampaignActions", "The campaign's settings (choose a campaign first)"
            )
        )
        self.settings_action.triggered.connect(self.open_settings)
        for menu in menus:
            if menu is not None and menu.actions():
                menu.insertAction(menu.actions()[0], self.new_action)
            elif menu is not None:
                menu.addAction(self.new_action)
        options = menus[1]
        if options is not None:
            options.insertAction(options.actions()[1], self.settings_action)
            options.aboutToShow.connect(self._on_options_about_to_show)

    def open_new(self) -> CampaignSettingsDialog:
        return self._open(None)

    def open_settings(self) -> CampaignSettingsDialog | None:
        """The settings of the window's campaign (nothing when it shows all campaigns)."""
        campaign = self._current()
        return None if campaign is None else self._open(campaign)

    def _open(self, campaign_id: int | None) -> CampaignSettingsDialog:
        if self.dialog is not None and self.dialog.campaign_id == campaign_id:
            present(self.dialog)
            return self.dialog
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = CampaignSettingsDialog(
            self._ws, campaign_id, self._window, actions=self._actions
        )
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _code, d=dialog: self._forget(d))
        present(dialog)
        return dialog

    def _forget(self, dialog: CampaignSettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_options_about_to_show(self) -> None:
        self.settings_action.setEnabled(self._current() is not None)
