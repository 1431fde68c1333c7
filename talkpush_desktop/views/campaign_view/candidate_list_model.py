"""The candidate list as a Qt model: rows come from the engine lazily, one keyset page at a time.

The list is newest first. ``fetchMore`` asks the workspace for the next page after the last
row held (``before_id``), so scrolling through a million candidates never loads them all.
``refresh`` re-reads the rows already shown and applies the difference as row removals,
insertions and changes, so the view keeps its scroll position and selection after an action.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.vocabulary import folder_text

ModelIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole :class:`CandidateRow` of a row."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The candidate ID (int)."""
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 3
"""True when the candidate wrote something nobody has read yet."""
LABELS_ROLE = Qt.ItemDataRole.UserRole + 4
"""The candidate's label names (tuple of str)."""

PAGE_SIZE = 200


class CandidateListModel(QAbstractListModel):
    """Candidates matching a :class:`CandidateFilter`, newest first, loaded page by page.

    Signals:
        rows_loaded: rows were fetched, refreshed or the filter changed.
    """

    rows_loaded = Signal()

    def __init__(
        self, ws: Workspace, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._page_size = page_size
        self._filter = CandidateFilter()
        self._rows: list[CandidateRow] = []
        self._exhausted = True

    # -- the filter ------------------------------------------------------------------------

    @property
    def filter(self) -> CandidateFilter:
        return self._filter

    def set_filter(self, f: CandidateFilter) -> None:
        """Show the candidates of ``f``: drop every row and load the first page."""
        self.beginResetModel()
        self._filter = f
        self._rows = self._ws.candidates.page(f, limit=self._page_size)
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()
        self.rows_loaded.emit()

    @property
    def workspace(self) -> Workspace:
        return self._ws

    def matching_count(self) -> int:
        """Every candidate matching the filter, loaded or not (counted by the engine)."""
        return self._ws.candidates.count(self._filter)

    def known_count(self) -> int | None:
        """The filter's count when the engine keeps it (a whole folder or campaign), else
        None: counting it may take long (see ``views.campaign_view.list_count``)."""
        return self._ws.candidates.known_count(self._filter)

    @property
    def exhausted(self) -> bool:
        """True when every matching candidate is loaded."""
        return self._exhausted

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} · ID {id} · {folder}").format(
                name=row.full_name, id=row.id, folder=folder_text(row.folder)
            )
        return {
            ROW_ROLE: row,
            ID_ROLE: row.id,
            UNREAD_ROLE: row.unread,
            LABELS_ROLE: row.labels,
        }.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update(
            {
                ROW_ROLE: QByteArray(b"row"),
                ID_ROLE: QByteArray(b"candidateId"),
                UNREAD_ROLE: QByteArray(b"unread"),
                LABELS_ROLE: QByteArray(b"labels"),
            }
        )
        return names

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        """Load the next page after the last row held."""
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].id if self._rows else None
        page = self._ws.candidates.page(self._filter, before_id=before, limit=self._page_size)
        self._exhausted = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.rows_loaded.emit()

    # -- lookups ---------------------------------------------------------------------------

    def candidate_row(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, candidate_id: int) -> int | None:
        """The row showing ``candidate_id``, or None when it is not loaded."""
        for i, row in enumerate(self._rows):
            if row.id == candidate_id:
                return i
        return None

    def folders_of(self, candidate_ids: Iterable[int]) -> dict[int, str]:
        """The folder each loaded candidate of ``candidate_ids`` is shown in."""
        wanted = set(candidate_ids)
        return {row.id: row.folder for row in self._rows if row.id in wanted}

    # -- refresh ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the rows already loaded and apply what changed (after an action or undo)."""
        if not self._rows and not self._exhausted:
            self.fetchMore(QModelIndex())
            return
        fresh, exhausted = self._reload_loaded_range()
        self._apply(fresh)
        self._exhausted = exhausted
        self.rows_loaded.emit()

    def _reload_loaded_range(self) -> tuple[list[CandidateRow], bool]:
        """The current rows from the newest down to the oldest one held, page by page.

        When everything was loaded, everything is read again (a candidate older than all
        shown ones may have come back); otherwise rows past the oldest held are left for
        ``fetchMore``.
        """
        oldest = None if self._exhausted or not self._rows else self._rows[-1].id
        fresh: list[CandidateRow] = []
        while True:
            before = fresh[-1].id if fresh else None
            page = self._ws.candidates.page(self._filter, before_id=before, limit=self._page_size)
            fresh.extend(page)
            if len(page) < self._page_size:
                return fresh, True
            if oldest is not None and fresh[-1].id <= oldest:
                return [r for r in fresh if r.id >= oldest], False

    def _apply(self, fresh: list[CandidateRow]) -> None:
        """Turn the held rows into ``fresh`` (both newest first) with minimal model signals."""
        i = j = 0
        while i < len(self._rows) or j < len(fresh):
            old = self._rows[i] if i < len(self._rows) else None
            new = fresh[j] if j < len(fresh) else None
            if old is not None and new is not None and old.id == new.id:
                if old != new:
                    self._rows[i] = new
                    changed = self.index(i)
                    self.dataChanged.emit(changed, changed)
                i, j = i + 1, j + 1
            elif new is None or (old is not None and old.id > new.id):
                self._remove_run(i, None if new is None else new.id)
            else:
                end = self._insert_run(i, fresh, j, None if old is None else old.id)
                i, j = i + end - j, end

    def _remove_run(self, start: int, keep_from_id: int | None) -> None:
        """Remove held rows from ``start`` while their id is above ``keep_from_id``."""
        end = start
        while end < len(self._rows) and (keep_from_id is None or self._rows[end].id > keep_from_id):
            end += 1
        self.beginRemoveRows(QModelIndex(), start, end - 1)
        del self._rows[start:end]
        self.endRemoveRows()

    def _insert_run(
        self, at: int, fresh: list[CandidateRow], start: int, above_id: int | None
    ) -> int:
        """Insert ``fresh[start:]`` rows newer than ``above_id`` at row ``at``; returns the end."""
        end = start
        while end < len(fresh) and (above_id is None or fresh[end].id > above_id):
            end += 1
        self.beginInsertRows(QModelIndex(), at, at + end - start - 1)
        self._rows[at:at] = fresh[start:end]
        self.endInsertRows()
        return end
