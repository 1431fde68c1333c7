"""A campaign's leads: a status filter (with each bucket's count), a search over first
name, last name and email, Add Leads (paste or CSV), Remove, and the table; the selected
lead's calls show in the attempts panel beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.outbound.dto import LeadInfo
from talkpush_desktop.engine.outbound.vocab import LEAD_BUCKETS
from talkpush_desktop.views.outbound.lead_table_model import LeadQuery, LeadTableModel
from talkpush_desktop.views.outbound.vocabulary import LEAD_STATUS_NAMES, leads_text, name_in

SEARCH_DELAY_MS = 250
SCROLL_DELAY_MS = 150


class LeadsPane(QWidget):
    """Signals:
    add_requested: Add Leads was clicked.
    remove_requested(list): Remove was clicked with these lead ids selected.
    lead_selected(object): the current lead changed (a :class:`LeadInfo` or None).
    submitted_requested(list, bool): mark these leads' assessment submitted (or not).
    """

    add_requested = Signal()
    remove_requested = Signal(list)
    lead_selected = Signal(object)
    submitted_requested = Signal(list, bool)

    def __init__(self, model: LeadTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.campaign_id: int | None = None
        self._current_id: int | None = None
        self.heading = QLabel(self.tr("Leads"))
        self.heading.setObjectName("sectionTitle")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Lead status"))
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.addItem(self.tr("All statuses"), "")
        for bucket in LEAD_BUCKETS:
            self.status.addItem(name_in(LEAD_STATUS_NAMES, bucket), bucket)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setPlaceholderText(self.tr("Search name or email"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add Leads\u2026"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected leads"))
        self.submitted_button = QPushButton(self.tr("Mark Submitted"))
        self.submitted_button.setToolTip(
            self.tr("The assessment tool reported back: mark the selected leads' assessment")
        )
        self.submitted_button.hide()
        self.table = self._make_table(model)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedText")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self._scrolled = QTimer(self)
        self._scrolled.setSingleShot(True)
        self._scrolled.setInterval(SCROLL_DELAY_MS)
        self._scrolled.timeout.connect(self._on_scrolled_timeout)
        self._layout()
        self.status.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.submitted_button.clicked.connect(self._on_submitted_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled.start)
        model.loaded.connect(self._on_model_loaded)
        model.modelReset.connect(self._on_selection_changed)
        self._on_selection_changed()

    def _make_table(self, model: LeadTableModel) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Leads"))
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 200, 130, 100, 90, 100)):
            table.setColumnWidth(column, width)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(8)
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.submitted_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # -- public ----------------------------------------------------------------------------

    def show_campaign(
        self, campaign_id: int | None, *, assessment: bool = False, timezone: str = "UTC"
    ) -> None:
        """List ``campaign_id``'s leads from the top, with no filter (times in
        ``timezone``, the campaign's)."""
        self.campaign_id = campaign_id
        self.model.timezone = timezone
        self._current_id = None
        self.model.show_assessment = assessment
        self.table.setColumnHidden(5, not assessment)
        self.submitted_button.setVisible(assessment)
        for widget in (self.status, self.search, self.add_button):
            widget.setEnabled(campaign_id is not None)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def set_counts(self, counts: dict[str, int]) -> None:
        """Each bucket's lead count, shown in the status filter."""
        total = sum(counts.values())
        n = QLocale().toString
        self.status.setItemText(0, self.tr("All statuses ({count})").format(count=n(total)))
        for i, bucket in enumerate(LEAD_BUCKETS, start=1):
            name = name_in(LEAD_STATUS_NAMES, bucket)
            self.status.setItemText(i, f"{name} ({n(counts.get(bucket, 0))})")

    def query(self) -> LeadQuery | None:
        if self.campaign_id is None:
            return None
        return LeadQuery(self.campaign_id, self.search.text().strip(), self.status.currentData())

    def visible_rows(self) -> range | None:
        """The rows on screen (None: the table is not shown)."""
        count = self.model.rowCount()
        if not count or not self.table.isVisible():
            return None
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return range(max(first, 0), (last if last >= 0 else count - 1) + 1)

    def refresh(self) -> None:
        """The workspace changed (the dialer called): re-read the leads on screen, or every
        page shown when the table is not (:meth:`LeadTableModel.refresh`)."""
        self.model.refresh(self.visible_rows())

    def reload(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.query())

    def selected_leads(self) -> list[LeadInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [lead for r in rows if (lead := self.model.lead(r)) is not None]

    def current_lead(self) -> LeadInfo | None:
        index = self.table.currentIndex()
        return self.model.lead(index.row()) if index.isValid() else None

    # -- slots -----------------------------------------------------------------------------

    def _on_model_loaded(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.campaign_id is None:
            self.count_label.setText("")
        elif total == 0:
            filtered = bool(self.search.text().strip() or self.status.currentData())
            self.count_label.setText(
                self.tr("No lead matches")
                if filtered
                else self.tr("No leads yet: Add Leads to paste some")
            )
        else:
            more = ""
            if shown < total:
                more = " " + self.tr("(showing {count})").format(count=QLocale().toString(shown))
            self.count_label.setText(leads_text(total) + more)
        if self._current_id is not None:  # keep the lead selected across a refresh
            row = self.model.row_of(self._current_id)
            if row >= 0 and self.table.currentIndex().row() != row:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._on_selection_changed()

    def _on_selection_changed(self, *_args: object) -> None:
        selected = self.selected_leads()
        self.remove_button.setEnabled(bool(selected))
        self.submitted_button.setEnabled(bool(selected))
        every = bool(selected) and all(lead.assessment_submitted for lead in selected)
        self.submitted_button.setText(
            self.tr("Mark Not Submitted") if every else self.tr("Mark Submitted")
        )
        lead = self.current_lead()
        if lead is not None:
            self._current_id = lead.id
        self.lead_selected.emit(lead)

    def _on_scrolled_timeout(self) -> None:
        rows = self.visible_rows()
        if rows is not None:
            self.model.refresh(rows, changed=False)  # rows not read since the last change

    def _on_submitted_button_clicked(self) -> None:
        selected = self.selected_leads()
        if selected:
            every = all(lead.assessment_submitted for lead in selected)
            self.submitted_requested.emit([lead.id for lead in selected], not every)

    def _on_remove_button_clicked(self) -> None:
        ids = [lead.id for lead in self.selected_leads()]
        if ids:
            self.remove_requested.emit(ids)
