"""The CV upload tab's review table: one row per CV read (file, name, email, phone, what is
missing), the name, email and phone editable so the recruiter fixes what extraction missed.
What is missing is shown in amber, in red when the CV lacks both email and phone (it
cannot be imported as it is)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from talkpush_desktop.engine.intake.cv_fields import split_name
from talkpush_desktop.engine.intake.cv_import import CvEntry
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.import_preview_model import REJECT_COLOR, WARNING_COLOR

COLUMNS = (
    QT_TRANSLATE_NOOP("CvReviewModel", "File"),
    QT_TRANSLATE_NOOP("CvReviewModel", "Name"),
    QT_TRANSLATE_NOOP("CvReviewModel", "Email"),
    QT_TRANSLATE_NOOP("CvReviewModel", "Phone"),
    QT_TRANSLATE_NOOP("CvReviewModel", "Missing"),
)
FILE, NAME, EMAIL, PHONE, MISSING = range(len(COLUMNS))
_Index = QModelIndex | QPersistentModelIndex


def _name(entry: CvEntry) -> str:
    return f"{entry.fields.first_name} {entry.fields.last_name}".strip()


class CvReviewModel(QAbstractTableModel):
    """The entries of the CVs read, corrected in place."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[CvEntry] = []

    @property
    def entries(self) -> list[CvEntry]:
        return list(self._entries)

    def add(self, entries: Sequence[CvEntry]) -> None:
        """Append CVs read (a file already listed is replaced, not repeated)."""
        known = {e.file for e in entries}
        kept = [e for e in self._entries if e.file not in known]
        self.beginResetModel()
        self._entries = kept + list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries = []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, EMAIL, PHONE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (
                entry.file.name,
                _name(entry),
                entry.fields.email,
                entry.fields.phone,
                ", ".join(self._missing_name(field) for field in entry.missing),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FILE:
            return str(entry.file)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == MISSING:
            contactless = not (entry.fields.email or entry.fields.phone)
            return REJECT_COLOR if contactless else WARNING_COLOR
        return None

    def _missing_name(self, field: str) -> str:
        """A field a CV lacks (``name``, ``email``, ``phone``), as the column names it."""
        names = {"name": self.tr("name"), "email": self.tr("email"), "phone": self.tr("phone")}
        return names.get(field, field)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        entry = self._entries[index.row()]
        if index.column() == NAME:
            first, last = split_name(text)
            entry = entry.with_fields(first_name=first, last_name=last)
        elif index.column() == EMAIL:
            entry = entry.with_fields(email=text)
        elif index.column() == PHONE:
            entry = entry.with_fields(phone=text)
        else:
            return False
        self._entries[index.row()] = entry
        self.dataChanged.emit(index, self.index(index.row(), MISSING))
        return True
