"""One interview answer in the profile: question, answer type, text, play button, transcript.

A card is refilled for the next candidate rather than built again: keyboard triage shows a
new candidate on every key, and new widgets cost a style polish and a layout each. Parts a
candidate's answer lacks are removed (not hidden), so the card holds what a new one would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from talkpush_desktop.engine.dto import ResponseInfo
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon

ANSWER_TYPES = {
    "text": QT_TRANSLATE_NOOP("ResponseCard", "Text answer"),
    "audio": QT_TRANSLATE_NOOP("ResponseCard", "Audio answer"),
    "audio_text": QT_TRANSLATE_NOOP("ResponseCard", "Audio and text"),
}


class ResponseCard(QWidget):
    """Signals:
    play_requested(str): play the recording stored at this path.
    """

    play_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(5)
        self._question = _label("responseQuestion", wrap=True)
        self._kind = _label("responseType")
        self._layout.addWidget(self._question)
        self._layout.addWidget(self._kind)
        self._answer: QLabel | None = None
        self._play: QPushButton | None = None
        self._transcript: QLabel | None = None
        self._recording: str | None = None

    def show_response(self, n: int, response: ResponseInfo, recording: str | None) -> None:
        """Show answer ``n``; ``recording`` is the playable file's path, if on this computer."""
        self._question.setText(f"{n}. {response.question}")
        kind = ANSWER_TYPES.get(response.answer_type)
        self._kind.setText(self.tr(kind) if kind else response.answer_type)
        self._answer = self._part(self._answer, response.text or None, "responseText", 2)
        if response.answer_type != "text":
            self._show_play(n, recording)
        elif self._play is not None:
            remove_widget(self._play)
            self._play = None
        self._transcript = self._part(
            self._transcript, transcript_line(response), "responseTranscript"
        )

    def _part(
        self, label: QLabel | None, text: str | None, name: str, at: int = -1
    ) -> QLabel | None:
        """``label`` showing ``text`` (made when missing), or removed when there is none."""
        if text is None:
            if label is not None:
                remove_widget(label)
            return None
        if label is None:
            label = _label(name, wrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.insertWidget(at if at >= 0 else self._layout.count(), label)
        label.setText(text)
        return label

    def _show_play(self, n: int, recording: str | None) -> None:
        play = self._play
        if play is None:
            play = self._play = QPushButton(icon("play"), self.tr("Play recording"))
            play.setObjectName("playButton")
            play.setCursor(Qt.CursorShape.PointingHandCursor)
            play.clicked.connect(self._on_play_clicked)
            at = self._layout.indexOf(self._transcript) if self._transcript else -1
            self._layout.insertWidget(at if at >= 0 else self._layout.count(), play)
        play.setAccessibleName(self.tr("Play the recording of answer {n}").format(n=n))
        self._recording = recording
        play.setEnabled(bool(recording))
        play.setToolTip(
            self.tr("Opens the recording in your audio player")
            if recording
            else self.tr("The recording is not on this computer yet")
        )

    def _on_play_clicked(self) -> None:
        if self._recording:
            self.play_requested.emit(self._recording)


def transcript_line(response: ResponseInfo) -> str | None:
    """The line under the recording: its transcript, or why there is none (yet)."""
    if response.transcript:
        return QCoreApplication.translate("ResponseCard", "Transcript: “{text}”").format(
            text=response.transcript
        )
    if response.transcript_state == "pending":
        return QCoreApplication.translate("ResponseCard", "Transcript: being transcribed offline…")
    if response.transcript_note:
        return QCoreApplication.translate("ResponseCard", "No transcript: {note}").format(
            note=response.transcript_note
        )
    return None


def _label(name: str, *, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def remove_widget(widget: QWidget) -> None:
    """Take ``widget`` out of its card now (no longer a child) and delete it later."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
