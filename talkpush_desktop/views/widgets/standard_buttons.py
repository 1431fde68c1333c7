"""The standard dialog buttons (OK, Save, Cancel, Close, Yes, No) in the interface language:
Qt translates them itself only for the languages it ships (Spanish, not Filipino)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

Button = QDialogButtonBox.StandardButton
TEXTS = {
    Button.Ok: QT_TRANSLATE_NOOP("StandardButtons", "OK"),
    Button.Save: QT_TRANSLATE_NOOP("StandardButtons", "Save"),
    Button.Cancel: QT_TRANSLATE_NOOP("StandardButtons", "Cancel"),
    Button.Close: QT_TRANSLATE_NOOP("StandardButtons", "Close"),
    Button.Yes: QT_TRANSLATE_NOOP("StandardButtons", "&Yes"),
    Button.No: QT_TRANSLATE_NOOP("StandardButtons", "&No"),
}
"""Qt's own English texts of the buttons, marked for translation."""


def translated_buttons(buttons: Button) -> QDialogButtonBox:
    """A button box with ``buttons`` whose texts speak the interface language."""
    box = QDialogButtonBox(buttons)
    for which, text in TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", text))
    return box
