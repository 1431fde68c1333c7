"""The Interview tab of the campaign settings (seed 000, "The Interview Creator").

The steps in order (introduction, privacy statement, instructions, the questions, closing
prompt) on the left, reordered by drag and drop or Ctrl+Up / Ctrl+Down; the chosen step's
text, answer type (questions) and recording on the right. A recording is checked by the
engine when it is picked (.wav or .mp3, by what it holds) and shows its length; it plays
where Qt has an audio output; "Speak text" makes one from the text with espeak-ng. The tab
edits a draft: :meth:`InterviewTab.save` hands the whole interview to the engine in one
transaction (``ws.interview.save_steps``), which checks the order and the recordings.

Signals:
    steps_changed(): the draft was edited (a dialog asks before closing unsaved changes).
    spoken(): a recording made by "Speak text" arrived.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.interview.steps import (
    ANSWER_TYPES,
    SECTIONS,
    StepDraft,
    StepInfo,
)
from talkpush_desktop.views.campaigns.audio_player import AudioPlayer
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace
    from talkpush_desktop.views.widgets.background import BackgroundRunner

STEP_PATH = re.compile(r"^steps\.(\d+)\b")
"""A settings save's refusal about one step is keyed ``steps.N.FIELD`` (N 1-based)."""
STEP_NAMED = re.compile(r"^step (\d+)\b")
"""A refusal about one step starts with its position ("step 3 (question) needs a text")."""
ANSWER_LABELS = {
    "audio": QT_TRANSLATE_NOOP("InterviewTab", "Audio"),
    "audio_text": QT_TRANSLATE_NOOP("InterviewTab", "Audio or text"),
    "text": QT_TRANSLATE_NOOP("InterviewTab", "Text"),
}
SECTION_NAMES = {
    "introduction": QT_TRANSLATE_NOOP("InterviewTab", "Introduction"),
    "privacy": QT_TRANSLATE_NOOP("InterviewTab", "Privacy statement"),
    "instructions": QT_TRANSLATE_NOOP("InterviewTab", "Instructions"),
    "question": QT_TRANSLATE_NOOP("InterviewTab", "Question"),
    "closing": QT_TRANSLATE_NOOP("InterviewTab", "Closing prompt"),
}
"""The engine's SECTION_TITLES, marked for translation (shown through ``tr``)."""


@dataclass(eq=False)
class _Step:
    """A step of the draft (one object per step while it is edited: a background job
    finds its step again by identity)."""

    draft: StepDraft
    seconds: float = 0.0


class InterviewTab(QWidget):
    steps_changed = Signal()
    spoken = Signal()

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, runner: BackgroundRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._campaign: int | None = None
        self._language = "en"
        self._steps: list[_Step] = []
        self._filling = False
        self.dirty = False
        self.player = AudioPlayer(self)
        self._build_list_side()
        self._build_editor()
        self._layout()
        self._show_current()

    def _build_list_side(self) -> None:
        self.step_list = QListWidget()
        self.step_list.setObjectName("interviewSteps")
        self.step_list.setAccessibleName(self.tr("Interview steps"))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.step_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.step_list.currentRowChanged.connect(self._on_list_row_changed)
        self.step_list.model().rowsMoved.connect(self._on_list_rows_moved)
        self.add_button = QPushButton(self.tr("Add step"))
        add_menu = QMenu(self.add_button)
        for section in SECTIONS:
            action = add_menu.addAction(self._section(section))
            action.triggered.connect(lambda _=False, s=section: self.add_step(s))
        self.add_button.setMenu(add_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip("Ctrl+Up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip("Ctrl+Down")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.step_list.installEventFilter(self)

    def _build_editor(self) -> None:
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionTitle")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Step text"))
        self.text_edit.setPlaceholderText(self.tr("What the step says (the chat shows this text)"))
        self.text_edit.setMaximumHeight(140)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.answer_type = QComboBox()
        self.answer_type.setAccessibleName(self.tr("Answer type"))
        for stored, label in ANSWER_LABELS.items():
            self.answer_type.addItem(self.tr(label), stored)
        self.answer_type.currentIndexChanged.connect(self._on_answer_type_changed)
        self.audio_label = QLabel(self.tr("No recording"))
        self.audio_label.setObjectName("audioLabel")
        self.choose_button = QPushButton(self.tr("Choose recording\u2026"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.speak_button = QPushButton(self.tr("Speak text"))
        self.speak_button.setToolTip(self.tr("Make the recording from the text with espeak-ng"))
        self.speak_button.clicked.connect(self.speak_current)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self._on_play_clicked)
        self.clear_audio_button = QPushButton(self.tr("Remove recording"))
        self.clear_audio_button.clicked.connect(lambda: self._set_audio("", 0.0))
        self.warning_label = QLabel()
        self.warning_label.setObjectName("interviewWarning")
        self.warning_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.step_list)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(self.section_label)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Answer type"), self.answer_type)
        audio = QHBoxLayout()
        audio.addWidget(self.audio_label, 1)
        for b in (self.choose_button, self.speak_button, self.play_button, self.clear_audio_button):
            audio.addWidget(b)
        form.addRow(self.tr("Recording"), audio)
        hint = QLabel(
            self.tr(
                "Only .wav and .mp3 recordings. The text is what the chat shows: it should say "
                "what the recording says. Candidates are told which answer type a question takes."
            )
        )
        hint.setObjectName("formHint")
        hint.setWordWrap(True)
        form.addRow(hint)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(split, 1)
        outer.addWidget(self.warning_label)
        outer.addWidget(self.error_label)

    # -- loading and saving -----------------------------------------------------------------

    def load(self, campaign_id: int, language: str = "en") -> None:
        """Show the campaign's interview as stored."""
        self.show_steps(campaign_id, self._ws.interview.list_steps(campaign_id), language)

    def show_steps(self, campaign_id: int, steps: Sequence[StepInfo], language: str) -> None:
        """Show ``steps`` as the campaign's stored interview (after the dialog saved it)."""
        row = self.step_list.currentRow()
        self._campaign, self._language = campaign_id, language
        self._steps = [
            _Step(StepDraft(i.section, i.text, i.answer_type, i.audio_path, i.id), i.audio_seconds)
            for i in steps
        ]
        self.dirty = False
        self.error_label.clear()
        self._refill(min(max(row, 0), len(self._steps) - 1))

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """The engine's refusals of the steps (``steps.N.FIELD``, N 1-based, or ``steps``)
        under the editor, the first step named chosen."""
        self.error_label.setText("\n".join(problems.values()))
        for path in problems:
            named = STEP_PATH.match(path)
            if named and 0 < int(named.group(1)) <= len(self._steps):
                self.step_list.setCurrentRow(int(named.group(1)) - 1)
                break

    @property
    def campaign_id(self) -> int | None:
        return self._campaign

    def drafts(self) -> list[StepDraft]:
        return [s.draft for s in self._steps]

    def start_new(self, language: str = "en") -> None:
        """An empty interview for a campaign not created yet (save it with its id)."""
        self._campaign, self._language, self._steps = None, language, []
        self.dirty = False
        self.error_label.clear()
        self._refill(-1)

    def set_language(self, language: str) -> None:
        """The interview language (Basic tab): the voice of "Speak text"."""
        self._language = language

    def save(self, campaign_id: int | None = None) -> bool:
        """Store the draft in one transaction, for the loaded campaign or ``campaign_id``
        (a campaign the settings dialog just created); False with the engine's reason
        shown and the step it names chosen."""
        campaign = campaign_id if campaign_id is not None else self._campaign
        if campaign is None:
            return False
        try:
            self._ws.interview.save_steps(campaign, self.drafts())
        except WorkspaceError as exc:
            self.error_label.setText(str(exc))
            named = STEP_NAMED.search(str(exc))
            if named and 0 < int(named.group(1)) <= len(self._steps):
                self.step_list.setCurrentRow(int(named.group(1)) - 1)
            return False
        row = self.step_list.currentRow()
        self.load(campaign, self._language)
        self.step_list.setCurrentRow(min(row, len(self._steps) - 1))
        return True

    # -- editing ----------------------------------------------------------------------------

    def add_step(self, section: str) -> None:
        """Add an empty step of ``section`` where its section goes, and select it."""
        rank = SECTIONS.index(section)
        at = sum(1 for s in self._steps if SECTIONS.index(s.draft.section) <= rank)
        kind = "audio" if section == "question" else "text"
        self._steps.insert(at, _Step(StepDraft(section, "", kind)))
        self._edited(at)
        self.text_edit.setFocus()

    def remove_current(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._edited(min(row, len(self._steps) - 1))

    def move_current(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if 0 <= row < len(self._steps) and 0 <= to < len(self._steps):
            self._steps.insert(to, self._steps.pop(row))
            self._edited(to)

    def set_audio_file(self, path: str) -> bool:
        """Attach a recording to the chosen step if the engine accepts it (else say why)."""
        try:
            info = self._ws.interview.check_audio(path)
        except WorkspaceError as exc:
            self.error_label.setText(str(exc))
            return False
        self._set_audio(path, info.seconds)
        return True

    def speak_current(self) -> None:
        """Make the chosen step's recording from its text (espeak-ng), in the background
        when the tab has a runner; the step gets it if it is still there."""
        step = self._current()
        if step is None:
            return
        text, language, interview = step.draft.text, self._language, self._ws.interview

        def make(_context: object) -> tuple[str, float]:
            path = interview.speak(text, language)
            return path, interview.check_audio(path).seconds

        if self._runner is None:
            try:
                self._on_spoken(step, make(None))
            except WorkspaceError as exc:
                self.error_label.setText(str(exc))
            return
        self.speak_button.setEnabled(False)
        job = self._runner.submit(self.tr("Speaking the step's text"), make)
        job.succeeded.connect(lambda made: self._on_spoken(step, made))
        job.failed.connect(self.error_label.setText)
        job.finished.connect(self._show_current)

    def _on_spoken(self, step: _Step, made: tuple[str, float]) -> None:
        if step in self._steps:
            row = self._steps.index(step)
            step.draft, step.seconds = replace(step.draft, audio=made[0]), made[1]
            self._edited(row)
        self.spoken.emit()

    # -- showing ----------------------------------------------------------------------------

    def _current(self) -> _Step | None:
        row = self.step_list.currentRow()
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def _edited(self, select: int) -> None:
        self.dirty = True
        self.error_label.clear()
        self._refill(select)
        self.steps_changed.emit()

    def _refill(self, select: int) -> None:
        self._filling = True
        self.step_list.clear()
        questions = 0
        for step in self._steps:
            d = step.draft
            if d.section == "question":
                questions += 1
                title = self.tr("Question {n} ({answer})").format(
                    n=questions, answer=self.tr(ANSWER_LABELS[d.answer_type]).lower()
                )
            else:
                title = self._section(d.section)
            length = f" \N{MIDDLE DOT} {self._seconds(step.seconds)}" if d.audio else ""
            text = " ".join(d.text.split()) or self.tr("(no text yet)")
            item = QListWidgetItem(f"{title}{length}\n{text[:80]}")
            item.setToolTip(d.text)
            self.step_list.addItem(item)
        self._filling = False
        self.step_list.setCurrentRow(select)
        warnings = self._ws.interview.warnings(self.drafts())
        self.warning_label.setText("\n".join(f"\N{WARNING SIGN} {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self._show_current()

    def _show_current(self) -> None:
        step = self._current()
        for w in (self.text_edit, self.answer_type, self.choose_button, self.remove_button):
            w.setEnabled(step is not None)
        self._filling = True
        if step is None:
            self.section_label.setText(self.tr("Add a step to start the interview"))
            self.text_edit.setPlainText("")
        else:
            d = step.draft
            self.section_label.setText(self._title(step))
            if self.text_edit.toPlainText() != d.text:
                self.text_edit.setPlainText(d.text)
            self.answer_type.setCurrentIndex(self.answer_type.findData(d.answer_type))
            self.answer_type.setEnabled(d.section == "question")
        self._filling = False
        has_audio = step is not None and bool(step.draft.audio)
        seconds = step.seconds if step is not None else 0.0
        name = Path(step.draft.audio).name if step is not None and has_audio else ""
        shown = f"{name} ({self._seconds(seconds)})" if has_audio else self.tr("No recording")
        self.audio_label.setText(shown)
        self.play_button.setEnabled(has_audio)
        self.clear_audio_button.setEnabled(has_audio)
        self.speak_button.setEnabled(step is not None and self._ws.interview.can_speak())

    def _title(self, step: _Step) -> str:
        if step.draft.section != "question":
            return self._section(step.draft.section)
        questions = [s for s in self._steps if s.draft.section == "question"]
        return self.tr("Question {n} of {count}").format(
            n=questions.index(step) + 1, count=len(questions)
        )

    def _section(self, section: str) -> str:
        return self.tr(SECTION_NAMES[section]) if section in SECTION_NAMES else section

    @staticmethod
    def _seconds(seconds: float) -> str:
        return f"{QLocale().toString(seconds, 'f', 1)} s"

    def _set_audio(self, audio: str, seconds: float) -> None:
        row = self.step_list.currentRow()
        step = self._current()
        if step is None:
            return
        step.draft, step.seconds = replace(step.draft, audio=audio), seconds
        self._edited(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up / Ctrl+Down in the list move the chosen step."""
        if watched is self.step_list and event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            if key.modifiers() == Qt.KeyboardModifier.ControlModifier:
                by = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key.key()))
                if by is not None:
                    self.move_current(by)
                    return True
        return super().eventFilter(watched, event)

    # -- slots ------------------------------------------------------------------------------

    def _on_list_row_changed(self, _row: int) -> None:
        if not self._filling:
            self._show_current()

    def _on_list_rows_moved(
        self, _p: QModelIndex, start: int, _end: int, _d: QModelIndex, row: int
    ) -> None:
        to = row - 1 if row > start else row
        self._steps.insert(to, self._steps.pop(start))
        self._edited(to)

    def _on_text_changed(self) -> None:
        step = self._current()
        if self._filling or step is None:
            return
        row = self.step_list.currentRow()
        step.draft = replace(step.draft, text=self.text_edit.toPlainText())
        self.dirty = True
        item = self.step_list.item(row)
        first = item.text().split("\n", 1)[0]
        item.setText(f"{first}\n{' '.join(self.text_edit.toPlainText().split())[:80]}")
        self.steps_changed.emit()

    def _on_answer_type_changed(self, _index: int) -> None:
        step = self._current()
        kind = self.answer_type.currentData()
        if self._filling or step is None or kind == step.draft.answer_type:
            return
        row = self.step_list.currentRow()
        step.draft = replace(step.draft, answer_type=kind)
        self._edited(row)

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a recording"), "", self.tr("Recordings (*.wav *.mp3)")
        )
        if path:
            self.set_audio_file(path)

    def _on_play_clicked(self) -> None:
        step = self._current()
        if step is None or not step.draft.audio:
            return
        path = Path(step.draft.audio)
        full = path if path.is_absolute() else self._ws.data_dir / path
        message = self.player.play(full)
        if message:
            self.error_label.setText(message)


__all__ = ["ANSWER_TYPES", "InterviewTab"]
