"""Checking a window in another language: which English source strings are still on screen.

``english_left(widget)`` walks ``widget`` and its visible children (labels, buttons, group
titles, tabs, menus and their actions, placeholders, table and tree headers, combo items,
window titles) and returns every text that is the English source of a catalogue entry whose
translation differs, i.e. a string the code forgot to translate or built before the language
was installed. ``language`` (a context manager) installs a language for a test.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from talkpush_desktop.views import i18n

SHIPPED = [code for code in i18n.shipped_languages() if code != i18n.SOURCE_LANGUAGE]
"""The languages besides English that the app ships catalogues for."""


@contextmanager
def language(code: str) -> Iterator[None]:
    """``code`` installed for the block; English again afterwards."""
    i18n.install(code)
    try:
        yield
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)


@functools.cache
def english_sources(code: str) -> frozenset[str]:
    """Source strings of ``code``'s catalogues translated to something else (and kept as they
    are nowhere)."""
    found: set[str] = set()
    kept: set[str] = set()  # a word some catalogue rightly keeps (Email, CV) is not left over
    for ts in sorted(i18n.I18N_DIR.glob(f"*_{code}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            same = (message.findtext("translation") or "") == source
            (kept if same else found).add(_plain(source))
    return frozenset(found - kept - {""})


def _plain(text: str) -> str:
    """Without mnemonics (&File), the ellipsis and surrounding blanks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("…:")


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a person can see in ``widget`` now (and its menus)."""
    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible() and not isinstance(child, QMenu):
            continue
        texts += _texts_of(child)
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            texts += menu_texts(action.menu(), action.text())
    return [text for text in texts if text]


def _texts_of(child: QWidget) -> list[str]:
    texts = [child.toolTip()]
    if isinstance(child, (QLabel, QAbstractButton)):
        texts.append(child.text())
    if isinstance(child, QGroupBox):
        texts.append(child.title())
    if isinstance(child, QLineEdit):
        texts += [child.text() if child.isReadOnly() else "", child.placeholderText()]
    if isinstance(child, QTextEdit):
        texts.append(child.placeholderText())
    if isinstance(child, QTabWidget):
        texts += [child.tabText(i) for i in range(child.count())]
    if isinstance(child, QComboBox) and not child.property("endonyms"):
        # a language chooser names each language in itself ("English" stays "English")
        texts += [child.itemText(i) for i in range(child.count())]
    if isinstance(child, QAbstractItemView) and child.model() is not None:
        texts += _header_texts(child.model())
    return texts


def _header_texts(model: QAbstractItemModel) -> list[str]:
    if isinstance(model, QAbstractListModel):
        return []  # one column, no header (its columnCount is private to Qt)
    role, across = Qt.ItemDataRole.DisplayRole, Qt.Orientation.Horizontal
    count = 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # its is private
    columns = [model.headerData(c, across, role) for c in range(count)]
    return [str(text) for text in columns if text]


def english_left(widget: QWidget, code: str | None = None) -> list[str]:
    """Texts on ``widget`` that are untranslated English sources of ``code`` (default: the
    installed language)."""
    return english_of(visible_texts(widget), code)


def english_of(texts: Iterable[str], code: str | None = None) -> list[str]:
    """Those of ``texts`` (menu items, status messages, axis titles...) that are untranslated
    English sources of ``code`` (default: the installed language)."""
    sources = english_sources(code or i18n.current_language())
    return sorted({text for text in texts if text and _plain(text) in sources})


def menu_texts(menu: QMenu | None, title: str = "") -> list[str]:
    """``title`` and the texts and status tips of ``menu``'s actions, its submenus' too."""
    texts = [title]
    if menu is not None:
        for action in menu.actions():
            texts.append(action.statusTip())
            texts += menu_texts(action.menu(), action.text())
    return texts
