"""Every keyboard shortcut of the window, in one table that both installs them and fills
the shortcut sheet (``?``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP


class Scope(Enum):
    WINDOW = "window"  # anywhere in the window, except while typing text
    LIST = "list"  # only while the candidate list has the focus


@dataclass(frozen=True, slots=True)
class Shortcut:
    """A command, the keys installed for it, and keys its widget already handles (shown).

    A shortcut with no ``keys`` is only shown: its widget installs it (the composer's send).
    """

    command: str
    keys: tuple[str, ...]
    description: str
    group: str
    also: tuple[str, ...] = ()
    scope: Scope = Scope.WINDOW


MOVE, DECIDE, SELECT, WRITE = (
    QT_TRANSLATE_NOOP("Shortcuts", "Move around"),
    QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    QT_TRANSLATE_NOOP("Shortcuts", "Select and label"),
    QT_TRANSLATE_NOOP("Shortcuts", "Write"),
)
FILE, EDIT, HELP = (
    QT_TRANSLATE_NOOP("Shortcuts", "File"),
    QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
    QT_TRANSLATE_NOOP("Shortcuts", "Help"),
)
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "next", ("J",), QT_TRANSLATE_NOOP("Shortcuts", "Next candidate"), MOVE, also=("Down",)
    ),
    Shortcut(
        "previous", ("K",), QT_TRANSLATE_NOOP("Shortcuts", "Previous candidate"), MOVE, also=("Up",)
    ),
    Shortcut(
        "open",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the candidate"),
        MOVE,
        scope=Scope.LIST,
    ),
    Shortcut("search", ("/",), QT_TRANSLATE_NOOP("Shortcuts", "Search"), MOVE),
    Shortcut(
        "escape", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Clear search, then selection"), MOVE
    ),
    Shortcut("shortlist", ("S",), QT_TRANSLATE_NOOP("Shortcuts", "Shortlist"), DECIDE),
    Shortcut("reject", ("X",), QT_TRANSLATE_NOOP("Shortcuts", "Reject"), DECIDE),
    Shortcut("hold", ("H",), QT_TRANSLATE_NOOP("Shortcuts", "Put on hold"), DECIDE),
    Shortcut("hire", ("Y",), QT_TRANSLATE_NOOP("Shortcuts", "Hire"), DECIDE),
    Shortcut("inbox", ("I",), QT_TRANSLATE_NOOP("Shortcuts", "Back to the Inbox"), DECIDE),
    Shortcut(
        "select_all",
        ("Ctrl+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Select all matching the filter"),
        SELECT,
    ),
    Shortcut("label", ("L",), QT_TRANSLATE_NOOP("Shortcuts", "Add or remove a label"), SELECT),
    Shortcut("composer", ("C",), QT_TRANSLATE_NOOP("Shortcuts", "Write to the candidate"), WRITE),
    Shortcut(
        "send",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Send (in the composer)"),
        WRITE,
        also=("Ctrl+Enter",),
    ),
    Shortcut(
        "retry",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Retry a failed message (in the conversation)"),
        WRITE,
        also=("Enter",),
    ),
    Shortcut(
        "message_menu",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Actions of the focused message"),
        WRITE,
        also=("Menu",),
    ),
    Shortcut("add_candidates", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Add candidates"), FILE),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), FILE),
    Shortcut(
        "undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo a move or label change"), EDIT
    ),
    Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo"), EDIT),
    Shortcut("help", ("?",), QT_TRANSLATE_NOOP("Shortcuts", "Show these shortcuts"), HELP),
)

Command = Callable[[], object] | QAction
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def typing() -> bool:
    """True while the focus is in a text field (single-key shortcuts must not fire)."""
    return isinstance(QApplication.focusWidget(), TEXT_INPUTS)


def _single_key(keys: str) -> bool:
    """A plain character ("J", "/"): it would be typed, so it waits while typing."""
    return len(keys) == 1


def install(window: QWidget, list_widget: QWidget, commands: Mapping[str, Command]) -> None:
    """Bind every shortcut of the table: QActions get their keys, functions a QShortcut."""
    for shortcut in SHORTCUTS:
        if not shortcut.keys:
            continue
        command = commands[shortcut.command]
        sequences = [QKeySequence(k) for k in shortcut.keys]
        if isinstance(command, QAction):
            command.setShortcuts(sequences)
            continue
        parent = list_widget if shortcut.scope is Scope.LIST else window
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if shortcut.scope is Scope.LIST
            else Qt.ShortcutContext.WindowShortcut
        )
        for keys, sequence in zip(shortcut.keys, sequences, strict=True):
            item = QShortcut(sequence, parent, context=context)
            item.setObjectName(f"shortcut_{shortcut.command}")
            item.activated.connect(_guarded(command) if _single_key(keys) else command)


def _guarded(command: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        if not typing():
            command()

    return run


def key_text(keys: str) -> str:
    """How a key reads on the sheet: "Ctrl+Shift+Z", "Esc", and a letter as typed ("j")."""
    if len(keys) == 1:
        return keys.lower()
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
