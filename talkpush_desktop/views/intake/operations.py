"""Adding candidates from the window: manual add, file preview and import, sheet download.

Preview and import run on the recruiter actions' serial worker (they read and write the
workspace); downloading a published sheet runs on a worker of its own, since it only waits on
the network. A finished import or add is announced through ``RecruiterActions``'
``workspace_changed``, so the lists and counts refresh as after any other action.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject

from talkpush_desktop.engine.intake import cv_import
from talkpush_desktop.engine.intake.column_mapping import ColumnRef
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job, JobContext
from talkpush_desktop.views.widgets.operations import RecruiterActions


class IntakeActions(QObject):
    """What the Add Candidate dialog asks of the workspace."""

    def __init__(self, ws: Workspace, actions: RecruiterActions) -> None:
        super().__init__(actions)
        self._ws = ws
        self._actions = actions
        self.network = BackgroundRunner(self)

    @property
    def workspace(self) -> Workspace:
        return self._ws

    def add_candidate(self, campaign: int, **fields: Any) -> tuple[int, str]:
        """Add one candidate now (a quick write) and invite them; the new id, and why the
        invitation could not be sent ("" when it went). Raises WorkspaceError with the reason
        the candidate was refused."""
        candidate_id = self._ws.intake.add_candidate(campaign, **fields)
        sent = self._ws.messaging.send_invitations([candidate_id])
        name = f"{fields.get('first_name', '')} {fields.get('last_name', '')}".strip()
        self._actions.workspace_changed.emit(self.tr("Added {name}").format(name=name))
        return candidate_id, sent.not_invited[0][1] if sent.not_invited else ""

    def preview(
        self,
        path: Path,
        fmt: str,
        mapping: Mapping[str, ColumnRef] | None,
        *,
        campaign: int | None,
        sheet_key: str | None = None,
    ) -> Job:
        """Preview ``path`` in the background; the job's result is a ``CsvPreview``."""
        return self._actions.runner.submit(
            self.tr("Reading the file"),
            lambda _context: self._ws.intake.preview_csv(
                path, fmt, dict(mapping or {}), campaign=campaign, sheet_key=sheet_key
            ),
        )

    def import_file(
        self,
        path: Path,
        campaign: int,
        fmt: str,
        mapping: Mapping[str, ColumnRef] | None,
        *,
        sheet_key: str | None = None,
        expected_rows: int = 0,
        invite: bool = True,
    ) -> Job:
        """Import in the background with progress and cancel; the result is an ImportSummary.

        ``invite`` sends the invitation to the new candidates (on the same worker: a large
        import's invitations never hold up the window)."""
        chosen = dict(mapping or {})

        def run(context: JobContext) -> Any:
            return self._ws.intake.import_csv(
                path,
                campaign,
                fmt,
                mapping=chosen,
                sheet_key=sheet_key,
                progress=lambda rows: context.progress(rows, expected_rows or None),
                cancelled=context.cancelled,
                invite=invite,
            )

        job = self._actions.runner.submit(self.tr("Importing {file}").format(file=path.name), run)
        job.succeeded.connect(self._on_import_succeeded)
        return job

    def read_cvs(self, files: Sequence[Path], campaign: int) -> Job:
        """Read CV files (folders searched) in the background with progress and cancel; the
        result is ``(entries, unreadable)``: the CVs read and a line per file that was not."""

        def run(context: JobContext) -> Any:
            paths = cv_import.cv_paths(files)
            unreadable: list[str] = []
            entries = self._ws.intake.read_cvs(
                paths,
                campaign,
                progress=lambda done: context.progress(done, len(paths)),
                cancelled=context.cancelled,
                unreadable=lambda exc: unreadable.append(str(exc)),
            )
            return entries, unreadable

        return self._actions.runner.submit(self.tr("Reading CVs"), run)

    def import_cvs(self, entries: Sequence[cv_import.CvEntry], campaign: int) -> Job:
        """Store the reviewed CVs as one import batch; the result is a CvImportSummary."""
        chosen = list(entries)
        job = self._actions.runner.submit(
            self.tr("Importing CVs"), lambda _c: self._ws.intake.import_cvs(chosen, campaign)
        )
        job.succeeded.connect(self._on_import_succeeded)
        return job

    def undo_import(self, batch_id: int) -> Job:
        """Take an import batch back out; the result is its UndoSummary."""
        job = self._actions.runner.submit(
            self.tr("Undoing the import"), lambda _c: self._ws.intake.undo_import(batch_id)
        )
        job.succeeded.connect(
            lambda undone: self._actions.workspace_changed.emit(
                self.tr("Removed {count} imported candidates").format(
                    count=QLocale().toString(undone.removed)
                )
            )
        )
        return job

    def invitations_enabled(self, campaign: int) -> bool:
        """Whether the campaign sends an invitation (a quick read of its templates)."""
        return self._ws.messaging.invitations_enabled(campaign)

    def download_sheet(self, url: str) -> Job:
        """Fetch a published sheet's CSV on the network worker; the result is its local Path."""
        return self.network.submit(
            self.tr("Downloading the sheet"),
            lambda c: self._ws.intake.download_sheet(
                url, progress=c.progress, cancelled=c.cancelled
            ),
        )

    def add_sheet(self, url: str, campaign: int, every_minutes: int) -> Job:
        """Check a sheet (a download) and poll it from now on, on the network worker; the
        result is ``(id, SheetCheck)``, a refusal the failure's one line."""
        return self.network.submit(
            self.tr("Checking the sheet"),
            lambda _c: self._ws.sheets.add(url, campaign, every_minutes),
        )

    def poll_sheet(self, sheet_id: int) -> Job:
        """Poll one sheet now on the actions' worker (it imports); the result is its polls."""
        job = self._actions.runner.submit(
            self.tr("Polling the sheet"), lambda _c: self._ws.sheets.poll(sheet_id)
        )
        job.succeeded.connect(self._on_poll_succeeded)
        return job

    def connect_page(self, page_id: str, token: str, version: str, base_url: str) -> Job:
        """Link the company's Facebook Page (checked with the Graph API) on the network
        worker; the result is its PageInfo."""
        return self.network.submit(
            self.tr("Connecting the Page"),
            lambda _c: self._ws.leadads.connect(
                page_id, token, graph_version=version, base_url=base_url
            ),
        )

    def add_lead_ad(self, ad_id: str, campaign: int) -> Job:
        """Check an Ad ID with the Graph API and take its leads into ``campaign``."""
        return self.network.submit(
            self.tr("Checking the ad"), lambda _c: self._ws.leadads.add_ad(ad_id, campaign)
        )

    def poll_lead_ads(self) -> Job:
        """Pull every ad's new leads now on the actions' worker; the result is the polls."""
        job = self._actions.runner.submit(
            self.tr("Polling Lead Ads"), lambda _c: self._ws.leadads.poll()
        )
        job.succeeded.connect(self._on_poll_succeeded)
        return job

    def shutdown(self) -> None:
        self.network.shutdown()

    def _on_poll_succeeded(self, polls: Any) -> None:
        added = sum(p.imported for p in polls)
        if added:
            self._actions.workspace_changed.emit(
                self.tr("Added {count} candidates").format(count=QLocale().toString(added))
            )

    def _on_import_succeeded(self, summary: Any) -> None:
        if summary.imported:
            self._actions.workspace_changed.emit(
                self.tr("Imported {count} candidates").format(
                    count=QLocale().toString(summary.imported)
                )
            )
