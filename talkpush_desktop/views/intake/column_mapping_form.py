"""One combo box per candidate field, naming the file column that feeds it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from talkpush_desktop.engine.intake.column_mapping import ColumnMap
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.vocabulary import field_name

NONE_TEXT = QT_TRANSLATE_NOOP("ColumnMappingForm", "(not in this file)")
PAIRS_PER_ROW = 3


class ColumnMappingForm(QWidget):
    """Shows a preview's mapping and lets the recruiter change it.

    Signals:
        mapping_changed: the recruiter picked another column for a field.
    """

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingForm")
        self.combos: dict[str, QComboBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._signature: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self._last_changed = ""

    def show_mapping(self, fields: list[str], columns: list[str], mapping: ColumnMap) -> None:
        """Rebuild the combos when fields or columns changed; then select ``mapping``."""
        if self._signature != (tuple(fields), tuple(columns)):
            self._rebuild(fields, columns)
        for field, combo in self.combos.items():
            column = mapping.get(field)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)

    def mapping(self) -> ColumnMap:
        """field -> 0-based column (None for "not in this file").

        The field changed last comes last, so when it took another field's column the
        engine gives the column to it and leaves the other field empty.
        """
        order = sorted(self.combos, key=lambda f: f == self._last_changed)
        chosen = {field: self.combos[field].currentIndex() - 1 for field in order}
        return {field: (column if column >= 0 else None) for field, column in chosen.items()}

    def _rebuild(self, fields: list[str], columns: list[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        for i, field in enumerate(fields):
            label_text = field_name(field)
            label = QLabel(label_text)
            label.setObjectName("fieldName")
            combo = QComboBox()
            combo.setObjectName("mappingCombo")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=label_text.lower()))
            combo.addItems([self.tr(NONE_TEXT), *columns])
            combo.currentIndexChanged.connect(
                lambda _i, f=field: self._on_combo_current_index_changed(f)
            )
            label.setBuddy(combo)
            row, pair = divmod(i, PAIRS_PER_ROW)
            self._grid.addWidget(label, row, pair * 2)
            self._grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[field] = combo
        for pair in range(PAIRS_PER_ROW):
            self._grid.setColumnStretch(pair * 2 + 1, 1)
        self._signature = (tuple(fields), tuple(columns))

    def _on_combo_current_index_changed(self, field: str) -> None:
        self._last_changed = field
        self.mapping_changed.emit()
