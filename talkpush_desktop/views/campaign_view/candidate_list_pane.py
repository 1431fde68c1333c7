"""The candidate column of the left pane: search box, list heading, filter panel, bulk bar
and the candidate list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.views.campaign_view.bulk_bar import BulkBar
from talkpush_desktop.views.campaign_view.candidate_delegate import CandidateDelegate
from talkpush_desktop.views.campaign_view.candidate_list_model import ID_ROLE, CandidateListModel
from talkpush_desktop.views.campaign_view.filter_panel import FilterPanel
from talkpush_desktop.views.campaign_view.list_scope import Refinements
from talkpush_desktop.views.campaign_view.selection import CandidateListView, ListSelection
from talkpush_desktop.views.style import PANE_HEADER_HEIGHT, icon
from talkpush_desktop.views.widgets.collapsing_button import CollapsingToolButton

SEARCH_DELAY_MS = 25
"""Typing pause before the list searches: merges a burst of keys, stays under a glance."""


class CandidateListPane(QWidget):
    """Search and list candidates; the search is applied once typing pauses.

    Signals:
        search_changed(str): the (debounced) search text changed.
        current_candidate_changed(object): the candidate id in focus, or None.
        add_candidate_requested: the recruiter clicked "Add candidate".
    """

    search_changed = Signal(str)
    current_candidate_changed = Signal(object)
    add_candidate_requested = Signal()

    def __init__(self, model: CandidateListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateListPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.model = model
        self.search_edit = _search_edit()
        self.title_label = QLabel()
        self.title_label.setObjectName("listTitle")
        self.banner_label = _banner()
        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.delegate = CandidateDelegate(self)
        self.list_view = CandidateListView()
        self.list_view.setObjectName("candidateList")
        self.list_view.setAccessibleName(self.tr("Candidates"))
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setMouseTracking(True)
        self.selection = ListSelection(self.list_view, model, self)
        self.filter_button = _filter_button()
        self.add_button = _add_button()
        self.add_button.clicked.connect(self.add_candidate_requested)
        self.filter_panel = FilterPanel()
        self.filter_panel.setVisible(False)
        self.bulk_bar = BulkBar()
        self.bulk_bar.setVisible(False)
        self._advance_from: int | None = None
        self._refreshing = False
        self.empty_label = QLabel(self.tr("No candidates here"))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.empty_label)
        self._build_layout()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        selection = self.list_view.selectionModel()
        selection.currentChanged.connect(self._on_selection_current_changed)
        model.rows_loaded.connect(self._on_model_rows_loaded)
        self.filter_button.toggled.connect(self._on_filter_button_toggled)
        self.filter_panel.refinements_changed.connect(self._on_filter_panel_refinements_changed)

    def _build_layout(self) -> None:
        header = QWidget()
        header.setObjectName("listHeader")
        header.setFixedHeight(PANE_HEADER_HEIGHT)
        top = QVBoxLayout(header)
        top.setContentsMargins(14, 12, 14, 6)
        top.setSpacing(10)
        top.addWidget(self.search_edit)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.count_label)
        heading.addWidget(self.filter_button)
        heading.addWidget(self.add_button)
        top.addLayout(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.bulk_bar)
        layout.addWidget(self.stack, 1)

    # -- what the window asks --------------------------------------------------------------

    def set_heading(self, title: str, count: str, banner: str = "") -> None:
        """The list's title and count; ``banner`` (e.g. the analytics figure the list came
        from) shows in full under them, hidden when empty."""
        self.title_label.setText(title)
        self.count_label.setText(count)
        self.banner_label.setText(banner)
        self.banner_label.setVisible(bool(banner))

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def search_text(self) -> str:
        return self.search_edit.text()

    def clear_search(self) -> None:
        """Empty the search box without announcing a search."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()

    def reset_search(self) -> None:
        """Empty the search box and announce the empty search at once."""
        self.clear_search()
        self.search_changed.emit("")

    def current_candidate_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def targets(self) -> Selection:
        """What an action applies to: the selection, or the focused candidate alone."""
        if self.selection.all_matching:
            return self.selection.selection()
        ids = self.selection.selected_ids()
        current = self.current_candidate_id()
        return Selection.of(ids or ([current] if current is not None else []))

    def step(self, delta: int) -> None:
        """Focus the candidate ``delta`` rows down (negative: up), loading more at the end."""
        row = self.list_view.currentIndex().row() + delta
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        row = max(0, min(row, self.model.rowCount() - 1))
        if self.model.rowCount():
            self._focus_row(row)

    def advance_after_action(self) -> None:
        """After the next refresh, focus the candidate below the focused one, even when the
        focused one is still listed (a search spans folders)."""
        self._advance_from = self.current_candidate_id()

    def _focus_row(self, row: int) -> None:
        index = self.model.index(row)
        self.selection.leave_all_matching()
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)

    def select_candidate(self, candidate_id: int) -> bool:
        """Make ``candidate_id`` current and selected if it is loaded; False otherwise."""
        row = self.model.row_of(candidate_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Re-read the list after an action; when the focused candidate left it, the one
        that took their place (the next older) gets the focus, as in a mail client.

        ``current_candidate_changed`` is emitted once, for where the focus lands (not for
        the neighbour Qt focuses for a moment while the row is removed)."""
        current_id = self.current_candidate_id()
        row = self.list_view.currentIndex().row()
        advance, self._advance_from = self._advance_from, None
        self._refreshing = True
        try:
            self.model.refresh()
            count = self.model.rowCount()
            if current_id is not None and self.model.row_of(current_id) is None and count:
                self._focus_row(min(row, count - 1))
            elif advance is not None and advance == current_id and row + 1 < count:
                self._focus_row(row + 1)
        finally:
            self._refreshing = False
        if self.current_candidate_id() != current_id:
            self.current_candidate_changed.emit(self.current_candidate_id())
        current = self.list_view.currentIndex()
        selection = self.list_view.selectionModel()
        if current.isValid() and not selection.hasSelection():
            selection.select(current, selection.SelectionFlag.ClearAndSelect)
        self.selection.recount()

    def select_first(self) -> None:
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))

    # -- slots -----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.search_changed.emit(self.search_edit.text())

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return  # refresh() says where the focus landed, once
        self.current_candidate_changed.emit(
            int(current.data(ID_ROLE)) if current.isValid() else None
        )

    def _on_filter_button_toggled(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        self.filter_button.setAccessibleName(
            self.tr("Hide filters") if shown else self.tr("Show filters")
        )

    def _on_filter_panel_refinements_changed(self, refinements: Refinements) -> None:
        active = refinements.active
        self.filter_button.setText(
            self.tr("Filter · {active}").format(active=active) if active else self.tr("Filter")
        )

    def _on_model_rows_loaded(self) -> None:
        self.stack.setCurrentWidget(self.list_view if self.model.rowCount() else self.empty_label)


def _search_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName("searchEdit")
    edit.setPlaceholderText(
        QCoreApplication.translate("CandidateListPane", "Search name, email, phone or ID")
    )
    edit.setClearButtonEnabled(True)
    search_action = edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    for button in edit.findChildren(QToolButton):
        is_search = button.defaultAction() is search_action
        button.setAccessibleName(
            QCoreApplication.translate("CandidateListPane", "Search")
            if is_search
            else QCoreApplication.translate("CandidateListPane", "Clear search")
        )
    edit.setAccessibleName(QCoreApplication.translate("CandidateListPane", "Search candidates"))
    return edit


def _add_button() -> QToolButton:
    button = CollapsingToolButton()  # the icon alone when the pane is narrow
    button.setObjectName("addCandidateButton")
    button.setText(QCoreApplication.translate("CandidateListPane", "Add"))
    button.setIcon(icon("plus"))
    button.setAccessibleName(QCoreApplication.translate("CandidateListPane", "Add candidate"))
    button.setToolTip(
        QCoreApplication.translate(
            "CandidateListPane",
            "Add candidates by hand, from a CSV file or a Google sheet (Ctrl+N)",
        )
    )
    return button


def _filter_button() -> QToolButton:
    button = QToolButton()
    button.setObjectName("filterToggle")
    button.setText(QCoreApplication.translate("CandidateListPane", "Filter"))
    button.setIcon(icon("filter"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setCheckable(True)
    button.setAccessibleName(QCoreApplication.translate("CandidateListPane", "Show filters"))
    return button


def _banner() -> QLabel:
    """The full-width line above the list saying where it comes from (hidden until set)."""
    label = QLabel()
    label.setObjectName("listBanner")
    label.setWordWrap(True)
    label.setAccessibleName(
        QCoreApplication.translate("CandidateListPane", "Where this list comes from")
    )
    label.hide()
    return label
