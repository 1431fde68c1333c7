"""Sections of the profile pane below the details: key/value blocks, labels, interview answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import ResponseInfo
from talkpush_desktop.views.campaign_view.navigation_pane import section_title
from talkpush_desktop.views.campaign_view.profile.response_card import ResponseCard, remove_widget
from talkpush_desktop.views.campaign_view.vocabulary import label_text
from talkpush_desktop.views.widgets.flow_layout import FlowLayout
from talkpush_desktop.views.widgets.value_field import ValueField


def clear_layout(layout: QGridLayout | QVBoxLayout | FlowLayout) -> None:
    """Remove and delete every widget of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # deletion waits for the event loop; never paint it again
            widget.deleteLater()


def value_field(text: str = "") -> ValueField:
    """A read-only, frameless line: selectable and copyable, elided when the text is long."""
    return ValueField(text)


class KeyValueSection(QWidget):
    """A titled block of "name  value" lines; hidden while it has nothing to show."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyValueSection")
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 22, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(section_title(title))
        layout.addLayout(self._grid)
        self._title = title

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Show ``(name, value)`` lines; empty values are left out."""
        clear_layout(self._grid)
        shown = [(name, value) for name, value in rows if value]
        for r, (name, value) in enumerate(shown):
            key = QLabel(name)
            key.setObjectName("fieldName")
            field = value_field(value)
            field.setAccessibleName(f"{self._title}: {name}")
            key.setBuddy(field)
            self._grid.addWidget(key, r, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(field, r, 1)
        self.setVisible(bool(shown))

    def values(self) -> dict[str, str]:
        """What is shown, by name (for tests and accessibility checks)."""
        out: dict[str, str] = {}
        for r in range(self._grid.rowCount()):
            key, value = self._grid.itemAtPosition(r, 0), self._grid.itemAtPosition(r, 1)
            if key is None or value is None:
                continue
            k, v = key.widget(), value.widget()
            if isinstance(k, QLabel) and isinstance(v, QLineEdit) and k.isVisibleTo(self):
                out[k.text()] = v.text()
        return out


class LabelChips(QWidget):
    """The candidate's labels as chips with a remove button, and an "Add label" menu.

    Signals:
        add_requested(str): a label was picked in the add menu.
        remove_requested(str): a chip's remove button was pressed.
    """

    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = FlowLayout(self)
        self._choices: list[str] = []
        self._automatic: set[str] = set()
        self.add_button: QToolButton | None = None
        self.remove_buttons: dict[str, QToolButton] = {}

    def set_choices(self, names: Sequence[str], automatic: Sequence[str] = ()) -> None:
        """Labels a recruiter may add; ``automatic`` ones are kept by the engine, not by hand."""
        self._choices = list(names)
        self._automatic = set(automatic)

    def show_labels(self, labels: Sequence[str], colors: dict[str, str]) -> None:
        clear_layout(self._box)
        self.remove_buttons.clear()
        for name in labels:
            self._box.addWidget(self._chip(name, QColor(colors.get(name, "#6c757d"))))
        add = QToolButton()
        add.setObjectName("addLabelButton")
        add.setText(self.tr("+ Label"))
        add.setAccessibleName(self.tr("Add label"))
        add.setToolTip(self.tr("Add a label to this candidate"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setCursor(Qt.CursorShape.PointingHandCursor)
        menu = QMenu(add)
        menu.setAccessibleName(self.tr("Labels to add"))
        for name in self._choices:
            if name in labels or name in self._automatic:
                continue
            action = QAction(name, menu)
            action.triggered.connect(lambda _=False, n=name: self.add_requested.emit(n))
            menu.addAction(action)
        add.setMenu(menu)
        add.setEnabled(not menu.isEmpty())
        self._box.addWidget(add)
        self.add_button = add

    def _chip(self, name: str, color: QColor) -> QWidget:
        chip = QWidget()
        chip.setObjectName("labelChip")
        chip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        chip.setStyleSheet(
            f"#labelChip {{ background: rgba({color.red()}, {color.green()}, {color.blue()}, 38);"
            " border-radius: 8px; }"
        )
        row = QHBoxLayout(chip)
        row.setContentsMargins(9, 2, 3 if name not in self._automatic else 9, 2)
        row.setSpacing(2)
        text = QLabel(label_text(name))
        text.setStyleSheet(f"color: {color.darker(135).name()}; background: transparent;")
        row.addWidget(text)
        if name not in self._automatic:
            remove = QToolButton()
            remove.setObjectName("removeLabelButton")
            remove.setText("\N{MULTIPLICATION SIGN}")
            remove.setAccessibleName(self.tr("Remove label {label}").format(label=name))
            remove.setToolTip(self.tr("Remove {label}").format(label=name))
            remove.setCursor(Qt.CursorShape.PointingHandCursor)
            remove.clicked.connect(lambda _=False, n=name: self.remove_requested.emit(n))
            self.remove_buttons[name] = remove
            row.addWidget(remove)
        else:
            text.setToolTip(self.tr("Kept up to date automatically"))
        return chip


class ResponsesSection(QWidget):
    """The candidate's interview answers: question, answer type, text or a play button.

    Signals:
        play_requested(str): play the recording stored at this path.
    """

    play_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 22, 0, 0)
        layout.setSpacing(8)
        self.heading = section_title(self.tr("Interview"))
        layout.addWidget(self.heading)
        layout.addLayout(self._list)
        self._cards: list[ResponseCard] = []
        self._none: QLabel | None = None

    def set_responses(
        self, responses: Sequence[ResponseInfo], recordings: dict[int, str] | None = None
    ) -> None:
        """Show ``responses``; ``recordings`` maps question id to a playable file path.
        The cards shown are refilled (``response_card.py``); only missing ones are made."""
        playable = recordings or {}
        for n, response in enumerate(responses, start=1):
            if n > len(self._cards):
                card = ResponseCard()
                card.play_requested.connect(self.play_requested)
                self._cards.append(card)
                self._list.insertWidget(n - 1, card)
            self._cards[n - 1].show_response(n, response, playable.get(response.question_id))
        while len(self._cards) > len(responses):
            remove_widget(self._cards.pop())
        if not responses and self._none is None:
            self._none = QLabel(self.tr("No interview answers yet"))
            self._none.setObjectName("fieldEmpty")
            self._list.addWidget(self._none)
        elif responses and self._none is not None:
            remove_widget(self._none)
            self._none = None
