"""The main window's menu bar (File, Edit, Tools, Settings) and the campaign options menu:
their actions, each connected to the callable the window passes in (:class:`WindowMenus`),
and the part of the window that builds them and opens what they show (:class:`MenuWindows`:
Add Candidates, the phone simulator, Analytics, Company Campaigns, Providers, the API
server); the user menu at the top right is :mod:`views.company.user_menu`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton, QWidget

from talkpush_desktop.views.exports.export_actions import ExportActions
from talkpush_desktop.views.widgets.engine_errors import engine_text
from talkpush_desktop.views.widgets.reused_dialog import show_reused
from talkpush_desktop.views.window_status import REPORT_TIMEOUT_MS

if TYPE_CHECKING:  # the windows and dialogs load when first opened
    from talkpush_desktop.engine.analytics.series import DrillResult
    from talkpush_desktop.engine.workspace import Workspace
    from talkpush_desktop.views.analytics.window import AnalyticsWindow
    from talkpush_desktop.views.api_server.api_server_dialog import ApiServerDialog
    from talkpush_desktop.views.api_server.server_process import ApiServerProcess
    from talkpush_desktop.views.campaign_view.candidate_list_pane import CandidateListPane
    from talkpush_desktop.views.campaign_view.list_scope import ListScope
    from talkpush_desktop.views.campaign_view.navigation_pane import NavigationPane
    from talkpush_desktop.views.campaigns.interview_dialog import InterviewDialog
    from talkpush_desktop.views.chat.chat_pane import ChatPane
    from talkpush_desktop.views.chat.outbox_sync import OutboxSync
    from talkpush_desktop.views.intake.add_candidate_dialog import AddCandidateDialog
    from talkpush_desktop.views.intake.operations import IntakeActions
    from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow
    from talkpush_desktop.views.settings.providers_dialog import ProvidersDialog
    from talkpush_desktop.views.settings.sandbox_phone import SandboxPhoneWindow
    from talkpush_desktop.views.widgets.operations import RecruiterActions
    from talkpush_desktop.views.window_watch import ChangeWatcher

    _Window = QMainWindow
else:
    _Window = object

Slot = Callable[[], object]


class WindowMenus:
    """The actions and menus of ``window``; the export actions are the window's own.

    ``undo``, ``redo``, ``add_candidate``, ``phone``, ``analytics``,
    ``company_campaigns``, ``providers`` and ``api_server`` are what the actions of those
    names do; Quit closes the window.
    """

    def __init__(
        self,
        window: QMainWindow,
        options_button: QToolButton,
        export_actions: ExportActions,
        *,
        undo: Slot,
        redo: Slot,
        add_candidate: Slot,
        phone: Slot,
        analytics: Slot,
        company_campaigns: Slot,
        providers: Slot,
        api_server: Slot,
        interview: Slot,
    ) -> None:
        self.undo_action = QAction(
            QCoreApplication.translate("WindowMenus", "&Undo"), window
        )  # keys: views/widgets/shortcuts.py
        self.undo_action.triggered.connect(undo)
        self.redo_action = QAction(QCoreApplication.translate("WindowMenus", "&Redo"), window)
        self.redo_action.triggered.connect(redo)
        self.quit_action = QAction(QCoreApplication.translate("WindowMenus", "&Quit"), window)
        self.quit_action.triggered.connect(window.close)
        window.menuBar().setAccessibleName(QCoreApplication.translate("WindowMenus", "Menu bar"))
        self.add_candidate_action = QAction(
            QCoreApplication.translate("WindowMenus", "&Add Candidates…"),
            window,
        )
        self.add_candidate_action.triggered.connect(add_candidate)
        options = QMenu(options_button)
        options.addAction(self.add_candidate_action)
        options.addAction(export_actions.campaign_action)
        self.interview_action = QAction(
            QCoreApplication.translate("WindowMenus", "&Interview…"), window
        )
        self.interview_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus", "The campaign's interview steps and recordings"
            )
        )
        self.interview_action.triggered.connect(interview)
        options.addAction(self.interview_action)
        options_button.setMenu(options)
        self.file_menu = file_menu = window.menuBar().addMenu(
            QCoreApplication.translate("WindowMenus", "&File")
        )
        file_menu.addAction(self.add_candidate_action)
        file_menu.addSeparator()
        file_menu.addActions(export_actions.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.phone_action = QAction(
            QCoreApplication.translate("WindowMenus", "Candidate &Phone Simulator…"),
            window,
        )
        self.phone_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus", "See what the sandbox delivered and reply as the candidate"
            )
        )
        self.phone_action.triggered.connect(phone)
        tools = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Tools"))
        tools.addAction(self.phone_action)
        self.analytics_action = QAction(
            QCoreApplication.translate("WindowMenus", "&Analytics && Usage Data…"),
            window,
        )
        self.analytics_action.triggered.connect(analytics)
        tools.addAction(self.analytics_action)
        self.company_campaigns_action = QAction(
            QCoreApplication.translate("WindowMenus", "Company &Campaigns…"),
            window,
        )
        self.company_campaigns_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus",
                "Outbound calling campaigns of the company: schedules, leads and call outcomes",
            )
        )
        self.company_campaigns_action.triggered.connect(company_campaigns)
        tools.addAction(self.company_campaigns_action)
        self.api_server_action = QAction(
            QCoreApplication.translate("WindowMenus", "API &Server…"), window
        )
        self.api_server_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus",
                "Serve the candidate intake API for this workspace; manage its API keys",
            )
        )
        self.api_server_action.triggered.connect(api_server)
        tools.addAction(self.api_server_action)
        self.providers_action = QAction(
            QCoreApplication.translate("WindowMenus", "&Providers…"), window
        )
        self.providers_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus", "How messages reach candidates: sandbox, Twilio, SMTP"
            )
        )
        self.providers_action.triggered.connect(providers)
        self.settings_menu = settings_menu = window.menuBar().addMenu(
            QCoreApplication.translate("WindowMenus", "&Settings")
        )
        settings_menu.addAction(self.providers_action)
        self.notify_menu = settings_menu.addMenu(
            QCoreApplication.translate("WindowMenus", "&Notify Candidates")
        )
        self.notify_menu.setToolTipsVisible(True)

    def shortcut_actions(self) -> dict[str, QAction]:
        """The actions whose keys the shortcut table gives, by its names for them."""
        names = ("add_candidates", "quit", "undo", "redo")
        actions = (self.add_candidate_action, self.quit_action, self.undo_action, self.redo_action)
        return dict(zip(names, actions, strict=True))

    def show_undo_state(self, undo_text: str | None, redo_text: str | None) -> None:
        """Undo and Redo name what they would do ("Undo Move to Shortlisted"), or are off."""
        for action, plain, named, text in (
            (
                self.undo_action,
                QCoreApplication.translate("WindowMenus", "&Undo"),
                QCoreApplication.translate("WindowMenus", "&Undo {action}"),
                undo_text,
            ),
            (
                self.redo_action,
                QCoreApplication.translate("WindowMenus", "&Redo"),
                QCoreApplication.translate("WindowMenus", "&Redo {action}"),
                redo_text,
            ),
        ):
            action.setEnabled(text is not None)
            action.setText(named.format(action=engine_text(text)) if text else plain)


class MenuWindows(_Window):
    """The main window's menus and the windows they open (a part of
    :class:`~views.main_window.MainWindow`, which holds the attributes named below)."""

    _ws: Workspace
    _scope: ListScope
    recruiter_actions: RecruiterActions
    intake_actions: IntakeActions
    outbox_sync: OutboxSync
    change_watcher: ChangeWatcher
    navigation: NavigationPane
    list_pane: CandidateListPane
    chat_pane: ChatPane
    add_candidate_dialog: AddCandidateDialog | None
    sandbox_phone: SandboxPhoneWindow | None
    providers_dialog: ProvidersDialog | None
    analytics_window: AnalyticsWindow | None
    company_campaigns_window: CompanyCampaignsWindow | None
    api_server_dialog: ApiServerDialog | None
    interview_dialog: InterviewDialog | None
    show_candidate_set: Callable[[DrillResult], None]
    reopen_company: int | None = None
    """The company the window was closed to open again for (``run_window`` does), or None:
    it was closed to quit."""
    api_server: ApiServerProcess | None = None
    """The workspace's API server (Tools ▸ API Server...): made with the dialog, or handed on
    by the window this one replaced while it ran (:meth:`adopt_api_server`)."""
    handed_api_server: ApiServerProcess | None = None
    """The server still running once the window closed to open again (for the next one)."""

    def reopen(self, company_id: int | None = None) -> None:
        """Close the window for ``run_window`` to open it again at once, acting for
        ``company_id`` (default: the same company) in its user's language, its layout and
        last campaign and folder as remembered: File ▸ Company and My Account's language."""
        self.reopen_company = self._ws.company_id if company_id is None else company_id
        for child in self.findChildren(QWidget):  # its dialogs: the last window must close
            if child.isWindow() and child.isVisible():
                child.close()
        self.close()

    def _build_menus(self) -> None:
        self.export_actions = ExportActions(
            self._ws,
            self.recruiter_actions.runner,
            lambda: self._scope.campaign_id,
            self.list_pane.targets,
            self,
        )
        self.export_actions.finished.connect(
            lambda text: self.statusBar().showMessage(text, REPORT_TIMEOUT_MS)
        )
        menus = self._menus = WindowMenus(
            self,
            self.navigation.campaign_options_button,
            self.export_actions,
            undo=self.recruiter_actions.undo,
            redo=self.recruiter_actions.redo,
            add_candidate=self.open_add_candidate,
            phone=self.open_sandbox_phone,
            analytics=self.open_analytics,
            company_campaigns=self.open_company_campaigns,
            providers=self.open_providers,
            api_server=self.open_api_server,
            interview=self.open_interview,
        )
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.quit_action, self.add_candidate_action = menus.quit_action, menus.add_candidate_action
        self.phone_action, self.analytics_action = menus.phone_action, menus.analytics_action
        self.company_campaigns_action = menus.company_campaigns_action
        self.providers_action, self.notify_menu = menus.providers_action, menus.notify_menu
        self.settings_menu = menus.settings_menu
        self._build_campaign_actions()
        self.interview_action = menus.interview_action
        from talkpush_desktop.views.company.user_menu import UserMenu

        self.user_menu = UserMenu(
            self, self._ws, menus.analytics_action, self._on_team_changed, on_language=self.reopen
        )
        self._update_undo_actions()

    def _build_campaign_actions(self) -> None:
        """New Campaign and Campaign Settings (File and Campaign Options menus)."""
        from talkpush_desktop.views.campaigns.campaign_actions import CampaignActions

        self.campaign_actions = CampaignActions(
            self,
            self._ws,
            (self._menus.file_menu, self.navigation.campaign_options_button.menu()),
            lambda: self._scope.campaign_id,
            self._on_campaign_saved,
            actions=self.recruiter_actions,
        )

    def _on_campaign_saved(self, campaign_id: int) -> None:
        """A campaign was created or changed: the selector lists it and shows it."""
        self.navigation.set_campaigns(self._ws.campaigns.all(), campaign_id)
        self.navigation.campaign_selected.emit(campaign_id)
        self._update_undo_actions()  # a change is an undo step

    def _on_team_changed(self) -> None:
        """An ownership or account change: the selector lists what the user may now see."""
        visible = self._ws.campaigns.all()
        current = self._scope.campaign_id
        self.navigation.set_campaigns(
            visible, current if current in {c.id for c in visible} else None
        )

    def _update_undo_actions(self) -> None:
        self._menus.show_undo_state(
            self.recruiter_actions.undo_text, self.recruiter_actions.redo_text
        )

    def open_add_candidate(self) -> AddCandidateDialog:
        """Show Add Candidates for the list's campaign (one dialog, reused while open)."""
        from talkpush_desktop.views.intake.add_candidate_dialog import AddCandidateDialog

        return show_reused(
            self,
            "add_candidate_dialog",
            lambda: AddCandidateDialog(self.intake_actions, self._scope.campaign_id, self),
        )

    def open_sandbox_phone(self) -> SandboxPhoneWindow:
        """Show the candidate phone simulator, on the focused candidate's phone or email."""
        from talkpush_desktop.views.settings.sandbox_phone import open_sandbox_phone

        phone = open_sandbox_phone(self, self._ws, self.sandbox_phone, self.chat_pane.row)
        if self.sandbox_phone is None:
            phone.reply_sent.connect(self.outbox_sync.wake)  # pull the reply now
        self.sandbox_phone = phone
        return phone

    def open_analytics(self) -> AnalyticsWindow:
        """Show Tools > Analytics (one window, raised when already open); a click on a
        figure lists its candidates here."""
        from talkpush_desktop.views.analytics.window import open_analytics

        self.analytics_window = open_analytics(
            self,
            self._ws,
            self.analytics_window,
            runner=self.recruiter_actions.runner,
            on_drill=self.show_candidate_set,
        )
        return self.analytics_window

    def open_company_campaigns(self) -> CompanyCampaignsWindow:
        """Show Tools > Company Campaigns (one window, raised when already open); it
        refreshes when the sync worker or another process changes the workspace."""
        from talkpush_desktop.views.outbound.window import open_company_campaigns

        self.company_campaigns_window = open_company_campaigns(
            self,
            self._ws,
            self.company_campaigns_window,
            runner=self.recruiter_actions.runner,
            changed=(
                self.outbox_sync.changed,
                self.change_watcher.changed,
                self.recruiter_actions.workspace_changed,  # e.g. an invitation added a lead
            ),
        )
        return self.company_campaigns_window

    def open_providers(self) -> ProvidersDialog:
        """Show Settings > Providers (one dialog, reused while open)."""
        from talkpush_desktop.views.settings.providers_dialog import ProvidersDialog

        def make() -> ProvidersDialog:
            dialog = ProvidersDialog(self._ws, self.recruiter_actions.runner, self)
            dialog.providers_changed.connect(self.outbox_sync.reload)
            dialog.providers_changed.connect(self.chat_pane.refresh_channels)
            return dialog

        return show_reused(self, "providers_dialog", make)

    def open_api_server(self) -> ApiServerDialog:
        """Show Tools > API Server... (the server runs until the window closes to quit)."""
        from talkpush_desktop.views.api_server.api_server_dialog import open_api_server

        runner, dialog = self.recruiter_actions.runner, self.api_server_dialog
        self.api_server_dialog = open_api_server(self, self._ws, runner, dialog, self.api_server)
        self.api_server = self.api_server_dialog.server
        return self.api_server_dialog

    def adopt_api_server(self, server: ApiServerProcess | None) -> None:
        """Take over ``server``, still running from the window this one replaced (a language
        or company chosen): Tools ▸ API Server... shows it, closing to quit stops it."""
        if server is not None:
            server.setParent(self)
            self.api_server = server

    def release_api_server(self) -> ApiServerProcess | None:
        """The window is closing: its running server when it closes to open again (the server
        belongs to the session, so ``run_window`` hands it to the next window), else None
        once it stopped (closed to quit, signed out)."""
        server = self.api_server
        if server is None:
            return None
        if self.reopen_company is not None and server.running:
            server.setParent(None)  # outlives this window
            return server
        server.stop(wait=True)
        return None

    def open_interview(self) -> InterviewDialog | None:
        """Campaign Options > Interview...: the list's campaign's interview steps."""
        from talkpush_desktop.views.campaigns.interview_dialog import open_interview

        campaign = self._scope.campaign_id
        if campaign is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "WindowMenus", "Choose a campaign to edit its interview"
                ),
                REPORT_TIMEOUT_MS,
            )
            return None
        runner, shown = self.recruiter_actions.runner, self.interview_dialog
        self.interview_dialog = open_interview(self, self._ws, campaign, shown, runner)
        return self.interview_dialog
