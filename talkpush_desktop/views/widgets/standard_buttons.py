"""The standard dialog buttons (OK, Save, Cancel, Close, Discard, Yes, No) in the interface
language: Qt translates them itself only for the languages it ships (Spanish, not Filipino).
Every message box with standard buttons is built here (:func:`ask`) or named with
:func:`name_buttons`: never ``QMessageBox.question``/``warning``, whose buttons stay English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

Button = QDialogButtonBox.StandardButton
TEXTS = {
    "Ok": QT_TRANSLATE_NOOP("StandardButtons", "OK"),
    "Save": QT_TRANSLATE_NOOP("StandardButtons", "Save"),
    "Cancel": QT_TRANSLATE_NOOP("StandardButtons", "Cancel"),
    "Close": QT_TRANSLATE_NOOP("StandardButtons", "Close"),
    "Discard": QT_TRANSLATE_NOOP("StandardButtons", "Discard"),
    "Yes": QT_TRANSLATE_NOOP("StandardButtons", "&Yes"),
    "No": QT_TRANSLATE_NOOP("StandardButtons", "&No"),
}
"""Qt's own English texts of the buttons, marked for translation, by the enum member's name
(the same in QDialogButtonBox and QMessageBox)."""


def name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Give ``box``'s standard buttons their texts in the interface language."""
    kind = Button if isinstance(box, QDialogButtonBox) else QMessageBox.StandardButton
    for name, text in TEXTS.items():
        button = box.button(getattr(kind, name))
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", text))


def translated_buttons(buttons: Button) -> QDialogButtonBox:
    """A button box with ``buttons`` whose texts speak the interface language."""
    box = QDialogButtonBox(buttons)
    name_buttons(box)
    return box


Answer = QMessageBox.StandardButton
YES_NO = Answer.Yes | Answer.No


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Answer = YES_NO,
    default: Answer = Answer.NoButton,
) -> Answer:
    """``QMessageBox.question`` with buttons in the interface language: the button chosen
    (Esc: the box's escape button, No or Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("askBox")
    if default != Answer.NoButton:
        box.setDefaultButton(default)
    name_buttons(box)
    return Answer(box.exec())
