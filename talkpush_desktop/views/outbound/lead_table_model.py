"""A campaign's leads as a table, read from the engine a page at a time on a worker.

``set_query`` (campaign, search, status) drops the rows and asks for the first page;
``fetchMore`` (the view scrolled to the end) asks for the next; ``refresh`` follows a
change (live while the dialer runs): given the rows on screen it re-reads only those leads
by id and the query's total, and repaints the rows that changed; only when the list itself
changed (the total moved, a lead on screen was removed or left the status filter) does it
re-read the pages shown. Rows off screen are read again when they scroll into view
(``refresh(rows, changed=False)`` re-reads those not read since the change). Each read runs
on the window's reader (never the UI thread), and an answer to an older query is dropped,
so typing a search over 100,000 leads never blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from talkpush_desktop.engine.outbound.dto import LeadInfo, LeadPage
from talkpush_desktop.engine.outbound.schedule import to_local, zone
from talkpush_desktop.engine.outbound.service import MAX_LIMIT
from talkpush_desktop.engine.outbound.vocab import INTERESTED, NO_ANSWER, NOT_INTERESTED
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.vocabulary import (
    FLOW_NAMES,
    LEAD_STATUS_NAMES,
    day_clock_text,
    name_in,
)
from talkpush_desktop.views.widgets.background import BackgroundRunner
from talkpush_desktop.views.widgets.row_table_model import ModelIndex, RowTableModel

LEAD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("LeadTableModel", "Name"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Email"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Phone"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Status"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Flow"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Assessment"),
    QT_TRANSLATE_NOOP("LeadTableModel", "Added"),
)
STATUS_COLORS = {INTERESTED: "#2f9e6e", NOT_INTERESTED: "#d1495b", NO_ANSWER: "#8a93a3"}
PAGE = MAX_LIMIT


def added_text(added_at: datetime, timezone: str) -> str:
    """When a lead was added, in the campaign's zone: "Dec 6, 18:31"."""
    try:
        local = to_local(added_at, zone(timezone))
    except ValueError:
        local = added_at
    return day_clock_text(local)


@dataclass(frozen=True, slots=True)
class LeadQuery:
    campaign_id: int
    search: str = ""
    status: str = ""


class LeadTableModel(RowTableModel[LeadInfo]):
    """Signals:
    loaded: rows arrived (first page, a next page or a refresh); ``total`` is current.
    """

    loaded = Signal()

    def __init__(self, ws: Workspace, reader: BackgroundRunner, parent: QObject | None = None):
        super().__init__([QCoreApplication.translate("LeadTableModel", c) for c in COLUMNS], parent)
        self._ws = ws
        self._reader = reader
        self.query: LeadQuery | None = None
        self.total = 0
        self._generation = 0
        self._inflight = 0
        self._stale = False
        self._stale_rows: range | None = None
        self._checked: set[int] = set()
        """The leads read since the last change (a scroll re-reads the others shown)."""
        self.show_assessment = False
        self.timezone = "UTC"
        """The campaign's zone: the Added times are shown in it."""
        self.stopped = False
        """Set when the window shuts its reader: no more reads."""

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

    def refresh(self, rows: range | None = None, *, changed: bool = True) -> None:
        """After a change: re-read the leads of ``rows`` (the rows on screen) and the
        total, or, with no ``rows``, every page shown (see the module's documentation).
        ``changed`` False: no new change, only the rows scrolled into view not read since
        the last one."""
        if self._inflight:  # once the read under way is in
            wanted = None if self._stale and self._stale_rows is None else rows
            self._stale, self._stale_rows = True, wanted
            return
        if self.query is None:
            return
        if rows is None or not self._rows:
            pages = max(1, -(-len(self._rows) // PAGE))
            self._read(self.query, 1, pages, replace=True)
            return
        shown = [self._rows[i].id for i in rows if 0 <= i < len(self._rows)]
        if changed:
            self._checked.clear()
        elif all(i in self._checked for i in shown):
            return
        self._reread(self.query, shown)

    def _reread(self, query: LeadQuery, shown: list[int]) -> None:
        generation = self._generation
        out = self._ws.outbound

        def work(_context: object) -> tuple[int, list[LeadInfo]]:
            page = out.leads(
                query.campaign_id,
                search=query.search or None,
                status=query.status or None,
                page=1,
                limit=1,
            )
            return page.total, out.leads_by_id(query.campaign_id, shown)

        self._submit(work, lambda found: self._on_reread(generation, shown, found))

    def _on_reread(self, generation: int, shown: list[int], found: object) -> None:
        if generation != self._generation or not isinstance(found, tuple) or not self.query:
            return
        total, leads = found
        fresh = {lead.id: lead for lead in leads}
        status = self.query.status
        if (
            total != self.total
            or len(fresh) != len(shown)
            or any(status and lead.status != status for lead in leads)
        ):  # the list itself changed: the pages shown are read again
            self._read(self.query, 1, max(1, -(-len(self._rows) // PAGE)), replace=True)
            return
        self._checked.update(shown)
        last = len(self.columns) - 1
        for row, old in enumerate(self._rows):
            lead = fresh.get(old.id)
            if lead is not None and lead != old:
                self._rows[row] = lead
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.loaded.emit()

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

        self._submit(work, lambda pages: self._on_read(generation, pages, replace))

    def _submit(self, work: Callable[[object], object], done: Callable[[object], None]) -> None:
        if self.stopped:
            return
        self._inflight += 1
        job = self._reader.submit(self.tr("Reading leads"), work)
        job.succeeded.connect(done)
        job.finished.connect(self._on_read_finished)

    def _on_read_finished(self) -> None:
        self._inflight -= 1
        if not self._inflight and self._stale:
            self._stale = False
            self.refresh(self._stale_rows)

    def _on_read(self, generation: int, pages: object, replace: bool) -> None:
        if generation != self._generation or not isinstance(pages, list) or not pages:
            return
        rows = [lead for page in pages for lead in page.leads]
        self.total = pages[-1].total
        self._checked.update(lead.id for lead in rows)
        if replace:
            self._checked = {lead.id for lead in rows}
            self.replace_rows(rows)
        elif rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    # -- rows ------------------------------------------------------------------------------

    def lead(self, row: int) -> LeadInfo | None:
        return self.row_at(row)

    @property
    def loading(self) -> bool:
        return self._inflight > 0

    # -- Qt model API ----------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lead = self.cell_row(index)
        if lead is None:
            return None
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
            assessment = (
                self.tr("Submitted") if lead.assessment_submitted else self.tr("Not submitted")
            )
        return (
            name,
            lead.email,
            lead.phone or "\N{EM DASH}",
            name_in(LEAD_STATUS_NAMES, lead.status),
            name_in(FLOW_NAMES, lead.flow_status),
            assessment,
            added_text(lead.added_at, self.timezone),
        )[index.column()]

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
