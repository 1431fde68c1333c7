"""The calls made to the lead selected in the leads table: each attempt's time (campaign
zone), outcome, who answered, the length and the keys pressed. A lead has a handful of
attempts (a first call and up to ten retries), so a plain tree lists them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.vocabulary import (
    ATTEMPT_STATE_NAMES,
    OUTCOME_NAMES,
    day_time_text,
    name_in,
)

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("AttemptsPanel", "When"),
    QT_TRANSLATE_NOOP("AttemptsPanel", "Outcome"),
    QT_TRANSLATE_NOOP("AttemptsPanel", "By"),
    QT_TRANSLATE_NOOP("AttemptsPanel", "Length"),
    QT_TRANSLATE_NOOP("AttemptsPanel", "Keys"),
)


def local_text(when: datetime, tz: ZoneInfo) -> str:
    """A naive UTC time in ``tz`` as the panels show it: ``Dec 7, 9:00 AM``."""
    return day_time_text(to_local(when, tz))


def outcome_text(a: AttemptInfo) -> str:
    if a.state != "done":
        return name_in(ATTEMPT_STATE_NAMES, a.state, a.state.capitalize())
    return name_in(OUTCOME_NAMES, a.outcome or "", a.outcome or "\N{EM DASH}")


class LeadRowsPanel(QWidget):
    """A heading, a note when there is nothing, and a plain tree of a lead's rows (a
    handful). ``titles``, translated: the heading ("Calls"), the heading with a lead
    ("Calls to {name}") and the note before a lead is chosen."""

    def __init__(
        self,
        titles: tuple[str, str, str],
        columns: tuple[str, ...],
        accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.titles, self.columns = titles, columns
        self.heading = QLabel(titles[0])
        self.heading.setObjectName("sectionTitle")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(accessible)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(list(columns))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(titles[2])
        self.empty.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def _start(self, lead: LeadInfo | None, rows: int, none_yet: str) -> None:
        """Clear the tree and say whose rows follow (``none_yet`` when there are none)."""
        self.tree.clear()
        if lead is None:
            self.heading.setText(self.titles[0])
            self.empty.setText(self.titles[2])
        else:
            name = f"{lead.first_name} {lead.last_name}".strip() or lead.email
            self.heading.setText(self.titles[1].format(name=name))
            self.empty.setText(none_yet)
        self.empty.setVisible(not rows)

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row (tests read them)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [[item.text(c) for c in range(len(self.columns))] for item in items if item]


class AttemptsPanel(LeadRowsPanel):
    """Shows a lead's attempts (:meth:`show_attempts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        titles = (
            QCoreApplication.translate("AttemptsPanel", "Calls"),
            QCoreApplication.translate("AttemptsPanel", "Calls to {name}"),
            QCoreApplication.translate("AttemptsPanel", "Select a lead to see its calls"),
        )
        columns = tuple(QCoreApplication.translate("AttemptsPanel", c) for c in COLUMNS)
        accessible = QCoreApplication.translate("AttemptsPanel", "Call attempts")
        super().__init__(titles, columns, accessible, parent)

    def show_attempts(
        self, lead: LeadInfo | None, attempts: list[AttemptInfo], timezone: str
    ) -> None:
        self._start(lead, len(attempts), self.tr("Not called yet"))
        tz = zone(timezone)
        for a in attempts:
            when = a.ended_at or a.started_at or a.scheduled_at
            minutes = QLocale().toString(a.duration_seconds // 60)
            length = f"{minutes}:{a.duration_seconds % 60:02d}"
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
