"""A box to drop a file on, with a Browse button for those who prefer a file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from talkpush_desktop.views.style import icon


class FileDropZone(QFrame):
    """Accepts one local file by drag-and-drop or Browse.

    Signals:
        file_chosen(object): the Path the recruiter dropped or picked.
    """

    file_chosen = Signal(object)

    def __init__(self, prompt: str, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Drop a file here"))
        self._filter = file_filter
        self._prompt = prompt
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon("document").pixmap(22, 22))
        self.text_label = QLabel(prompt)
        self.text_label.setObjectName("dropZoneText")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for a file"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.browse_button)

    def show_file(self, path: Path | None) -> None:
        self.text_label.setText(path.name if path else self._prompt)
        self.text_label.setToolTip(str(path) if path else "")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
            self.setProperty("dragging", True)
            self.style().polish(self)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.setProperty("dragging", False)
        self.style().polish(self)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setProperty("dragging", False)
        self.style().polish(self)
        path = _local_file(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.file_chosen.emit(path)

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", self._filter)
        if name:
            self.file_chosen.emit(Path(name))


def _local_file(urls: list[QUrl]) -> Path | None:
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].is_file() else None
