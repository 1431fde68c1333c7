"""File > Export: the campaign workbook, the selection as ATS JSON, the SMS breakdown.

Each export asks where to save, then runs on the window's background runner (progress and
Cancel in the status bar); the engine writes to a temporary file and renames it when done,
so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.exports.summary import ExportSummary
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner, JobContext
from talkpush_desktop.views.widgets.formatting import count_text
from talkpush_desktop.views.widgets.save_dialog import ask_save_path

SMS_BREAKDOWN_DAYS = 30
_SAFE = str.maketrans({c: "_" for c in '\\/:*?"<>|'})


def done_text(summary: ExportSummary, noun: str) -> str:
    """ "Exported 1,204 candidates to Sales.xlsx" (or that it was cancelled)."""
    if summary.status == "cancelled":
        text = QCoreApplication.translate(
            "ExportActions", "Export cancelled after {count} {noun}: no file written"
        )
        return text.format(count=count_text(summary.rows), noun=noun)
    text = QCoreApplication.translate("ExportActions", "Exported {count} {noun} to {file}")
    return text.format(count=count_text(summary.rows), noun=noun, file=summary.path.name)


class ExportActions(QObject):
    """The export menu items of the main window.

    ``campaign`` returns the campaign the list shows (None for all campaigns) and
    ``selection`` what the recruiter selected. ``finished(str)`` carries the status text.
    """

    finished = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        runner: BackgroundRunner,
        campaign: Callable[[], int | None],
        selection: Callable[[], Selection],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ws, self._runner, self._parent = ws, runner, parent
        self._campaign, self._selection = campaign, selection
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        self.campaign_action = self._action(
            self.tr("Export &Campaign to Excel…"),
            self.tr(
                "Every candidate of the chosen campaign, with answers and transcript, to .xlsx"
            ),
            self.export_campaign,
        )
        self.ats_action = self._action(
            self.tr("Export Selected as &ATS JSON…"),
            self.tr("The selected candidates in the ATS JSON shape"),
            self.export_ats_json,
        )
        self.sms_action = self._action(
            self.tr("&SMS Breakdown…"),
            self.tr("SMS and segments sent per campaign in the last {days} days, to .xlsx").format(
                days=SMS_BREAKDOWN_DAYS
            ),
            self.export_sms_breakdown,
        )

    def actions(self) -> list[QAction]:
        return [self.campaign_action, self.ats_action, self.sms_action]

    def _action(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _ask_path(self, caption: str, name: str, kind: str) -> str:
        """Where to save (suggested in the workspace's reports folder, like the analytics')."""
        return ask_save_path(self._parent, caption, self._ws.intake.reports_dir() / name, kind)

    def _run(self, title: str, noun: str, fn: Callable[[JobContext], ExportSummary]) -> None:
        job = self._runner.submit(title, fn)
        job.succeeded.connect(lambda summary: self.finished.emit(done_text(summary, noun)))
        failed = self.tr("Export failed: {error}")
        job.failed.connect(lambda error: self.finished.emit(failed.format(error=error)))

    def export_campaign(self) -> bool:
        """Ask for a file and export the campaign the list shows; False when there is none."""
        campaign_id = self._campaign()
        if campaign_id is None:
            self.finished.emit(
                self.tr("Choose a campaign to export (the list shows all campaigns)")
            )
            return False
        title = self._ws.campaigns.titles().get(campaign_id, self.tr("campaign"))
        path = self.ask_path(
            self.tr("Export campaign"), f"{title.translate(_SAFE)}.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return False
        total = sum(self._ws.candidates.folder_counts(campaign_id).values())

        def work(ctx: JobContext) -> ExportSummary:
            return self._ws.exports.campaign(
                campaign_id,
                Path(path),
                progress=lambda rows: ctx.progress(rows, total),
                cancel=ctx.cancelled,
            )

        self._run(self.tr("Exporting {title}").format(title=title), self.tr("candidates"), work)
        return True

    def export_ats_json(self) -> bool:
        """Ask for a file and export the selected candidates as ATS JSON."""
        selected = self._selection()
        if not (selected.ids or selected.all_matching):
            self.finished.emit(self.tr("Select the candidates to export first"))
            return False
        path = self.ask_path(self.tr("Export as ATS JSON"), "candidates.json", "JSON (*.json)")
        if not path:
            return False

        def work(_ctx: JobContext) -> ExportSummary:
            return self._ws.exports.ats_json_file(
                self._ws.candidates.selected_ids(selected), Path(path)
            )

        self._run(self.tr("Exporting ATS JSON"), self.tr("candidates"), work)
        return True

    def export_sms_breakdown(self) -> bool:
        """Ask for a file and write the SMS breakdown of the last 30 days."""
        path = self.ask_path(
            self.tr("SMS Breakdown"), self.tr("SMS breakdown") + ".xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return False
        end = company.today(self._ws.company.timezone())
        start = end - timedelta(days=SMS_BREAKDOWN_DAYS - 1)

        def work(_ctx: JobContext) -> ExportSummary:
            return self._ws.exports.sms_breakdown_file(Path(path), start, end)

        self._run(self.tr("Writing the SMS breakdown"), self.tr("campaigns"), work)
        return True
