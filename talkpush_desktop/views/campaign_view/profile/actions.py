"""What the profile pane's buttons do: move to a folder (the list's selection, or the
focused candidate), add or remove a label, robocall, invite, stop or resume the bot, invite
to an assessment through the window's :class:`RecruiterActions`; share the profile
(the Sharing dialog over ``ws.sharing``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from shiboken6 import isValid

from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.engine.sharing.service import SharingService
from talkpush_desktop.views.campaign_view.candidate_list_pane import CandidateListPane
from talkpush_desktop.views.campaign_view.profile.assessment_dialog import AssessmentDialog
from talkpush_desktop.views.campaign_view.profile.pane import ProfilePane
from talkpush_desktop.views.campaign_view.profile.share_dialog import ShareDialog
from talkpush_desktop.views.widgets.operations import RecruiterActions


class ProfileActions(QObject):
    """Connects ``profile_pane``'s requests to ``recruiter_actions`` (owned by ``parent``)."""

    def __init__(
        self,
        profile_pane: ProfilePane,
        list_pane: CandidateListPane,
        recruiter_actions: RecruiterActions,
        parent: QObject | None = None,
        *,
        assessment_tests: Callable[[], Mapping[str, str]] = dict,
        sharing: SharingService | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile_pane, self.list_pane = profile_pane, list_pane
        self.recruiter_actions = recruiter_actions
        self.assessment_tests = assessment_tests
        """The tests the company's assessment campaigns name (test id -> name)."""
        self.assessment_dialog: AssessmentDialog | None = None
        self.sharing = sharing
        self.share_dialog: ShareDialog | None = None
        for signal, slot in (
            (profile_pane.move_requested, self._on_profile_pane_move_requested),
            (profile_pane.label_add_requested, self._on_profile_pane_label_add_requested),
            (profile_pane.label_remove_requested, self._on_profile_pane_label_remove_requested),
            (profile_pane.robocall_requested, self._on_profile_pane_robocall_requested),
            (profile_pane.invite_requested, self._on_profile_pane_invite_requested),
            (profile_pane.bot_stop_requested, self._on_profile_pane_bot_stop_requested),
            (profile_pane.assessment_requested, self._on_profile_pane_assessment_requested),
            (profile_pane.share_requested, self._on_profile_pane_share_requested),
        ):
            signal.connect(slot)

    def _on_profile_pane_move_requested(self, folder: str) -> None:
        targets = self.list_pane.targets()
        if not (targets.ids or targets.all_matching) and self.profile_pane.candidate_id:
            targets = Selection.of([self.profile_pane.candidate_id])
        if targets.ids or targets.all_matching:
            self.recruiter_actions.move(targets, folder)

    def _on_profile_pane_label_add_requested(self, label: str) -> None:
        if self.profile_pane.candidate_id is not None:
            self.recruiter_actions.add_label([self.profile_pane.candidate_id], label)

    def _on_profile_pane_label_remove_requested(self, label: str) -> None:
        if self.profile_pane.candidate_id is not None:
            self.recruiter_actions.remove_label([self.profile_pane.candidate_id], label)

    def _on_profile_pane_robocall_requested(self) -> None:
        cid = self.profile_pane.candidate_id
        if cid is not None:
            self.recruiter_actions.robocall(cid, self.profile_pane.name_label.text())

    def _on_profile_pane_invite_requested(self) -> None:
        cid = self.profile_pane.candidate_id
        if cid is not None:
            self.recruiter_actions.invite([cid])

    def _on_profile_pane_bot_stop_requested(self, stopped: bool) -> None:
        cid = self.profile_pane.candidate_id
        if cid is not None:
            self.recruiter_actions.set_bot_stopped(cid, stopped)

    def _on_profile_pane_assessment_requested(self) -> None:
        cid = self.profile_pane.candidate_id
        if cid is None:
            return
        name = self.profile_pane.name_label.text()
        dialog = AssessmentDialog(name, self.assessment_tests(), self.profile_pane.window())
        if self.assessment_dialog is not None and isValid(self.assessment_dialog):
            self.assessment_dialog.close()
        self.assessment_dialog = dialog
        dialog.accepted.connect(
            lambda: self.recruiter_actions.invite_assessment(cid, dialog.test_id(), dialog.name())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def _on_profile_pane_share_requested(self) -> None:
        cid = self.profile_pane.candidate_id
        if cid is None or self.sharing is None:
            return
        if self.share_dialog is not None and isValid(self.share_dialog):
            self.share_dialog.close()
        name = self.profile_pane.name_label.text()
        dialog = ShareDialog(self.sharing, cid, name, self.profile_pane.window())
        self.share_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
