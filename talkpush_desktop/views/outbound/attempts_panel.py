"""The calls made to the lead selected in the leads table: each attempt's time (campaign
zone), outcome, who answered, the length and the keys pressed. A lead has a handful of
attempts (a first call and up to ten retries), so a plain tree lists them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.outbound.dto import AttemptInfo, LeadInfo
from talkpush_desktop.engine.outbound.schedule import to_local, zone

COLUMNS = ("#", "When", "Outcome", "By", "Length", "Keys")
OUTCOME_NAMES = {
    "answered": "Answered",
    "no-answer": "No answer",
    "busy": "Busy",
    "failed": "Failed",
    "machine": "Voicemail",
    "canceled": "Canceled",
    "skipped": "Skipped",
}
STATE_NAMES = {"queued": "Scheduled", "dialing": "Calling\N{HORIZONTAL ELLIPSIS}"}


def local_text(when: datetime, tz: ZoneInfo) -> str:
    """A naive UTC time in ``tz`` as the panels show it: ``Dec 7, 9:00 AM``."""
    local = to_local(when, tz)
    return f"{local:%b} {local.day}, {local:%I:%M %p}".replace(", 0", ", ")


def outcome_text(a: AttemptInfo) -> str:
    if a.state != "done":
        return STATE_NAMES.get(a.state, a.state.capitalize())
    return OUTCOME_NAMES.get(a.outcome, a.outcome or "\N{EM DASH}")


class LeadRowsPanel(QWidget):
    """A heading, a note when there is nothing, and a plain tree of a lead's rows (a
    handful); ``noun`` names them (``calls``, ``texts``)."""

    def __init__(
        self, noun: str, columns: tuple[str, ...], accessible: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.noun, self.columns = noun, columns
        self.heading = QLabel(noun.capitalize())
        self.heading.setObjectName("sectionTitle")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(accessible)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(list(columns))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(f"Select a lead to see its {noun}")
        self.empty.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def _start(self, lead: LeadInfo | None, rows: int, none_yet: str, to: str = "to") -> None:
        """Clear the tree and say whose rows follow (``none_yet`` when there are none)."""
        self.tree.clear()
        if lead is None:
            self.heading.setText(self.noun.capitalize())
            self.empty.setText(f"Select a lead to see its {self.noun}")
        else:
            name = f"{lead.first_name} {lead.last_name}".strip() or lead.email
            self.heading.setText(f"{self.noun.capitalize()} {to} {name}")
            self.empty.setText(none_yet)
        self.empty.setVisible(not rows)

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row (tests read them)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [[item.text(c) for c in range(len(self.columns))] for item in items if item]


class AttemptsPanel(LeadRowsPanel):
    """Shows a lead's attempts (:meth:`show_attempts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("calls", COLUMNS, "Call attempts", parent)

    def show_attempts(
        self, lead: LeadInfo | None, attempts: list[AttemptInfo], timezone: str
    ) -> None:
        self._start(lead, len(attempts), "Not called yet")
        tz = zone(timezone)
        for a in attempts:
            when = a.ended_at or a.started_at or a.scheduled_at
            length = f"{a.duration_seconds // 60}:{a.duration_seconds % 60:02d}"
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(a.attempt_no),
                        local_text(when, tz),
                        outcome_text(a),
                        a.answered_by or "\N{EM DASH}",
                        length if a.duration_seconds else "\N{EM DASH}",
                        a.digits or "\N{EM DASH}",
                    ]
                )
            )
