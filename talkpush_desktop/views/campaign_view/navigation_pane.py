"""The navigation column of the left pane: company, campaign selector, folders and labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from talkpush_desktop.engine.dto import CampaignInfo, LabelInfo
from talkpush_desktop.views.campaign_view.folder_list import FolderList
from talkpush_desktop.views.campaign_view.label_list import LabelList
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon

SHOW_ALL = QT_TRANSLATE_NOOP("NavigationPane", "Show All")
NEW_LABEL_BUTTON = QSize(22, 20)
OPTIONS_BUTTON_HEIGHT = 16


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    """A small upper-case caption above a group of controls."""
    label = QLabel(text.upper(), parent)
    label.setObjectName("sectionTitle")
    return label


class NavigationPane(QWidget):
    """Where a recruiter picks what the candidate list shows.

    Signals:
        campaign_selected(object): the campaign id picked, or None for "Show All".
        new_label_requested: the recruiter asked to create a label ("+").
    """

    campaign_selected = Signal(object)
    new_label_requested = Signal()

    def __init__(self, company: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.company_label = QLabel(company)
        self.company_label.setObjectName("companyName")
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("campaignCombo")
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        self.campaign_combo.setAccessibleDescription(
            self.tr("Show candidates of one campaign or all")
        )
        self.campaign_combo.setMinimumContentsLength(12)
        self.campaign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.campaign_options_button = _options_button()
        self.folder_list = FolderList()
        self.label_list = LabelList()
        self.new_label_button = QToolButton()
        self.new_label_button.setObjectName("newLabelButton")
        self.new_label_button.setIcon(icon("plus"))
        self.new_label_button.setText("+")
        self.new_label_button.setAccessibleName(self.tr("New label"))
        self.new_label_button.setToolTip(self.tr("New label"))
        self.new_label_button.setIconSize(QSize(12, 12))
        self.new_label_button.setFixedSize(NEW_LABEL_BUTTON)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 16, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.company_label)
        layout.addSpacing(6)
        layout.addLayout(_title_row(self.tr("Campaign"), self.campaign_options_button, right=0))
        layout.addWidget(self.campaign_combo)
        layout.addSpacing(12)
        layout.addWidget(section_title(self.tr("Folders")))
        layout.addWidget(self.folder_list)
        layout.addSpacing(4)  # the "+" makes the caption row taller than the others
        layout.addLayout(_title_row(self.tr("Labels"), self.new_label_button, right=4))
        layout.addWidget(self.label_list, 1)

        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_combo_index_changed)
        self.new_label_button.clicked.connect(self.new_label_requested)
        self._quiet = False

    def set_campaigns(self, campaigns: list[CampaignInfo], selected: int | None) -> None:
        """Fill the selector ("Show All" first) and select ``selected`` without a signal."""
        self._quiet = True
        try:
            self.campaign_combo.clear()
            self.campaign_combo.addItem(self.tr(SHOW_ALL), None)
            for info in campaigns:
                self.campaign_combo.addItem(info.title, info.id)
                self.campaign_combo.setItemData(
                    self.campaign_combo.count() - 1, info.title, Qt.ItemDataRole.ToolTipRole
                )
        finally:
            self._quiet = False
        self.select_campaign(selected)

    def select_campaign(self, campaign_id: int | None) -> None:
        """Show ``campaign_id`` (None: Show All) as chosen, without a signal."""
        self._quiet = True
        try:
            found = self.campaign_combo.findData(campaign_id) if campaign_id is not None else 0
            self.campaign_combo.setCurrentIndex(max(found, 0))
        finally:
            self._quiet = False

    def set_labels(self, labels: list[LabelInfo]) -> None:
        self.label_list.set_labels(labels)

    def current_campaign_id(self) -> int | None:
        data = self.campaign_combo.currentData()
        return int(data) if data is not None else None

    def _on_campaign_combo_index_changed(self, _index: int) -> None:
        if not self._quiet:
            self.campaign_selected.emit(self.current_campaign_id())


def _options_button() -> QToolButton:
    """The seed's Campaign Options: a menu the window fills (Add Candidates, Export)."""
    button = QToolButton()
    button.setObjectName("campaignOptionsButton")
    button.setText(
        QCoreApplication.translate("NavigationPane", "Options")
        + " \N{BLACK DOWN-POINTING SMALL TRIANGLE}"
    )
    button.setAccessibleName(QCoreApplication.translate("NavigationPane", "Campaign options"))
    button.setToolTip(
        QCoreApplication.translate("NavigationPane", "Add candidates, export the campaign")
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setFixedHeight(OPTIONS_BUTTON_HEIGHT)  # no taller than the caption beside it
    return button


def _title_row(text: str, button: QToolButton, *, right: int) -> QHBoxLayout:
    """A section caption with a small button at its right end."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, right, 0)
    row.addWidget(section_title(text), 1)
    row.addWidget(button)
    return row
