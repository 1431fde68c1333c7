"""The recruiter's writes to company campaigns, each run on the window's serial worker
(the one every engine write of the window goes through, so SQLite never sees two writers).

A refusal comes back as the engine's :class:`OutboundError` (``refused``) so a form can
show its per-field ``details`` beside the fields; anything done is one ``done`` with a line
for the status bar, after which the area refreshes from the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from talkpush_desktop.engine.outbound.dto import AddLeadsResult, CompanyCampaignInfo
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.vocabulary import leads_text
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

Done = Callable[[Any], None]


class OutboundActions(QObject):
    """Signals:
    done(str): a write finished; what it did, for the status bar.
    refused(object): the engine refused a write (the :class:`OutboundError`).
    failed(str): a write failed for another reason (one line).
    """

    done = Signal(str)
    refused = Signal(object)
    failed = Signal(str)

    def __init__(self, ws: Workspace, runner: BackgroundRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = ws
        self.runner = runner

    def _run(
        self,
        title: str,
        work: Callable[[], Any],
        then: Done | None = None,
        refused: Done | None = None,
    ) -> Job:
        def guarded(_context: object) -> Any:
            try:
                return work()
            except OutboundError as exc:
                return exc

        job = self.runner.submit(title, guarded)
        job.succeeded.connect(lambda result: self._on_job_succeeded(result, then, refused))
        job.failed.connect(self.failed)
        return job

    def _on_job_succeeded(self, result: object, then: Done | None, refused: Done | None) -> None:
        if isinstance(result, OutboundError):
            (refused or self.refused.emit)(result)
            return
        if then is not None:
            then(result)

    def save_campaign(
        self,
        campaign_id: int | None,
        body: dict[str, Any],
        then: Done | None = None,
        refused: Done | None = None,
    ) -> Job:
        """Create (``campaign_id`` None) or update a campaign from an API-shaped body;
        ``refused`` gets the engine's refusal (else the ``refused`` signal)."""
        out = self._ws.outbound

        def work() -> CompanyCampaignInfo:
            if campaign_id is None:
                return out.create(body)
            return out.update(campaign_id, body)

        def saved(info: CompanyCampaignInfo) -> None:
            if campaign_id is None:
                said = self.tr("Created campaign {title}")
            else:
                said = self.tr("Saved campaign {title}")
            self.done.emit(said.format(title=info.title))
            if then is not None:
                then(info)

        return self._run(self.tr("Saving the campaign"), work, saved, refused)

    def set_paused(self, campaign_id: int, paused: bool) -> Job:
        out = self._ws.outbound
        work = (lambda: out.pause(campaign_id)) if paused else (lambda: out.resume(campaign_id))
        if paused:
            title, said = self.tr("Pausing the campaign"), self.tr("Paused {title}")
        else:
            title, said = self.tr("Resuming the campaign"), self.tr("Resumed {title}")
        return self._run(title, work, lambda info: self.done.emit(said.format(title=info.title)))

    def add_leads(
        self,
        campaign_id: int,
        leads: list[dict[str, Any]],
        then: Done | None = None,
        refused: Done | None = None,
    ) -> Job:
        def added(result: AddLeadsResult) -> None:
            text = self.tr("Added {leads}").format(leads=leads_text(result.added))
            if result.skipped:
                text += self.tr("; skipped {count} (already on it or do-not-call)").format(
                    count=QLocale().toString(result.skipped)
                )
            self.done.emit(text)
            if then is not None:
                then(result)

        body = {"leads": leads}
        return self._run(
            self.tr("Adding leads"),
            lambda: self._ws.outbound.add_leads(campaign_id, body),
            added,
            refused,
        )

    def remove_leads(self, campaign_id: int, lead_ids: list[int]) -> Job:
        out = self._ws.outbound

        def work() -> int:
            for lead_id in lead_ids:
                out.remove_lead(campaign_id, lead_id)
            return len(lead_ids)

        return self._run(
            self.tr("Removing leads"),
            work,
            lambda n: self.done.emit(self.tr("Removed {leads}").format(leads=leads_text(n))),
        )

    def set_assessment_submitted(
        self, campaign_id: int, lead_ids: list[int], submitted: bool
    ) -> Job:
        out = self._ws.outbound
        if submitted:
            said = self.tr("Marked {leads} submitted")
        else:
            said = self.tr("Marked {leads} not submitted")
        return self._run(
            self.tr("Marking the assessment"),
            lambda: out.set_assessment_submitted(campaign_id, list(lead_ids), submitted),
            lambda ids: self.done.emit(said.format(leads=leads_text(len(ids)))),
        )
