"""The candidate list's selection as the engine sees it: some ids, or "all matching".

Clicks, shift-clicks and ctrl-clicks select loaded rows (Qt's extended selection). "Select
all" means every candidate matching the list's filter, loaded or not: it is kept as the
filter plus the rows the recruiter ctrl-clicked off, never as a million loaded rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.views.campaign_view.candidate_list_model import ID_ROLE, CandidateListModel
from talkpush_desktop.views.campaign_view.list_count import ListCounter

Flag = QItemSelectionModel.SelectionFlag


class CandidateListView(QListView):
    """A list view that says when a click or key *replaced* the selection.

    Signals:
        selection_replaced: a plain click, arrow key or programmatic focus cleared the old
            selection (ctrl- and shift-clicks extend it instead).
    """

    selection_replaced = Signal()

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        command = super().selectionCommand(index, event)
        if command & Flag.Clear:
            self.selection_replaced.emit()
        return command


class ListSelection(QObject):
    """Tracks what is selected in a :class:`CandidateListView` and hands it to the engine.

    Signals:
        changed: the selected candidates (or the "all matching" state) changed.
    """

    changed = Signal()

    def __init__(
        self, view: CandidateListView, model: CandidateListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._view, self._model = view, model
        self._all = False
        self._matching: int | None = 0  # engine count of the filter (None: being counted)
        self._first = True  # the count under way is "Select all"'s, not a recount's
        self.counter = ListCounter(model.workspace, self)
        self.counter.counted.connect(self._on_counter_counted)
        self.known_count: Callable[[CandidateFilter], int | None] = lambda _filter: None
        """The list's count when the window already has it (a label's, counted in the
        background when it was clicked): Select all then takes it without counting again."""
        view.selection_replaced.connect(self._on_view_selection_replaced)
        view.selectionModel().selectionChanged.connect(self._on_selection_model_changed)
        model.modelReset.connect(self._on_model_reset)
        model.rowsInserted.connect(self._on_model_rows_inserted)

    @property
    def all_matching(self) -> bool:
        return self._all

    @property
    def counting(self) -> bool:
        """True while "all matching" is being counted (:meth:`count` is then a lower bound)."""
        return self._all and self._matching is None

    def select_all(self) -> None:
        """Select every candidate matching the list's filter (loaded rows show it)."""
        self._all = True
        self._count_matching(first=True)
        self._view.selectAll()
        self.changed.emit()

    def shutdown(self) -> None:
        """Stop counting (the window is closing)."""
        self.counter.shutdown()

    def clear(self) -> None:
        """Select nothing; the focused candidate stays focused."""
        self._all = False
        self._view.selectionModel().clearSelection()
        self.changed.emit()

    def leave_all_matching(self) -> None:
        """Forget "all matching" before the focus moves on (what is selected then is
        explicit again)."""
        self._all = False

    def recount(self) -> None:
        """Count "all matching" again after the workspace changed; once one candidate or
        none is left, the selection is just the rows selected."""
        if self._all:
            self._count_matching(first=False)
            self.changed.emit()

    def _count_matching(self, *, first: bool) -> None:
        """Take the maintained count now, or have the list counted on the worker."""
        self._first = first
        known = self._model.known_count()
        if known is None and first:
            known = self.known_count(self._model.filter)
        if known is None:
            self._matching = None
            self.counter.request(self._model.filter)
        else:
            self._settle(known)

    def _settle(self, matching: int) -> None:
        """The count arrived: "all" holds while it covers anyone (after a change, while it
        covers more than one candidate: one is just the focused row)."""
        self._matching = matching
        self._all = matching > 0 if self._first else self.count() > 1

    def selected_ids(self) -> list[int]:
        """The selected loaded rows' ids, newest first."""
        rows = sorted(i.row() for i in self._view.selectionModel().selectedRows())
        return [int(self._model.index(r).data(ID_ROLE)) for r in rows]

    def excluded_ids(self) -> list[int]:
        """Loaded rows left out of "all matching" (ctrl-clicked off)."""
        chosen = set(self.selected_ids())
        rows = (self._model.candidate_row(r) for r in range(self._model.rowCount()))
        return [r.id for r in rows if r is not None and r.id not in chosen]

    def selection(self) -> Selection:
        """What a bulk action applies to."""
        if self._all:
            return Selection.matching(self._model.filter, self.excluded_ids())
        return Selection.of(self.selected_ids())

    def count(self) -> int:
        """How many candidates are selected (the engine's count for "all matching")."""
        if self._all and self._matching is not None:
            return max(self._matching - len(self.excluded_ids()), 0)
        return len(self._view.selectionModel().selectedRows())

    # -- slots -----------------------------------------------------------------------------

    def _on_counter_counted(self) -> None:
        matching = self.counter.known(self._model.filter)
        if self.counting and matching is not None:
            self._settle(matching)
            self.changed.emit()

    def _on_view_selection_replaced(self) -> None:
        self._all = False

    def _on_selection_model_changed(self, _on: QItemSelection, _off: QItemSelection) -> None:
        self.changed.emit()

    def _on_model_reset(self) -> None:
        self._all = False
        self.changed.emit()

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._all:
            rows = QItemSelection(self._model.index(first), self._model.index(last))
            self._view.selectionModel().select(rows, Flag.Select)
