"""The main window: the campaign view's three panes, undo/redo and remembered layout.

Left: campaign selector, folders and labels beside the searchable candidate list.
Middle: the conversation. Right: the profile with the folder buttons.

Its menus and the windows they open are built by ``window_menus`` (:class:`MenuWindows`),
its status bar by ``window_status``, its splitters and remembered layout by
``window_state``; the profile pane's buttons act through ``campaign_view.profile.actions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import isValid

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.bulk_actions import BulkActions
from talkpush_desktop.views.campaign_view.candidate_list_model import CandidateListModel
from talkpush_desktop.views.campaign_view.candidate_list_pane import CandidateListPane
from talkpush_desktop.views.campaign_view.list_count import ListCounter
from talkpush_desktop.views.campaign_view.list_scope import (
    DEFAULT_FOLDER,
    ListScope,
    Refinements,
    heading_texts,
)
from talkpush_desktop.views.campaign_view.navigation_pane import NavigationPane
from talkpush_desktop.views.campaign_view.notify_prompt import NotifyPrompt
from talkpush_desktop.views.campaign_view.profile.actions import ProfileActions
from talkpush_desktop.views.campaign_view.profile.pane import ProfilePane
from talkpush_desktop.views.campaign_view.triage import Triage, TriageTargets
from talkpush_desktop.views.chat.chat_pane import ChatPane
from talkpush_desktop.views.chat.outbox_sync import OutboxSync
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.weekly_email_check import WeeklyEmailCheck
from talkpush_desktop.views.widgets.engine_errors import error_text
from talkpush_desktop.views.widgets.operations import Changed, Moved, RecruiterActions
from talkpush_desktop.views.window_menus import MenuWindows
from talkpush_desktop.views.window_state import (
    APPLICATION,
    default_settings,
    restore_layout,
    save_layout,
    splitters,
)
from talkpush_desktop.views.window_status import STATUS_TIMEOUT_MS, WindowStatus
from talkpush_desktop.views.window_watch import ChangeWatcher

if TYPE_CHECKING:  # windows and dialogs opened on demand load then (pyqtgraph, intake)
    from talkpush_desktop.engine.analytics.series import DrillResult
    from talkpush_desktop.engine.dto import CandidateRow, LabelInfo
    from talkpush_desktop.views.analytics.window import AnalyticsWindow
    from talkpush_desktop.views.api_server.api_server_dialog import ApiServerDialog
    from talkpush_desktop.views.campaigns.interview_dialog import InterviewDialog
    from talkpush_desktop.views.intake.add_candidate_dialog import AddCandidateDialog
    from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow
    from talkpush_desktop.views.settings.providers_dialog import ProvidersDialog
    from talkpush_desktop.views.settings.sandbox_phone import SandboxPhoneWindow


class MainWindow(MenuWindows, QMainWindow):
    """The recruiter's campaign view over one workspace.

    ``settings`` is where layout and the last campaign/folder are remembered; tests pass an
    INI file of their own so they never touch the user's settings.
    """

    def __init__(
        self, ws: Workspace, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ws = ws
        self._settings = settings if settings is not None else default_settings()
        self._label_colors: dict[str, str] = {}
        self._labels: list[LabelInfo] | None = None
        self._shown = 0  # how many times the profile and conversation were (re)loaded
        self._scope = ListScope()
        self.recruiter_actions = RecruiterActions(ws, self)
        self.outbox_sync = OutboxSync(ws, self)  # started by run_window, in the qasync loop
        self.change_watcher = ChangeWatcher(ws, self)  # other processes' writes; run_window
        self.weekly_email_check = WeeklyEmailCheck(ws, self)  # started by run_window
        self.intake_actions = IntakeActions(ws, self.recruiter_actions)
        self.add_candidate_dialog: AddCandidateDialog | None = None
        self.sandbox_phone: SandboxPhoneWindow | None = None
        self.providers_dialog: ProvidersDialog | None = None
        self.analytics_window: AnalyticsWindow | None = None
        self.company_campaigns_window: CompanyCampaignsWindow | None = None
        self.api_server_dialog: ApiServerDialog | None = None  # with the server it runs
        self.interview_dialog: InterviewDialog | None = None
        self.model = CandidateListModel(ws, self)
        self.list_counter = ListCounter(ws, self)
        company = ws.company.name()  # read once: each read is a query before the first paint
        self.navigation = NavigationPane(company)
        self.list_pane = CandidateListPane(self.model)
        self.list_pane.selection.known_count = self.list_counter.known
        self.chat_pane = ChatPane(ws, self.recruiter_actions)
        self.profile_pane = ProfilePane()
        self.bulk_actions = BulkActions(
            self.list_pane, self.recruiter_actions, self, quick_replies=ws.messaging.quick_replies
        )
        self.notify_prompt = NotifyPrompt(self, ws, self.recruiter_actions, self._settings)
        self._recent: dict[int, CandidateRow] = {}  # the last candidates shown (by key: 2)
        self.notify_prompt.known_row = self._recent.get
        self.recruiter_actions.seen_folders = self._shown_folders
        self.left_splitter, self.splitter = splitters(
            self.navigation, self.list_pane, self.chat_pane, self.profile_pane
        )
        self.setCentralWidget(self.splitter)
        self.setWindowTitle(f"{company} \N{EM DASH} {APPLICATION}")
        self._build_menus()
        self._build_status()
        self.notify_prompt.fill_menu(self.notify_menu)
        self.triage = Triage(self, self._triage_targets())  # keyboard shortcuts, Help menu
        self._connect()
        self._scope = restore_layout(self._settings, self, self.splitter, self.left_splitter)
        self._load()
        self.list_pane.list_view.setFocus()

    # -- building --------------------------------------------------------------------------

    def _triage_targets(self) -> TriageTargets:
        panes = (self.list_pane, self.bulk_actions, self.profile_pane, self.chat_pane)
        return TriageTargets(*panes, self._menus.shortcut_actions())

    def _build_status(self) -> None:
        status = self.window_status = WindowStatus(
            self.statusBar(),
            self._ws.intake.reports_dir,
            self.recruiter_actions,
            self.outbox_sync,
            self,
        )
        self.send_report, self.task_progress = status.send_report, status.task_progress
        self.outbox_indicator = status.outbox_indicator

    def _connect(self) -> None:
        self.navigation.campaign_selected.connect(self._on_navigation_campaign_selected)
        self.navigation.folder_list.folder_selected.connect(self._on_folder_list_folder_selected)
        self.navigation.label_list.label_toggled.connect(self._on_label_list_label_toggled)
        self.list_pane.search_changed.connect(self._on_list_pane_search_changed)
        self.list_pane.add_candidate_requested.connect(self.open_add_candidate)
        self.list_pane.filter_panel.refinements_changed.connect(
            self._on_filter_panel_refinements_changed
        )
        self.list_pane.filter_button.toggled.connect(self._on_filter_button_toggled)
        self.navigation.new_label_requested.connect(self.bulk_actions.create_label)
        self.list_pane.current_candidate_changed.connect(
            self._on_list_pane_current_candidate_changed
        )
        self.model.rows_loaded.connect(self._on_model_rows_loaded)
        self.list_counter.counted.connect(self._update_heading)
        self.profile_actions = ProfileActions(
            self.profile_pane,
            self.list_pane,
            self.recruiter_actions,
            self,
            assessment_tests=self._ws.assessments.tests,
            sharing=self._ws.sharing,
        )
        self.profile_pane.set_file_resolver(self._ws.candidates.stored_file)
        self.recruiter_actions.workspace_changed.connect(
            self._on_recruiter_actions_workspace_changed
        )
        for changed in (self.outbox_sync.changed, self.change_watcher.changed):
            changed.connect(self.refresh_after_sync)  # the sync worker's or another process's
            changed.connect(self._analytics_changed)
        self.change_watcher.changed.connect(self.outbox_sync.refresh_status)
        self.recruiter_actions.workspace_changed.connect(self._analytics_changed)
        self.outbox_sync.refresh_status()

    def _load(self) -> None:
        """First fill: campaigns, labels, counts and the list."""
        self.change_watcher.mark_seen()
        campaigns = self._ws.campaigns.all()
        if self._scope.campaign_id not in {c.id for c in campaigns}:
            self._scope = self._scope.with_(campaign_id=None)
        self.navigation.set_campaigns(campaigns, self._scope.campaign_id)
        self._refresh_labels()
        self._refresh_counts()
        if self._scope.folder not in self.navigation.folder_list.folder_names():
            self._scope = self._scope.with_(folder=DEFAULT_FOLDER)
        self._apply_scope()

    # -- public ----------------------------------------------------------------------------

    @property
    def scope(self) -> ListScope:
        return self._scope

    def select_candidate(self, candidate_id: int) -> None:
        """Focus a candidate: in the list when it is loaded there, else in the profile only."""
        if not self.list_pane.select_candidate(candidate_id):
            self._show_candidate(candidate_id)

    def save_state(self) -> None:
        save_layout(self._settings, self, self.splitter, self.left_splitter, self._scope)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.analytics_window is not None:
            self.analytics_window.shutdown()
        self.handed_api_server = self.release_api_server()  # for run_window's next window
        if self.company_campaigns_window is not None and isValid(self.company_campaigns_window):
            self.company_campaigns_window.shutdown()
        self.outbox_sync.close()
        self.change_watcher.close()
        self.recruiter_actions.shutdown()
        self.intake_actions.shutdown()
        self.list_counter.shutdown()
        self.list_pane.selection.shutdown()
        self.save_state()
        self._hide_own_windows()
        super().closeEvent(event)

    def _hide_own_windows(self) -> None:
        """Dialogs and windows this window opened go with it: none stays on screen, or keeps
        reading on a timer (the phone simulator), over a workspace that closes next."""
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.hide()

    # -- refreshing ------------------------------------------------------------------------

    def _apply_scope(self) -> None:
        """Show the candidates of the current scope (first page) and focus the first one."""
        scope = self._scope
        self.navigation.folder_list.show_folder(None if scope.across_folders else scope.folder)
        self.navigation.label_list.set_active(scope.label or "")
        self.model.set_filter(scope.to_filter())
        self._count_list()
        self.list_pane.select_first()
        if self.model.rowCount() == 0:
            self._show_candidate(None)

    def _refresh_counts(self) -> None:
        self.navigation.folder_list.set_counts(
            self._ws.candidates.folder_counts(self._scope.campaign_id)
        )
        self._count_list()
        self._update_heading()

    def _count_list(self) -> None:
        """Have a list with no maintained count (a label's) counted in the background."""
        if self._scope.whole_label:
            self.list_counter.request(self._scope.to_filter())

    def _refresh_labels(self) -> None:
        """Re-read the labels; the lists and menus that offer them are rebuilt only when
        they changed (not after every move)."""
        labels = self._ws.labels.all()
        if labels == self._labels:
            return
        self._labels = labels
        self._label_colors = {info.name: info.color for info in labels}
        self.list_pane.delegate.set_label_colors(self._label_colors)
        self.navigation.set_labels(labels)
        self.bulk_actions.set_labels(labels)
        self.list_pane.filter_panel.set_labels([info.name for info in labels])
        self.profile_pane.set_label_choices(
            [info.name for info in labels], [info.name for info in labels if info.automatic]
        )

    def _update_heading(self) -> None:
        scope = self._scope
        labelled = self.list_counter.known(scope.to_filter()) if scope.whole_label else None
        count, empty = heading_texts(
            scope,
            labelled=labelled,
            shown=self.model.rowCount(),
            exhausted=self.model.exhausted,
            folder_count=self.navigation.folder_list.count_of,
        )
        self.list_pane.set_heading(scope.title(), count, scope.banner)
        self.list_pane.set_empty_text(empty)

    def _show_candidate(self, candidate_id: int | None) -> None:
        self._shown += 1
        detail = None
        if candidate_id is not None:
            try:
                detail = self._ws.candidates.get(candidate_id)
            except WorkspaceError as exc:  # e.g. removed meanwhile by an import undo
                self.statusBar().showMessage(error_text(exc), STATUS_TIMEOUT_MS)
        if detail is not None:
            self._remember(detail.row)
        self.profile_pane.show_candidate(detail, self._label_colors)
        self.chat_pane.show_candidate(detail.row if detail else None)
        if self.sandbox_phone is not None:
            self.sandbox_phone.set_candidate(detail.row if detail else None)

    def _remember(self, row: CandidateRow) -> None:
        """Keep the rows of the last two candidates shown: the one a key just decided (its
        notify question needs its name) and the next."""
        self._recent.pop(row.id, None)
        self._recent[row.id] = row
        while len(self._recent) > 2:
            del self._recent[next(iter(self._recent))]

    def show_candidate_set(self, result: DrillResult) -> None:
        """List the candidates behind an analytics figure (all campaigns, every folder)."""
        self.list_pane.clear_search()
        self._scope = ListScope(
            candidate_set=result.set_id, set_title=result.title, set_size=result.count
        )
        self.navigation.select_campaign(None)
        self._refresh_counts()
        self._apply_scope()
        self.raise_()
        self.activateWindow()

    # -- slots -----------------------------------------------------------------------------

    def _on_navigation_campaign_selected(self, campaign_id: int | None) -> None:
        self._scope = self._scope.with_(campaign_id=campaign_id)
        self._refresh_counts()
        self._apply_scope()

    def _on_folder_list_folder_selected(self, folder: str) -> None:
        self.list_pane.clear_search()
        self._scope = self._scope.with_(folder=folder, label=None, search="", candidate_set=None)
        self._apply_scope()

    def _on_label_list_label_toggled(self, label: str) -> None:
        self._scope = self._scope.with_(label=label or None)
        self._apply_scope()

    def _on_list_pane_search_changed(self, text: str) -> None:
        self._scope = self._scope.with_(search=text)
        self._apply_scope()

    def _on_filter_panel_refinements_changed(self, refinements: Refinements) -> None:
        self._scope = self._scope.with_(refine=refinements)
        self._apply_scope()

    def _on_filter_button_toggled(self, shown: bool) -> None:
        if shown:  # sources are read when asked for: listing them scans the candidates
            self.list_pane.filter_panel.set_sources(self._ws.candidates.sources())

    def _on_list_pane_current_candidate_changed(self, candidate_id: int | None) -> None:
        self._show_candidate(candidate_id)

    def _on_model_rows_loaded(self) -> None:
        self._update_heading()

    def _analytics_changed(self) -> None:
        if self.analytics_window is not None and isValid(self.analytics_window):
            self.analytics_window.workspace_changed()

    def refresh_after_sync(self) -> None:
        """The sync worker or another process changed the workspace (sent, a reply came in,
        a candidate added): refresh counts, labels, the list, the conversation and the
        simulator, keeping the focus."""
        self.change_watcher.mark_seen()  # what is committed now is shown: not a change
        self._refresh_labels()
        self._refresh_counts()
        self._refresh_list_and_candidate()
        if self.sandbox_phone is not None and self.sandbox_phone.isVisible():
            self.sandbox_phone.refresh()

    def _refresh_list_and_candidate(self) -> None:
        """Re-read the list, then the candidate in focus, unless the refresh just moved the
        focus on and so loaded the next one fresh (a decision by key loads it once)."""
        shown = self._shown
        self.list_pane.refresh()
        if self._shown == shown:
            current = self.list_pane.current_candidate_id()
            self._show_candidate(current if current is not None else self.profile_pane.candidate_id)

    def _shown_folders(self, ids: Sequence[int]) -> dict[int, str]:
        """The folders the list (or the profile) shows ``ids`` in: what a move is made on."""
        seen = self.model.folders_of(ids)
        shown, folder = self.profile_pane.candidate_id, self.profile_pane.folder
        if shown is not None and shown in ids and shown not in seen and folder is not None:
            seen[shown] = folder
        return seen

    def _on_recruiter_actions_workspace_changed(self, description: str) -> None:
        self.change_watcher.mark_seen()  # the window's own write is no change from elsewhere
        self.outbox_sync.refresh_status()  # the worker sends what was queued within seconds
        self.statusBar().showMessage(description, STATUS_TIMEOUT_MS)
        self._refresh_counts()
        done = self.recruiter_actions.last_done
        if isinstance(done, Changed) and "campaigns" in done.changes:  # e.g. an undone title
            self.navigation.set_campaigns(self._ws.campaigns.all(), self._scope.campaign_id)
        if not isinstance(done, Moved):
            self._refresh_labels()  # a folder move never adds, removes or recolours a label
        self._refresh_list_and_candidate()
        self._update_undo_actions()
