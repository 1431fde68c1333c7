"""One dialog of a kind per window, reused while it is open and deleted when it closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def show_reused(owner: object, attribute: str, make: Callable[[], D]) -> D:
    """Show ``owner.<attribute>``, made by ``make()`` when there is none; it is deleted
    and the attribute set back to None when the dialog finishes."""
    dialog: D | None = getattr(owner, attribute)
    if dialog is None:
        made = dialog = make()

        def forget() -> None:
            if getattr(owner, attribute) is made:
                setattr(owner, attribute, None)
            made.deleteLater()

        made.finished.connect(forget)
        setattr(owner, attribute, made)
    dialog.show()
    dialog.activateWindow()
    return dialog
