"""The right pane: the candidate's profile and the four folder buttons."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import CandidateDetail
from talkpush_desktop.views.candidate_delegate import paint_avatar
from talkpush_desktop.views.flow_layout import FlowLayout
from talkpush_desktop.views.formatting import long_date
from talkpush_desktop.views.navigation_pane import section_title

MOVE_BUTTONS = (
    ("Shortlist", "Shortlisted", "shortlistButton"),
    ("Reject", "Rejected", "rejectButton"),
    ("On Hold", "On Hold", "holdButton"),
    ("Hire", "Hired", "hireButton"),
)
"""(button text, target folder, object name) in the order of the web console."""

DETAIL_FIELDS = ("Campaign", "Source", "Added", "Completed", "Email", "Phone")
AVATAR_SIZE = 60
PAGE_MARGIN = 22
NOTHING = "\N{EM DASH}"


class Avatar(QWidget):
    """A round avatar with initials."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self.setFixedSize(size, size)

    def set_name(self, name: str) -> None:
        self._name = name
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        paint_avatar(painter, QRect(0, 0, self.width(), self.height()), self._name, font)
        painter.end()


def _value_field() -> QLineEdit:
    """A read-only, frameless line: selectable and copyable, scrolls when the text is long."""
    field = QLineEdit()
    field.setObjectName("fieldValue")
    field.setReadOnly(True)
    field.setFrame(False)
    field.setMinimumWidth(40)
    return field


class ProfilePane(QWidget):
    """Name, candidate ID, campaign, source, dates, contacts, labels and folder buttons.

    Signals:
        move_requested(str): a folder button was pressed; carries the target folder.
    """

    move_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.avatar = Avatar(AVATAR_SIZE)
        self.name_label = QLabel()
        self.name_label.setObjectName("profileName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label = QLabel()
        self.id_label.setObjectName("candidateId")
        self.id_label.setAccessibleName("Candidate ID")
        self.id_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.id_label.setCursor(Qt.CursorShape.IBeamCursor)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderPill")
        self.buttons: dict[str, QPushButton] = {}
        self.values: dict[str, QLineEdit] = {name: _value_field() for name in DETAIL_FIELDS}
        for name, label in self.values.items():
            label.setAccessibleName(name)
        self.labels_widget = QWidget()
        self.labels_box = FlowLayout(self.labels_widget)
        self.empty_label = QLabel("Select a candidate to see their profile.")
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_profile())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(self._buttons_row.sizeHint().width() + 2 * PAGE_MARGIN + 12)
        self._detail: CandidateDetail | None = None
        self.show_candidate(None)

    def _build_profile(self) -> QScrollArea:
        page = QWidget()
        page.setObjectName("profilePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(0)
        layout.addLayout(self._build_identity())
        layout.addSpacing(18)
        self._buttons_row = self._build_buttons()
        layout.addLayout(self._buttons_row)
        layout.addSpacing(24)
        layout.addWidget(section_title("Details"))
        layout.addSpacing(8)
        layout.addLayout(self._build_details())
        layout.addSpacing(22)
        layout.addWidget(section_title("Labels"))
        layout.addSpacing(8)
        layout.addWidget(self.labels_widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        return scroll

    def _build_identity(self) -> QHBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.name_label)
        text.addWidget(self.id_label)
        pill_row = QHBoxLayout()
        pill_row.addWidget(self.folder_label)
        pill_row.addStretch(1)
        text.addSpacing(4)
        text.addLayout(pill_row)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for text, folder, object_name in MOVE_BUTTONS:
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.setProperty("role", "move")
            button.setAccessibleName(f"Move to {folder}")
            button.setToolTip(f"Move to {folder}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, f=folder: self.move_requested.emit(f))
            self.buttons[folder] = button
            row.addWidget(button)
        return row

    def _build_details(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        for r, name in enumerate(DETAIL_FIELDS):
            key = QLabel(name)
            key.setObjectName("fieldName")
            key.setBuddy(self.values[name])
            grid.addWidget(key, r, 0)
            grid.addWidget(self.values[name], r, 1)
        return grid

    # -- content ---------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int | None:
        return self._detail.row.id if self._detail else None

    def show_candidate(
        self, detail: CandidateDetail | None, label_colors: dict[str, str] | None = None
    ) -> None:
        """Show ``detail`` (None: the empty state)."""
        self._detail = detail
        if detail is None:
            self.stack.setCurrentWidget(self.empty_label)
            return
        row = detail.row
        self.avatar.set_name(row.full_name)
        self.name_label.setText(row.full_name or "(no name)")
        self.id_label.setText(f"ID {row.id}")
        self.id_label.setToolTip("Candidate ID: quote it when asking about this candidate")
        self.folder_label.setText(row.folder)
        values = {
            "Campaign": row.campaign_title,
            "Source": row.source,
            "Added": long_date(row.added_at),
            "Completed": long_date(row.completed_at),
            "Email": row.email,
            "Phone": row.phone,
        }
        for name, value in values.items():
            field = self.values[name]
            field.setText(value or NOTHING)
            field.setCursorPosition(0)
            field.setToolTip(value)
        for folder, button in self.buttons.items():
            button.setEnabled(folder != row.folder)
        self._show_labels(row.labels, label_colors or {})
        self.stack.setCurrentIndex(1)

    def _show_labels(self, labels: tuple[str, ...], colors: dict[str, str]) -> None:
        while self.labels_box.count():
            item = self.labels_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deletion waits for the event loop; never paint it again
                widget.deleteLater()
        if not labels:
            none = QLabel("No labels")
            none.setObjectName("fieldEmpty")
            self.labels_box.addWidget(none)
        for name in labels:
            color = QColor(colors.get(name, "#6c757d"))
            chip = QLabel(name)
            chip.setObjectName("labelChip")
            chip.setStyleSheet(
                f"background: rgba({color.red()}, {color.green()}, {color.blue()}, 38);"
                f"color: {color.darker(135).name()}; border-radius: 8px; padding: 2px 9px;"
            )
            self.labels_box.addWidget(chip)
