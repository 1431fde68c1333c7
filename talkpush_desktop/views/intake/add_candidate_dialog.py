"""Add Candidate (the seed's campaign option): Manual, CSV file, Google Form/Sheet (with the
sheets polled for new sign-ups), CV upload and Integration (Facebook Lead Ads) tabs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.intake.cv_upload_tab import CvUploadTab
from talkpush_desktop.views.intake.import_tab import ImportTab
from talkpush_desktop.views.intake.lead_ads_panel import LeadAdsPanel
from talkpush_desktop.views.intake.live_sheets_panel import LiveSheetsPanel
from talkpush_desktop.views.intake.manual_add_form import ManualAddForm
from talkpush_desktop.views.intake.operations import IntakeActions


class AddCandidateDialog(QDialog):
    """Add candidates to one campaign, chosen at the top (the list's campaign to start with)."""

    def __init__(
        self, intake: IntakeActions, campaign_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addCandidateDialog")
        self.setWindowTitle(self.tr("Add candidates"))
        self.resize(980, 720)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        for campaign in intake.workspace.campaigns.all():
            self.campaign_combo.addItem(campaign.title, campaign.id)
        found = self.campaign_combo.findData(campaign_id)
        self.campaign_combo.setCurrentIndex(max(found, 0))
        self.manual_tab = ManualAddForm(intake)
        self.csv_tab = ImportTab(intake, sheet=False)
        self.sheet_tab = ImportTab(intake, sheet=True)
        self.live_sheets = LiveSheetsPanel(intake)  # polled sheets, above the one-off import
        layout_of_sheet_tab = self.sheet_tab.layout()
        assert isinstance(layout_of_sheet_tab, QVBoxLayout)
        layout_of_sheet_tab.insertWidget(0, self.live_sheets)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("addCandidateTabs")
        self.tabs.setAccessibleName(self.tr("Ways to add candidates"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.manual_tab, self.tr("Manual"))
        self.tabs.addTab(self.csv_tab, self.tr("CSV file"))
        self.tabs.addTab(self.sheet_tab, self.tr("Google Form / Sheet"))
        self.cv_tab = CvUploadTab(intake)
        self.tabs.addTab(self.cv_tab, self.tr("CV upload"))
        self.integration_tab = LeadAdsPanel(intake)
        self.tabs.addTab(self.integration_tab, self.tr("Integration"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)  # Return belongs to the field being typed in
        self.close_button.clicked.connect(self.accept)
        title = QLabel(self.tr("Add candidates to"))
        title.setObjectName("dialogTitle")
        top = QHBoxLayout()
        top.setContentsMargins(20, 16, 20, 6)
        top.addWidget(title)
        top.addWidget(self.campaign_combo, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(20, 6, 20, 14)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_combo_changed)
        self._on_campaign_combo_changed()

    @property
    def campaign_id(self) -> int | None:
        data = self.campaign_combo.currentData()
        return int(data) if data is not None else None

    def _on_campaign_combo_changed(self, _index: int = 0) -> None:
        tabs = (self.manual_tab, self.csv_tab, self.sheet_tab, self.live_sheets)
        for tab in (*tabs, self.integration_tab, self.cv_tab):
            tab.set_campaign(self.campaign_id)
