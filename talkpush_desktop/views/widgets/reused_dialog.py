"""Showing a window's dialogs: one of a kind, reused while open (``show_reused``), and
brought to the front when asked for again (``present``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

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


def present(widget: QWidget) -> None:
    """Show ``widget``, raised above the others and active."""
    widget.show()
    widget.raise_()
    widget.activateWindow()
