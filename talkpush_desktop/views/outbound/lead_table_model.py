"""A campaign's leads as a table, read from the engine a page at a time on a worker.

``set_query`` (campaign, search, status) drops the rows and asks for the first page;
``fetchMore`` (the view scrolled to the end) asks for the next; ``refresh`` re-reads the
pages already shown (after a change, or live while the dialer runs). Each read runs on the
window's reader (never the UI thread), and an answer to an older query is dropped, so
typing a search over 100,000 leads never blocks the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from talkpush_desktop.engine.outbound.dto import LeadInfo, LeadPage
from talkpush_desktop.engine.outbound.service import MAX_LIMIT
from talkpush_desktop.engine.outbound.vocab import INTERESTED, NO_ANSWER, NOT_INTERESTED
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.widgets.background import BackgroundRunner

ModelIndex = QModelIndex | QPersistentModelIndex
LEAD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Name", "Email", "Phone", "Status", "Flow", "Assessment", "Added")
STATUS_NAMES = {NOT_INTERESTED: "Not interested", NO_ANSWER: "No answer"}
STATUS_COLORS = {INTERESTED: "#2f9e6e", NOT_INTERESTED: "#d1495b", NO_ANSWER: "#8a93a3"}
PAGE = MAX_LIMIT


@dataclass(frozen=True, slots=True)
class LeadQuery:
    campaign_id: int
    search: str = ""
    status: str = ""


class LeadTableModel(QAbstractTableModel):
    """Signals:
    loaded: rows arrived (first page, a next page or a refresh); ``total`` is current.
    """

    loaded = Signal()

    def __init__(self, ws: Workspace, reader: BackgroundRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = ws
        self._reader = reader
        self.query: LeadQuery | None = None
        self._rows: list[LeadInfo] = []
        self.total = 0
        self._generation = 0
        self._inflight = 0
        self._stale = False
        self.show_assessment = False

    # -- queries ---------------------------------------------------------------------------

    def set_query(self, query: LeadQuery | None) -> None:
        """Show ``query``'s leads (None: none)."""
        self._generation += 1
        self.query = query
        self.beginResetModel()
        self._rows, self.total = [], 0
        self.endResetModel()
        if query is not None:
            self._read(query, 1, 1, replace=True)
        else:
            self.loaded.emit()

    def refresh(self) -> None:
        """Re-read the pages already shown (their statuses may have changed)."""
        if self._inflight:
            self._stale = True  # once the read under way is in
        elif self.query is not None:
            pages = max(1, -(-len(self._rows) // PAGE))
            self._read(self.query, 1, pages, replace=True)

    def _read(self, query: LeadQuery, first: int, last: int, *, replace: bool) -> None:
        generation = self._generation
        leads = self._ws.outbound.leads

        def work(_context: object) -> list[LeadPage]:
            return [
                leads(
                    query.campaign_id,
                    search=query.search or None,
                    status=query.status or None,
                    page=page,
                    limit=PAGE,
                )
                for page in range(first, last + 1)
            ]

        self._inflight += 1
        job = self._reader.submit("Reading leads", work)
        job.succeeded.connect(lambda pages: self._on_read(generation, pages, replace))
        job.finished.connect(self._on_read_finished)

    def _on_read_finished(self) -> None:
        self._inflight -= 1
        if not self._inflight and self._stale:
            self._stale = False
            self.refresh()

    def _on_read(self, generation: int, pages: object, replace: bool) -> None:
        if generation != self._generation or not isinstance(pages, list) or not pages:
            return
        rows = [lead for page in pages for lead in page.leads]
        self.total = pages[-1].total
        if replace:
            self._replace(rows)
        elif rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _replace(self, rows: list[LeadInfo]) -> None:
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- rows ------------------------------------------------------------------------------

    def lead(self, row: int) -> LeadInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, lead_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == lead_id), -1)

    @property
    def loading(self) -> bool:
        return self._inflight > 0

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        lead = self._rows[index.row()]
        if role == LEAD_ROLE:
            return lead
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            color = STATUS_COLORS.get(lead.status)
            return QColor(color) if color else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = f"{lead.first_name} {lead.last_name}".strip() or "\N{EM DASH}"
        assessment = ""
        if self.show_assessment:
            assessment = "Submitted" if lead.assessment_submitted else "Not submitted"
        return (
            name,
            lead.email,
            lead.phone or "\N{EM DASH}",
            STATUS_NAMES.get(lead.status, lead.status),
            lead.flow_status,
            assessment,
            f"{lead.added_at:%b} {lead.added_at.day}, {lead.added_at:%H:%M}",
        )[index.column()]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return (
            not parent.isValid()
            and self.query is not None
            and not self._inflight
            and len(self._rows) < self.total
        )

    def fetchMore(self, parent: ModelIndex) -> None:
        if self.canFetchMore(parent):
            assert self.query is not None
            page = len(self._rows) // PAGE + 1
            self._read(self.query, page, page, replace=False)
