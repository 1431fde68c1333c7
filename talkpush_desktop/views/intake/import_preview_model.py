"""The first rows of a file as the import will read them: row, status, then one column per field.

The status is "OK", "OK — check <field>: <warning>" (imported, but read with a warning) or
why the row will be rejected, coloured green, amber or orange.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from talkpush_desktop.engine.intake.preview import CsvPreview, PreviewRow
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.vocabulary import field_name

OK_COLOR = QColor("#1f8a4c")
REJECT_COLOR = QColor("#c2410c")
WARNING_COLOR = QColor("#a16207")
FIXED_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"),
)

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    """A read-only table over a :class:`CsvPreview` (empty until one is set)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []

    def set_preview(self, preview: CsvPreview | None) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        mapped = preview.mapping if preview else {}
        self._fields = [f for f, column in mapped.items() if column is not None]
        if preview:
            self._fields.sort(key=preview.fields.index)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self._fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(FIXED_COLUMNS):
            return self.tr(FIXED_COLUMNS[section])
        return field_name(self._fields[section - len(FIXED_COLUMNS)])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.row)
            if column == 1:
                return _status(row)
            return row.values.get(self._fields[column - len(FIXED_COLUMNS)], "")
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            if not row.ok:
                return REJECT_COLOR
            return WARNING_COLOR if row.warnings else OK_COLOR
        return None

    def status_of(self, row: int) -> str:
        return _status(self._rows[row])

    def values_of(self, row: int) -> dict[str, str]:
        return dict(self._rows[row].values)


def _status(row: PreviewRow) -> str:
    if not row.ok or not row.warnings:
        return row.status
    checks = "; ".join(f"{field_name(w.field)}: {w.reason}" for w in row.warnings)
    return QCoreApplication.translate("ImportPreviewModel", "OK \u2014 check {checks}").format(
        checks=checks
    )
