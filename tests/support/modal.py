"""Answering a modal box the way a person does, without a test that can hang: a timer looks
for the box once its ``exec()`` runs, records what it shows, then clicks a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

TRIES = 500
EVERY_MS = 10


def answer_box(
    button: QMessageBox.StandardButton,
    look: Callable[[QMessageBox], None] = lambda _box: None,
) -> list[QMessageBox]:
    """Once a message box is shown, call ``look(box)`` and click its ``button``; returns the
    list the box is put in when seen. A box that never shows leaves nothing pending; one that
    shows is always closed (``look`` failing, or no such button: Esc)."""
    seen: list[QMessageBox] = []

    def check(tries: int) -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            if tries:
                QTimer.singleShot(EVERY_MS, lambda: check(tries - 1))
            return
        box = boxes[0]
        seen.append(box)
        try:
            look(box)
        finally:
            chosen = box.button(button)
            if chosen is not None:
                chosen.click()
            else:
                box.reject()

    QTimer.singleShot(0, lambda: check(TRIES))
    return seen
