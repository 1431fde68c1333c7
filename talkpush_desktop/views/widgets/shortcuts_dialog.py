"""The shortcut sheet (``?``): every shortcut of :data:`shortcuts.SHORTCUTS`, by group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.widgets.shortcuts import SHORTCUTS, Shortcut, key_text
from talkpush_desktop.views.widgets.standard_buttons import translated_buttons

KEY_SEPARATOR = "  /  "


def keys_of(shortcut: Shortcut) -> str:
    """The keys shown for a shortcut: installed ones first, then those the list handles."""
    return KEY_SEPARATOR.join(key_text(k) for k in (*shortcut.keys, *shortcut.also))


class ShortcutsDialog(QDialog):
    """A read-only sheet of the keyboard shortcuts, its groups in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        groups: dict[str, list[Shortcut]] = {}
        for shortcut in SHORTCUTS:
            groups.setdefault(shortcut.group, []).append(shortcut)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        half = (len(SHORTCUTS) + 2 * len(groups)) / 2
        grid, size = _column(), 0.0
        for name, shortcuts in groups.items():
            if size >= half and columns.count() == 0:
                columns.addLayout(grid)
                grid, size = _column(), 0.0
            _add_group(grid, name, shortcuts)
            size += len(shortcuts) + 2
        columns.addLayout(grid)
        buttons = translated_buttons(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(columns)
        layout.addSpacing(8)
        layout.addWidget(buttons)


def _column() -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(20)
    grid.setVerticalSpacing(6)
    grid.setAlignment(Qt.AlignmentFlag.AlignTop)
    return grid


def _add_group(grid: QGridLayout, name: str, shortcuts: list[Shortcut]) -> None:
    """A caption, then one row per shortcut: keys on the left, what they do on the right."""
    row = grid.rowCount() if grid.count() else 0
    if row:
        grid.setRowMinimumHeight(row, 10)
        row += 1
    title = QLabel(QCoreApplication.translate("Shortcuts", name).upper())
    title.setObjectName("sectionTitle")
    grid.addWidget(title, row, 0, 1, 2)
    for shortcut in shortcuts:
        row += 1
        keys = QLabel(keys_of(shortcut))
        keys.setObjectName("shortcutKeys")
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(keys, row, 0)
        grid.addWidget(
            QLabel(QCoreApplication.translate("Shortcuts", shortcut.description)), row, 1
        )
