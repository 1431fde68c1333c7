"""Asking where to save a file, with the file type's suffix added when the user left it off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, caption: str, suggested: Path, kind: str) -> str:
    """The chosen path ("" when cancelled); ``suggested``'s suffix is added if missing.

    ``kind`` is the dialog's filter, e.g. "Excel workbooks (*.xlsx)".
    """
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), kind)
    suffix = suggested.suffix
    if chosen and suffix and not chosen.lower().endswith(suffix.lower()):
        chosen += suffix
    return chosen
