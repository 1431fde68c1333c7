"""Playing a recording in the window with QtMultimedia, where the platform has it.

The player is made on the first Play (QtMultimedia loads its backend then); a computer
without an audio output, or a Qt without the multimedia module, gets a sentence instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl


class AudioPlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: Any = None
        self._output: Any = None

    def play(self, path: Path) -> str:
        """Start playing ``path``; "" when it plays, else why it cannot."""
        if not path.is_file():
            return self.tr("{file} is not on this computer").format(file=path.name)
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
        except ImportError:
            return self.tr("Playing needs Qt Multimedia, which this installation lacks")
        if not QMediaDevices.audioOutputs():
            return self.tr("This computer has no audio output to play the recording on")
        if self._player is None:
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        return ""

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
