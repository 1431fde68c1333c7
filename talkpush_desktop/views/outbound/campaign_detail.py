"""The selected campaign: its title and status, what it is (purpose, call type, caller
ID), the next call time in its zone and the user's, Edit and Pause/Resume, the schedule as
a timeline, the leads with the selected lead's calls (and, for an assessment campaign, its
texts), and the outcomes chart."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_PURPOSES, PAUSED, RUNNING
from talkpush_desktop.views.outbound.attempts_panel import AttemptsPanel
from talkpush_desktop.views.outbound.campaign_list_model import STATUS_COLORS, next_call_texts
from talkpush_desktop.views.outbound.lead_table_model import LeadTableModel
from talkpush_desktop.views.outbound.lead_texts_panel import LeadTextsPanel
from talkpush_desktop.views.outbound.leads_pane import LeadsPane
from talkpush_desktop.views.outbound.outcome_chart import OutcomeChart
from talkpush_desktop.views.outbound.schedule_timeline import ScheduleTimeline, stops_of_campaign
from talkpush_desktop.views.outbound.vocabulary import (
    CALL_TYPE_NAMES,
    PURPOSE_NAMES,
    STATUS_NAMES,
    name_in,
)

DOT = "  \N{MIDDLE DOT}  "


class CampaignDetail(QWidget):
    """Signals:
    edit_requested: Edit was clicked.
    pause_requested(bool): Pause (True) or Resume (False) was clicked.
    """

    edit_requested = Signal()
    pause_requested = Signal(bool)

    def __init__(self, leads: LeadTableModel, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.zone = zone
        self.info: CompanyCampaignInfo | None = None
        self.title = QLabel()
        self.title.setObjectName("campaignTitle")
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        self.meta = QLabel()
        self.meta.setObjectName("mutedText")
        self.next_call = QLabel()
        self.next_call.setAccessibleName(self.tr("Next call"))
        self.next_call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.timeline = ScheduleTimeline()
        self.leads = LeadsPane(leads)
        self.chart = OutcomeChart()
        self.attempts = AttemptsPanel()
        self.texts = LeadTextsPanel()
        self.texts.hide()  # assessment campaigns only
        self._layout()

    def _layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status)
        heading.addStretch(1)
        heading.addWidget(self.edit_button)
        heading.addWidget(self.pause_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.chart)
        column.addWidget(self.attempts, 1)
        column.addWidget(self.texts, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.leads)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.next_call)
        layout.addWidget(self.timeline)
        layout.addWidget(self.splitter, 1)

    def show_campaign(self, info: CompanyCampaignInfo, now: datetime) -> None:
        """Show ``info`` (the leads are listed again only for another campaign)."""
        other = self.info is None or self.info.id != info.id
        self.info = info
        self.title.setText(info.title)
        color = STATUS_COLORS.get(info.status, "#5d6779")
        self.status.setText(name_in(STATUS_NAMES, info.status, info.status.capitalize()))
        self.status.setStyleSheet(
            f"color: white; background: {color}; border-radius: 8px; padding: 1px 8px;"
        )
        self.meta.setText(
            DOT.join(
                (
                    name_in(PURPOSE_NAMES, info.purpose_type),
                    name_in(CALL_TYPE_NAMES, info.call_type),
                    self.tr("Caller ID {number}").format(number=info.phone_number),
                    self.tr("Calls {start}\u2013{end} lead's time").format(
                        start=info.window_start, end=info.window_end
                    ),
                )
            )
        )
        campaign_zone, user_zone = next_call_texts(info, now, self.zone)
        if campaign_zone == "\N{EM DASH}":
            self.next_call.setText(self.tr("No call still to come"))
        else:
            self.next_call.setText(
                self.tr("Next call: {campaign}{dot}{yours} your time").format(
                    campaign=campaign_zone, dot=DOT, yours=user_zone
                )
            )
        self.timeline.set_stops(stops_of_campaign(info, now))
        self.pause_button.setText(self.tr("Resume") if info.status == PAUSED else self.tr("Pause"))
        self.pause_button.setEnabled(info.status in (RUNNING, PAUSED))
        assessment = info.purpose_type in ASSESSMENT_PURPOSES
        self.texts.setVisible(assessment)
        if other:
            self.leads.show_campaign(info.id, assessment=assessment, timezone=info.timezone)

    def _on_pause_button_clicked(self) -> None:
        if self.info is not None:
            self.pause_requested.emit(self.info.status == RUNNING)
