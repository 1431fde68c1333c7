"""Tools > Company Campaigns: the company's outbound calling campaigns (seed 004).

The list on top (title, status, purpose, call type, the next call in the campaign's zone
and in the user's); below it the selected campaign (``campaign_detail``): Edit and
Pause/Resume, the schedule's timeline, its leads (filter, search, add by paste or CSV,
remove) with each lead's calls (and an assessment campaign's texts to it), and a chart of
the call outcomes over time.

Reads run on the window's own worker (``reader``), writes on the main window's serial
worker (:class:`OutboundActions`); both answer by signal on the UI thread. The window
refreshes after its own writes and when the main window's change watcher or sync says the
workspace changed (the dialer in the sync worker or another process calling), so statuses
and the chart move while calls are made; a refresh asked for during one runs once after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from talkpush_desktop.engine.outbound.dto import AttemptInfo, CompanyCampaignInfo, LeadInfo
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.outbound.lead_texts import LeadTextInfo
from talkpush_desktop.engine.outbound.outcome_series import OutcomeSeries
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_PURPOSES
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.outbound.add_leads_dialog import AddLeadsDialog
from talkpush_desktop.views.outbound.campaign_detail import CampaignDetail
from talkpush_desktop.views.outbound.campaign_form import CampaignForm
from talkpush_desktop.views.outbound.campaign_list_model import CampaignListModel, user_zone
from talkpush_desktop.views.outbound.lead_table_model import LeadTableModel
from talkpush_desktop.views.outbound.outbound_actions import OutboundActions
from talkpush_desktop.views.widgets.background import BackgroundRunner
from talkpush_desktop.views.widgets.standard_buttons import name_buttons

STATUS_TIMEOUT_MS = 6000
PAGE = 100
STYLE = """
#campaignTitle { font-size: 14pt; font-weight: bold; }
#sectionTitle { font-weight: bold; color: #5d6779; }
#mutedText, #lockedNote { color: #8a93a3; }
#emptyState { color: #8a93a3; font-size: 11pt; }
"""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one refresh read: the campaigns, and the selected one's counts and chart."""

    campaigns: list[CompanyCampaignInfo]
    counts: dict[str, int] | None = None
    series: OutcomeSeries | None = None


class CompanyCampaignsWindow(QMainWindow):
    """Signals:
    refreshed: a refresh's answer is on screen (the list, the detail, the chart).
    attempts_shown: the selected lead's calls (and texts) are on screen.
    """

    refreshed = Signal()
    attempts_shown = Signal()

    def __init__(
        self,
        ws: Workspace,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyCampaignsWindow")
        self.setWindowTitle(
            self.tr("Company Campaigns \u2014 {company}").format(company=ws.company.name())
        )
        self.setStyleSheet(STYLE)
        self._ws = ws
        self.reader = BackgroundRunner(self)
        self.outbound_actions = OutboundActions(
            ws, runner if runner is not None else self.reader, self
        )
        self.zone = zone or user_zone()
        self.campaigns = CampaignListModel(self, self.zone)
        self.leads = LeadTableModel(ws, self.reader, self)
        self.form: CampaignForm | None = None
        self.add_leads_dialog: AddLeadsDialog | None = None
        self._selected: int | None = None
        self._refreshing = False
        self._again = False
        self._shut = False
        self._build()
        self._connect()
        self.resize(1240, 860)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New Campaign\u2026"))
        self.new_button.setObjectName("primaryButton")
        heading = QLabel(self.tr("Company campaigns"))
        heading.setObjectName("campaignTitle")
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        self.list_view = QTableView()
        self.list_view.setAccessibleName(self.tr("Company campaigns"))
        self.list_view.setModel(self.campaigns)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 140), (3, 100), (4, 270)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            wanted = header.sectionSizeFromContents(column).width()  # a longer title fits
            self.list_view.setColumnWidth(column, max(width, wanted))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 10, 12, 4)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.list_view)
        self.detail = CampaignDetail(self.leads, self.zone)
        self.empty = QLabel(self.tr("No company campaign yet.\nNew Campaign\u2026 makes one."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.stack)
        self.splitter.setSizes([170, 690])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.statusBar().setAccessibleName(self.tr("Company campaigns status"))

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.list_view.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.list_view.doubleClicked.connect(lambda _i: self.open_form(self.selected()))
        self.detail.edit_requested.connect(lambda: self.open_form(self.selected()))
        self.detail.pause_requested.connect(self._on_detail_pause_requested)
        leads = self.detail.leads
        leads.add_requested.connect(self.open_add_leads)
        leads.remove_requested.connect(self._on_leads_remove_requested)
        leads.lead_selected.connect(self._on_leads_lead_selected)
        leads.submitted_requested.connect(self._on_leads_submitted_requested)
        self.outbound_actions.done.connect(self._on_actions_done)
        self.outbound_actions.failed.connect(self._show_status)
        self.outbound_actions.refused.connect(lambda e: self._show_status(str(e)))

    def watch(self, *signals: SignalInstance) -> None:
        """Refresh when any of ``signals`` says the workspace changed (the sync worker's
        or another process's writes, e.g. the dialer's calls)."""
        for signal in signals:
            signal.connect(self._on_workspace_changed)

    # -- reading ---------------------------------------------------------------------------

    def selected(self) -> CompanyCampaignInfo | None:
        return self.campaigns.campaign(self.list_view.currentIndex().row())

    def refresh(self) -> None:
        """Read the campaigns and the selected one's counts and chart again (one refresh at
        a time; one asked for meanwhile runs after it)."""
        if self._shut:
            return
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        out, chosen = self._ws.outbound, self._selected

        def work(_context: object) -> Snapshot:
            campaigns: list[CompanyCampaignInfo] = []
            page = 1
            while True:
                found = out.campaigns(page=page, limit=PAGE)
                campaigns.extend(found.campaigns)
                if page * PAGE >= found.total:
                    break
                page += 1
            if chosen is None or chosen not in {c.id for c in campaigns}:
                return Snapshot(campaigns)
            return Snapshot(campaigns, out.lead_counts(chosen), out.outcomes_over_time(chosen))

        job = self.reader.submit(self.tr("Reading campaigns"), work)
        job.succeeded.connect(self._on_refresh_read)
        job.finished.connect(self._on_refresh_finished)

    def _on_refresh_read(self, snapshot: object) -> None:
        if not isValid(self) or not isinstance(snapshot, Snapshot):
            return
        wanted = self._selected  # a reset of the list clears its current row
        self.campaigns.set_campaigns(snapshot.campaigns)
        row = self.campaigns.row_of(wanted) if wanted is not None else -1
        if row < 0 and snapshot.campaigns:
            row = 0
        if row >= 0 and self.list_view.currentIndex().row() != row:
            self.list_view.selectionModel().setCurrentIndex(
                self.campaigns.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return  # showing another campaign reads its counts and chart
        self.stack.setCurrentIndex(1 if snapshot.campaigns else 0)
        info = self.selected()
        if info is not None:
            self.detail.show_campaign(info, utcnow())
            if snapshot.counts is not None:
                self.detail.leads.set_counts(snapshot.counts)
                self.detail.chart.show_series(snapshot.series, info.timezone)
            self.detail.leads.refresh()
            self._read_attempts(self.detail.leads.current_lead())
        self.refreshed.emit()

    def _on_refresh_finished(self) -> None:
        if not isValid(self):
            return
        self._refreshing = False
        if self._again:
            self._again = False
            self.refresh()

    def _read_attempts(self, lead: LeadInfo | None) -> None:
        """Read and show the lead's calls and (assessment campaigns) texts."""
        info = self.selected()
        if self._shut:
            return
        if lead is None or info is None:
            self.detail.attempts.show_attempts(None, [], "UTC")
            self.detail.texts.show_texts(None, [], "UTC")
            self.attempts_shown.emit()
            return
        out = self._ws.outbound
        with_texts = info.purpose_type in ASSESSMENT_PURPOSES

        def work(_context: object) -> tuple[list[AttemptInfo], list[LeadTextInfo]] | None:
            try:
                calls = out.attempts(lead.campaign_id, lead.id)
                return calls, out.texts(lead.campaign_id, lead.id) if with_texts else []
            except OutboundError:  # removed meanwhile
                return None

        job = self.reader.submit(self.tr("Reading calls"), work)
        job.succeeded.connect(lambda found: self._on_attempts_read(lead, found, info.timezone))

    def _on_attempts_read(self, lead: LeadInfo, found: object, timezone: str) -> None:
        if not isValid(self):
            return
        current = self.detail.leads.current_lead()
        if current is None or current.id != lead.id:
            return
        calls, texts = found if isinstance(found, tuple) else ([], [])
        self.detail.attempts.show_attempts(current, calls, timezone)
        self.detail.texts.show_texts(current, texts, timezone)
        self.attempts_shown.emit()

    # -- actions ---------------------------------------------------------------------------

    def open_form(self, campaign: CompanyCampaignInfo | None) -> CampaignForm:
        """New Campaign (``campaign`` None) or Edit Campaign; one form at a time."""
        if self.form is not None and isValid(self.form):
            self.form.close()
        out = self._ws.outbound
        form = self.form = CampaignForm(
            self.outbound_actions, out.sites(), out.caller_ids(), campaign, self
        )
        form.saved.connect(self._on_form_saved)
        form.finished.connect(form.deleteLater)
        form.show()
        return form

    def open_add_leads(self) -> AddLeadsDialog | None:
        info = self.selected()
        if info is None:
            return None
        dialog = self.add_leads_dialog = AddLeadsDialog(
            self.outbound_actions, info.id, info.title, self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def _on_form_saved(self, info: object) -> None:
        if isinstance(info, CompanyCampaignInfo):
            self._selected = info.id
            self.refresh()

    def _on_detail_pause_requested(self, paused: bool) -> None:
        info = self.selected()
        if info is not None:
            self.outbound_actions.set_paused(info.id, paused)

    def _on_leads_remove_requested(self, ids: list[int]) -> None:
        info = self.selected()
        if info is None:
            return
        n = len(ids)
        if n == 1:
            question = self.tr(
                "Remove this lead from {campaign}? Its calls are removed with it; adding it "
                "again starts afresh."
            ).format(campaign=info.title)
        else:
            question = self.tr(
                "Remove these {count} leads from {campaign}? Their calls are removed with "
                "them; adding them again starts afresh."
            ).format(count=QLocale().toString(n), campaign=info.title)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove Leads"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_buttons(box)  # in the language even where Qt has no translation of its own
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.outbound_actions.remove_leads(info.id, ids)

    def _on_leads_submitted_requested(self, ids: list[int], submitted: bool) -> None:
        info = self.selected()
        if info is not None:
            self.outbound_actions.set_assessment_submitted(info.id, ids, submitted)

    # -- slots -----------------------------------------------------------------------------

    def _on_list_current_changed(self, *_args: object) -> None:
        info = self.selected()
        if info is None:  # the list was reset: the refresh selects the campaign again
            return
        self._selected = info.id
        self.stack.setCurrentIndex(1)
        self.detail.show_campaign(info, utcnow())
        self.refresh()

    def _on_leads_lead_selected(self, lead: object) -> None:
        self._read_attempts(lead if isinstance(lead, LeadInfo) else None)

    def _on_actions_done(self, text: str) -> None:
        self._show_status(text)
        self.refresh()

    def _on_workspace_changed(self) -> None:
        if isValid(self) and self.isVisible():
            self.refresh()

    def _show_status(self, text: str) -> None:
        if isValid(self):
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # opened (again): the workspace may have changed meanwhile

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in (self.form, self.add_leads_dialog):
            if dialog is not None and isValid(dialog):
                dialog.close()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the window's worker (the main window is closing)."""
        self._shut = self.leads.stopped = True
        self.reader.shutdown()


def open_company_campaigns(
    parent: QWidget,
    ws: Workspace,
    existing: CompanyCampaignsWindow | None,
    *,
    runner: BackgroundRunner | None = None,
    changed: tuple[SignalInstance, ...] = (),
) -> CompanyCampaignsWindow:
    """Show the Company Campaigns window of ``parent`` (one, raised when already open)."""
    window = existing
    if window is None or not isValid(window):
        window = CompanyCampaignsWindow(ws, runner, parent)
        window.watch(*changed)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
