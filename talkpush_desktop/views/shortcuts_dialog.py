"""The shortcut sheet (``?``): every shortcut of :data:`shortcuts.SHORTCUTS`, by group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.shortcuts import SHORTCUTS, Shortcut, key_text

KEY_SEPARATOR = "  /  "


def keys_of(shortcut: Shortcut) -> str:
    """The keys shown for a shortcut: installed ones first, then those the list handles."""
    return KEY_SEPARATOR.join(key_text(k) for k in (*shortcut.keys, *shortcut.also))


class ShortcutsDialog(QDialog):
    """A read-only sheet of the keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        row, group = 0, ""
        for shortcut in SHORTCUTS:
            if shortcut.group != group:
                if group:
                    grid.setRowMinimumHeight(row, 10)
                    row += 1
                group = shortcut.group
                title = QLabel(group.upper())
                title.setObjectName("sectionTitle")
                grid.addWidget(title, row, 0, 1, 2)
                row += 1
            keys = QLabel(keys_of(shortcut))
            keys.setObjectName("shortcutKeys")
            keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(keys, row, 0)
            grid.addWidget(QLabel(shortcut.description), row, 1)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(buttons)
