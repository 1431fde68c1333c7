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
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import ResponseInfo
from talkpush_desktop.views.flow_layout import FlowLayout
from talkpush_desktop.views.navigation_pane import section_title
from talkpush_desktop.views.style import icon
from talkpush_desktop.views.value_field import ValueField

ANSWER_TYPES = {"text": "Text answer", "audio": "Audio answer", "audio_text": "Audio and text"}


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
        add.setText("+ Label")
        add.setAccessibleName("Add label")
        add.setToolTip("Add a label to this candidate")
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setCursor(Qt.CursorShape.PointingHandCursor)
        menu = QMenu(add)
        menu.setAccessibleName("Labels to add")
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
        text = QLabel(name)
        text.setStyleSheet(f"color: {color.darker(135).name()}; background: transparent;")
        row.addWidget(text)
        if name not in self._automatic:
            remove = QToolButton()
            remove.setObjectName("removeLabelButton")
            remove.setText("\N{MULTIPLICATION SIGN}")
            remove.setAccessibleName(f"Remove label {name}")
            remove.setToolTip(f"Remove {name}")
            remove.setCursor(Qt.CursorShape.PointingHandCursor)
            remove.clicked.connect(lambda _=False, n=name: self.remove_requested.emit(n))
            self.remove_buttons[name] = remove
            row.addWidget(remove)
        else:
            text.setToolTip("Kept up to date automatically")
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
        self.heading = section_title("Interview")
        layout.addWidget(self.heading)
        layout.addLayout(self._list)

    def set_responses(
        self, responses: Sequence[ResponseInfo], recordings: dict[int, str] | None = None
    ) -> None:
        """Show ``responses``; ``recordings`` maps question id to a playable file path."""
        clear_layout(self._list)
        playable = recordings or {}
        for n, response in enumerate(responses, start=1):
            self._list.addWidget(self._card(n, response, playable.get(response.question_id)))
        if not responses:
            none = QLabel("No interview answers yet")
            none.setObjectName("fieldEmpty")
            self._list.addWidget(none)

    def _card(self, n: int, response: ResponseInfo, recording: str | None) -> QWidget:
        card = QWidget()
        card.setObjectName("responseCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(5)
        question = QLabel(f"{n}. {response.question}")
        question.setObjectName("responseQuestion")
        question.setWordWrap(True)
        kind = QLabel(ANSWER_TYPES.get(response.answer_type, response.answer_type))
        kind.setObjectName("responseType")
        layout.addWidget(question)
        layout.addWidget(kind)
        if response.text:
            answer = QLabel(response.text)
            answer.setObjectName("responseText")
            answer.setWordWrap(True)
            answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(answer)
        if response.answer_type != "text":
            layout.addWidget(self._play_button(n, recording))
        if response.transcript:
            transcript = QLabel(
                f"Transcript: \N{LEFT DOUBLE QUOTATION MARK}"
                f"{response.transcript}\N{RIGHT DOUBLE QUOTATION MARK}"
            )
            transcript.setObjectName("responseTranscript")
            transcript.setWordWrap(True)
            transcript.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(transcript)
        return card

    def _play_button(self, n: int, recording: str | None) -> QPushButton:
        play = QPushButton(icon("play"), "Play recording")
        play.setObjectName("playButton")
        play.setAccessibleName(f"Play the recording of answer {n}")
        play.setCursor(Qt.CursorShape.PointingHandCursor)
        if recording:
            play.setToolTip("Opens the recording in your audio player")
            play.clicked.connect(lambda _=False, p=recording: self.play_requested.emit(p))
        else:
            play.setEnabled(False)
            play.setToolTip("The recording is not on this computer yet")
        return play
