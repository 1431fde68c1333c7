"""Standard dialog buttons in the interface language even where Qt ships no translation of
its own (Filipino): the room's button boxes and message boxes name them through here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

Box = QDialogButtonBox.StandardButton
Msg = QMessageBox.StandardButton
TEXTS = {
    "Save": QT_TRANSLATE_NOOP("StandardButtons", "Save"),
    "Cancel": QT_TRANSLATE_NOOP("StandardButtons", "Cancel"),
    "Close": QT_TRANSLATE_NOOP("StandardButtons", "Close"),
    "Discard": QT_TRANSLATE_NOOP("StandardButtons", "Discard"),
    "Ok": QT_TRANSLATE_NOOP("StandardButtons", "OK"),
    "Yes": QT_TRANSLATE_NOOP("StandardButtons", "&Yes"),
    "No": QT_TRANSLATE_NOOP("StandardButtons", "&No"),
}
"""Qt's own English texts of the buttons, by the enum member's name."""


def name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Give ``box``'s standard buttons their texts in the interface language."""
    for name, text in TEXTS.items():
        which = getattr(Box if isinstance(box, QDialogButtonBox) else Msg, name)
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", text))
