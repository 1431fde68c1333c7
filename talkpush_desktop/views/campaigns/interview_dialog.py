"""Campaign Options > Interview...: the Interview tab on its own, with Save and Close,
until the campaign settings dialog embeds the tab. Closing with unsaved changes asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from talkpush_desktop.views.campaigns.interview_tab import InterviewTab
from talkpush_desktop.views.widgets.standard_buttons import name_buttons

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace
    from talkpush_desktop.views.widgets.background import BackgroundRunner


class InterviewDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        campaign_id: int,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        campaign = ws.campaigns.get(campaign_id)
        self.setWindowTitle(self.tr("Interview \u2013 {title}").format(title=campaign.title))
        self.resize(860, 520)
        self.tab = InterviewTab(ws, self, runner)
        self.tab.load(campaign.id, campaign.interview_language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab, 1)
        layout.addWidget(self.buttons)

    def _on_save_clicked(self) -> None:
        self.tab.save()

    def reject(self) -> None:
        """Close (Esc, Close, the title bar's X): unsaved changes ask first."""
        if self.tab.dirty and not self._may_discard():
            return
        self.tab.player.stop()
        super().reject()

    def _may_discard(self) -> bool:
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved interview"),
            self.tr("Save the changes to the interview?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        name_buttons(asked)
        answer = asked.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.tab.save()
        return answer == QMessageBox.StandardButton.Discard


def open_interview(
    parent: QWidget,
    ws: Workspace,
    campaign_id: int | None,
    shown: InterviewDialog | None,
    runner: BackgroundRunner | None = None,
) -> InterviewDialog | None:
    """Show the interview of ``campaign_id`` (the one open, if it is that campaign's)."""
    if campaign_id is None:
        return None
    if shown is not None and shown.isVisible() and shown.tab.campaign_id == campaign_id:
        dialog = shown
    else:
        if shown is not None:
            shown.close()
        dialog = InterviewDialog(ws, campaign_id, parent, runner)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
