"""The "New label" dialog: a name and a colour from a small palette."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

PALETTE = (
    (QT_TRANSLATE_NOOP("LabelDialog", "Blue"), "#5b8def"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Green"), "#2a9d8f"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Purple"), "#8e6bd8"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Orange"), "#e8912d"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Red"), "#d1495b"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Yellow"), "#e9b824"),
    (QT_TRANSLATE_NOOP("LabelDialog", "Grey"), "#6b7280"),
)
MAX_NAME = 40


class LabelDialog(QDialog):
    """Ask for a new label's name and colour; ``name()`` and ``color()`` after it is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelDialog")
        self.setWindowTitle(self.tr("New label"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Label name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Night shift OK"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.colors = QButtonGroup(self)
        swatches = QHBoxLayout()
        swatches.setSpacing(6)
        for i, (name, color) in enumerate(PALETTE):
            swatch = QToolButton()
            swatch.setObjectName("colorSwatch")
            swatch.setCheckable(True)
            swatch.setAccessibleName(self.tr("{colour} colour").format(colour=self.tr(name)))
            swatch.setToolTip(self.tr(name))
            swatch.setFixedSize(24, 24)
            swatch.setStyleSheet(
                f"QToolButton {{ background: {color}; border-radius: 12px; border: 2px solid"
                f" {color}; }} QToolButton:checked {{ border: 2px solid #1c2433; }}"
            )
            self.colors.addButton(swatch, i)
            swatches.addWidget(swatch)
        swatches.addStretch(1)
        self.colors.button(0).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.ok_button.setAccessibleName(self.tr("Create label"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        self.setMinimumWidth(320)
        layout.addWidget(QLabel(self.tr("Name")))
        layout.addWidget(self.name_edit)
        layout.addWidget(QLabel(self.tr("Colour")))
        layout.addLayout(swatches)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(self.name_edit.text())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def color(self) -> str:
        return PALETTE[max(self.colors.checkedId(), 0)][1]

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(bool(self.name()))
