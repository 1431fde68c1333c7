"""Add Candidates ▸ Integration: the company's Facebook Page and its Lead Ads (seed 000).

The Page id and its access token are entered once (the token goes to the keyring and the
field is cleared); an Ad ID is checked with the Graph API and its leads come into the
dialog's campaign from then on. Each ad's status (last poll, leads imported, last error)
is listed; Poll now pulls new leads at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.intake.lead_ads.graph import DEFAULT_BASE, DEFAULT_VERSION
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.intake.vocabulary import poll_status, poll_time

COLUMNS = (
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Ad"),
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Name"),
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Campaign"),
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Last poll"),
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Leads imported"),
    QT_TRANSLATE_NOOP("LeadAdsPanel", "Status"),
)


class LeadAdsPanel(QWidget):
    """Connect the Page, add ads to the dialog's campaign, see how their polling goes.

    Signals: none (the dialog's lists refresh through the actions' ``workspace_changed``).
    """

    def __init__(self, intake: IntakeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadAdsPanel")
        self._intake = intake
        self._campaign: int | None = None
        self.page_edit = _edit(self.tr("Facebook Page ID"), self.tr("Page ID (digits)"))
        self.token_edit = _edit(
            self.tr("Page access token"), self.tr("Page access token (kept in the keyring)")
        )
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.version_edit = _edit(self.tr("Graph API version"), DEFAULT_VERSION)
        self.version_edit.setText(DEFAULT_VERSION)
        self.base_edit = _edit(self.tr("Graph API address"), DEFAULT_BASE)
        self.base_edit.setText(DEFAULT_BASE)
        self.connect_button = QPushButton(self.tr("Connect the Page"))
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.ad_edit = _edit(self.tr("Ad ID"), self.tr("Ad ID (from the Ads Manager)"))
        self.add_button = QPushButton(self.tr("Add the ad"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.poll_button = QPushButton(self.tr("Poll now"))
        self.poll_button.clicked.connect(self._on_poll_button_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("leadAdsStatus")
        self.status_label.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Lead Ads"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._layout()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Page ID"), self.page_edit)
        form.addRow(self.tr("Access token"), self.token_edit)
        form.addRow(self.tr("Graph API version"), self.version_edit)
        form.addRow(self.tr("Graph API address"), self.base_edit)
        connect = QHBoxLayout()
        connect.addStretch(1)
        connect.addWidget(self.connect_button)
        ad = QHBoxLayout()
        ad.addWidget(self.ad_edit, 1)
        ad.addWidget(self.add_button)
        ad.addWidget(self.poll_button)
        title = QLabel(self.tr("LEAD ADS"))
        title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(form)
        layout.addLayout(connect)
        layout.addWidget(title)
        layout.addLayout(ad)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)

    # -- what the dialog asks --------------------------------------------------------------

    def set_campaign(self, campaign: int | None) -> None:
        self._campaign = campaign
        self.refresh()

    def refresh(self) -> None:
        """Show the Page and its ads again (a quick read)."""
        listed = self._intake.workspace.leadads.list_ads(check_token=False)
        page = listed["page"]
        if page is not None and not self.page_edit.text():
            self.page_edit.setText(page["page_id"])
            self.version_edit.setText(page["graph_version"])
            self.base_edit.setText(page["base_url"])
        self.model.removeRows(0, self.model.rowCount())
        for ad in listed["ads"]:
            cells = (
                ad["ad_id"],
                ad["name"],
                ad["campaign"],
                poll_time(ad["last_poll_at"]),
                QLocale().toString(ad["leads_imported"]),
                poll_status(ad["status"], ad["last_error"]),
            )
            self.model.appendRow([QStandardItem(text) for text in cells])

    # -- slots -----------------------------------------------------------------------------

    def _on_connect_button_clicked(self) -> None:
        page_id, token = self.page_edit.text().strip(), self.token_edit.text()
        self.token_edit.clear()  # the token leaves the window as soon as it is read
        self.status_label.setText(self.tr("Checking the Page\u2026"))
        job = self._intake.connect_page(
            page_id, token, self.version_edit.text().strip(), self.base_edit.text().strip()
        )
        job.succeeded.connect(self._on_connect_job_succeeded)
        job.failed.connect(self.status_label.setText)

    def _on_connect_job_succeeded(self, info: Any) -> None:
        self.status_label.setText(
            self.tr("Page {page} ({name}) is connected").format(page=info.page_id, name=info.name)
        )
        self.refresh()

    def _on_add_button_clicked(self) -> None:
        ad_id = self.ad_edit.text().strip()
        if not ad_id or self._campaign is None:
            return
        self.status_label.setText(self.tr("Checking the ad\u2026"))
        job = self._intake.add_lead_ad(ad_id, self._campaign)
        job.succeeded.connect(self._on_add_job_succeeded)
        job.failed.connect(self.status_label.setText)

    def _on_add_job_succeeded(self, ad: Any) -> None:
        self.status_label.setText(
            self.tr("Ad {ad} ({name}): its leads come in").format(ad=ad["ad_id"], name=ad["name"])
        )
        self.ad_edit.clear()
        self.refresh()

    def _on_poll_button_clicked(self) -> None:
        job = self._intake.poll_lead_ads()
        job.succeeded.connect(self._on_poll_job_succeeded)
        job.failed.connect(self.status_label.setText)

    def _on_poll_job_succeeded(self, polls: Any) -> None:
        added = sum(p.imported for p in polls)
        errors = [p.error for p in polls if p.error]
        text = self.tr("{count} new leads").format(count=QLocale().toString(added))
        text += f" \N{EM DASH} {errors[0]}" if errors else ""
        self.status_label.setText(text)
        self.refresh()


def _edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit
