"""The calls made to the lead selected in the leads table: each attempt's time (campaign
zone), outcome, who answered, the length and the keys pressed. A lead has a handful of
attempts (a first call and up to ten retries), so a plain tree lists them."""

from __future__ import annotations

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


def outcome_text(a: AttemptInfo) -> str:
    if a.state != "done":
        return STATE_NAMES.get(a.state, a.state.capitalize())
    return OUTCOME_NAMES.get(a.outcome, a.outcome or "\N{EM DASH}")


class AttemptsPanel(QWidget):
    """Shows a lead's attempts (:meth:`show_attempts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Calls")
        self.heading.setObjectName("sectionTitle")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Call attempts")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel("Select a lead to see its calls")
        self.empty.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def show_attempts(
        self, lead: LeadInfo | None, attempts: list[AttemptInfo], timezone: str
    ) -> None:
        self.tree.clear()
        if lead is None:
            self.heading.setText("Calls")
            self.empty.setText("Select a lead to see its calls")
        else:
            name = f"{lead.first_name} {lead.last_name}".strip() or lead.email
            self.heading.setText(f"Calls to {name}")
            self.empty.setText("Not called yet")
        self.empty.setVisible(not attempts)
        tz = zone(timezone)
        for a in attempts:
            when = to_local(a.ended_at or a.started_at or a.scheduled_at, tz)
            length = f"{a.duration_seconds // 60}:{a.duration_seconds % 60:02d}"
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(a.attempt_no),
                        f"{when:%b} {when.day}, {when:%I:%M %p}".replace(", 0", ", "),
                        outcome_text(a),
                        a.answered_by or "\N{EM DASH}",
                        length if a.duration_seconds else "\N{EM DASH}",
                        a.digits or "\N{EM DASH}",
                    ]
                )
            )

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row (tests read them)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [[item.text(c) for c in range(len(COLUMNS))] for item in items if item]
