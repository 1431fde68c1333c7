"""The candidate column of the left pane: search box, list heading and the candidate list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.candidate_delegate import CandidateDelegate
from talkpush_desktop.views.candidate_list_model import ID_ROLE, CandidateListModel
from talkpush_desktop.views.style import PANE_HEADER_HEIGHT, icon

SEARCH_DELAY_MS = 150


class CandidateListPane(QWidget):
    """Search and list candidates; the search is applied once typing pauses.

    Signals:
        search_changed(str): the (debounced) search text changed.
        current_candidate_changed(object): the candidate id in focus, or None.
        selection_changed: the set of selected candidates changed.
    """

    search_changed = Signal(str)
    current_candidate_changed = Signal(object)
    selection_changed = Signal()

    def __init__(self, model: CandidateListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateListPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.model = model
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText("Search name, email, phone or ID")
        self.search_edit.setClearButtonEnabled(True)
        search_action = self.search_edit.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        for button in self.search_edit.findChildren(QToolButton):
            is_search = button.defaultAction() is search_action
            button.setAccessibleName("Search" if is_search else "Clear search")
        self.search_edit.setAccessibleName("Search candidates")
        self.title_label = QLabel()
        self.title_label.setObjectName("listTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.delegate = CandidateDelegate(self)
        self.list_view = QListView()
        self.list_view.setObjectName("candidateList")
        self.list_view.setAccessibleName("Candidates")
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setMouseTracking(True)
        self.empty_label = QLabel("No candidates here")
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
        selection.selectionChanged.connect(self._on_selection_changed)
        model.rows_loaded.connect(self._on_model_rows_loaded)

    def _build_layout(self) -> None:
        header = QWidget()
        header.setObjectName("listHeader")
        header.setFixedHeight(PANE_HEADER_HEIGHT)
        top = QVBoxLayout(header)
        top.setContentsMargins(14, 12, 14, 6)
        top.setSpacing(10)
        top.addWidget(self.search_edit)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.count_label)
        top.addLayout(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)

    # -- what the window asks --------------------------------------------------------------

    def set_heading(self, title: str, count: str) -> None:
        self.title_label.setText(title)
        self.count_label.setText(count)

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

    def current_candidate_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """Selected candidates, newest first; the current one when nothing is selected."""
        rows = sorted(i.row() for i in self.list_view.selectionModel().selectedRows())
        ids = [int(self.model.index(r).data(ID_ROLE)) for r in rows]
        current = self.current_candidate_id()
        return ids or ([current] if current is not None else [])

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
        that took their place (the next older) gets the focus, as in a mail client."""
        current_id = self.current_candidate_id()
        row = self.list_view.currentIndex().row()
        self.model.refresh()
        count = self.model.rowCount()
        if current_id is not None and self.model.row_of(current_id) is None and count:
            self.list_view.setCurrentIndex(self.model.index(min(row, count - 1)))
        current = self.list_view.currentIndex()
        selection = self.list_view.selectionModel()
        if current.isValid() and not selection.hasSelection():
            selection.select(current, selection.SelectionFlag.ClearAndSelect)

    def select_first(self) -> None:
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))

    # -- slots -----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.search_changed.emit(self.search_edit.text())

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_candidate_changed.emit(
            int(current.data(ID_ROLE)) if current.isValid() else None
        )

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def _on_model_rows_loaded(self) -> None:
        self.stack.setCurrentWidget(self.list_view if self.model.rowCount() else self.empty_label)
