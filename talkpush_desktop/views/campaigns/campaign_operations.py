"""The campaign settings dialog's writes as operations on the window's one serial worker
(:class:`views.widgets.operations.RecruiterActions`' runner): the save runs off the UI
thread, after any write queued before it, and is announced like every recruiter action
(``workspace_changed``, with a :class:`Changed` of ``{"campaigns"}`` the selector follows).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from talkpush_desktop.engine.campaigns.service import CAMPAIGNS_CHANGED
from talkpush_desktop.engine.campaigns.snapshot import CampaignSettings, SettingsDraft
from talkpush_desktop.engine.errors import FieldErrors
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.operations import Changed, RecruiterActions


class CampaignOperations(QObject):
    """Saves a campaign's settings in the background.

    Signals:
        saved(object): the :class:`CampaignSettings` as stored (after ``workspace_changed``).
        refused(object): the engine's :class:`FieldErrors` (each problem at its field);
            nothing was stored.
        failed(str): any other refusal, in one line; nothing was stored.
    """

    saved = Signal(object)
    refused = Signal(object)
    failed = Signal(str)

    def __init__(
        self, ws: Workspace, actions: RecruiterActions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ws, self._actions = ws, actions
        self.saving = False

    def save(self, campaign_id: int | None, draft: SettingsDraft) -> None:
        """Create (``campaign_id`` None) or change the campaign from ``draft``."""
        self.saving = True

        def run(_context: object) -> CampaignSettings | FieldErrors:
            try:
                return self._ws.campaign_settings.save(campaign_id, draft)
            except FieldErrors as exc:  # a value, so each problem reaches its field
                return exc

        if campaign_id is None:
            what = self.tr("Creating the campaign")
        else:
            what = self.tr("Saving the campaign")
        job = self._actions.runner.submit(what, run)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)

    def _on_job_succeeded(self, result: object) -> None:
        self.saving = False
        if isinstance(result, FieldErrors):
            self.refused.emit(result)
            return
        assert isinstance(result, CampaignSettings)
        said = self.tr("Saved campaign {title}").format(title=result.basic.title)
        self._actions.announce(Changed(said, CAMPAIGNS_CHANGED))
        self.saved.emit(result)

    def _on_job_failed(self, reason: str) -> None:
        self.saving = False
        self.failed.emit(reason)
