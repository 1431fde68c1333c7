"""The form's schedule: the first call (a date and time in the campaign's zone), up to ten
follow-up retries ("N days later at HH:MM"), the calling window and pace, with the
schedule drawn as a timeline as it is typed (computed by the engine's own
``schedule.build``, so the preview is what will be stored). Locked once calling started.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.outbound import schedule
from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.outbound.vocab import DEFAULT_CALLS_PER_SECOND, DEFAULT_WINDOW
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.views.outbound.schedule_timeline import ScheduleTimeline, stops_of_schedule
from talkpush_desktop.views.outbound.vocabulary import full_time_text
from talkpush_desktop.views.widgets.field_errors import FieldErrors

MAX_RETRIES = schedule.MAX_RETRIES
DEFAULT_FIRST = time(9, 0)
DEFAULT_RETRY = (0, time(14, 0))


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


class RetryRow(QWidget):
    """One follow-up retry: "[N] days after the first call, at [HH:MM]" and a remove button."""

    removed = Signal(object)
    edited = Signal()

    def __init__(self, delay_days: int, at: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSpecialValueText(self.tr("Same day"))
        self.days.valueChanged.connect(self._on_days_value_changed)
        self.days.setValue(delay_days)
        self._on_days_value_changed(delay_days)
        self.at = QTimeEdit(_qtime(at))
        self.at.setDisplayFormat(self.tr("hh:mm AP"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this retry"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.at)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.days.valueChanged.connect(self.edited)
        self.at.timeChanged.connect(self.edited)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))

    def _on_days_value_changed(self, days: int) -> None:
        self.days.setSuffix(self.tr(" day later") if days == 1 else self.tr(" days later"))

    def value(self) -> dict[str, Any]:
        return {"time": self.at.time().toString("HH:mm"), "delayDays": self.days.value()}


class ScheduleFields(QWidget):
    """The schedule part of the campaign form; ``timezone`` gives the zone typed above.

    Signals:
        changed: a schedule field changed (the timeline is redrawn).
    """

    changed = Signal()

    def __init__(
        self, errors: FieldErrors, timezone: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._retries: list[RetryRow] = []
        self._original: dict[str, Any] | None = None
        self.call_time = QDateTimeEdit()
        self.call_time.setAccessibleName(self.tr("First call time"))
        self.call_time.setDisplayFormat(self.tr("MMM dd, yyyy hh:mm AP"))
        self.call_time.setCalendarPopup(True)
        tomorrow = (utcnow() + timedelta(days=1)).date()
        self.set_call_time(datetime.combine(tomorrow, DEFAULT_FIRST))
        self.retry_box = QVBoxLayout()
        self.retry_box.setContentsMargins(0, 0, 0, 0)
        self.add_retry_button = QPushButton(self.tr("Add retry"))
        self.add_retry_button.clicked.connect(lambda: self.add_retry(*DEFAULT_RETRY))
        self.timeline = ScheduleTimeline()
        self.window_start = QTimeEdit(QTime.fromString(DEFAULT_WINDOW[0], "HH:mm"))
        self.window_end = QTimeEdit(QTime.fromString(DEFAULT_WINDOW[1], "HH:mm"))
        for edit, name in (
            (self.window_start, self.tr("Calling window from")),
            (self.window_end, self.tr("Calling window until")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0.1, 100)
        self.pace.setDecimals(1)
        self.pace.setValue(DEFAULT_CALLS_PER_SECOND)
        self.pace.setSuffix(" " + self.tr("calls/s"))
        self.pace.setAccessibleName(self.tr("Calls per second"))
        self.pace.setMaximumWidth(140)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.hide()
        self._layout(errors)
        self.call_time.dateTimeChanged.connect(self._on_edited)
        self.add_retry(*DEFAULT_RETRY)

    def _layout(self, errors: FieldErrors) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.locked_note)
        form.addRow(self.tr("First call"), self.call_time)
        form.addRow("", errors.label_for("callTime", self.tr("First call time")))
        retries = QVBoxLayout()
        retries.addLayout(self.retry_box)
        retries.addWidget(self.add_retry_button)
        form.addRow(self.tr("Follow-up retries"), retries)
        form.addRow("", errors.label_for("followUpRetries", self.tr("Follow-up retries")))
        form.addRow(self.tr("Timeline"), self.timeline)
        window = QHBoxLayout()
        window.addWidget(self.window_start)
        window.addWidget(QLabel(self.tr("to")))
        window.addWidget(self.window_end)
        window.addWidget(QLabel(self.tr("in each lead's local time")))
        window.addStretch(1)
        form.addRow(self.tr("Calling window"), window)
        form.addRow("", errors.label_for("callingWindow", self.tr("Calling window")))
        form.addRow(self.tr("Pace"), self.pace)
        form.addRow("", errors.label_for("callsPerSecond", self.tr("Pace")))

    # -- values ----------------------------------------------------------------------------

    def set_call_time(self, local: datetime) -> None:
        d = local.date()
        self.call_time.setDateTime(
            QDateTime(QDate(d.year, d.month, d.day), QTime(local.hour, local.minute))
        )

    def add_retry(self, delay_days: int, at: time) -> RetryRow | None:
        if len(self._retries) >= MAX_RETRIES:
            return None
        row = RetryRow(delay_days, at)
        row.removed.connect(self._on_retry_removed)
        row.edited.connect(self._on_edited)
        self._retries.append(row)
        self.retry_box.addWidget(row)
        self.add_retry_button.setEnabled(len(self._retries) < MAX_RETRIES)
        self._on_edited()
        return row

    @property
    def retries(self) -> list[RetryRow]:
        return list(self._retries)

    def schedule_body(self) -> dict[str, Any]:
        """``callTime`` (wall time in the campaign's zone) and ``followUpRetries``."""
        return {
            "callTime": self.call_time.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "followUpRetries": [r.value() for r in self._retries],
        }

    def dialing_body(self) -> dict[str, Any]:
        return {
            "callingWindow": {
                "start": self.window_start.time().toString("HH:mm"),
                "end": self.window_end.time().toString("HH:mm"),
            },
            "callsPerSecond": round(self.pace.value(), 1),
        }

    def changed_body(self) -> dict[str, Any]:
        """What an update sends: the schedule only when it changed (a started campaign's
        is locked), the calling window and pace always."""
        body = self.dialing_body()
        if self._original is not None and self.schedule_body() != self._original:
            body |= self.schedule_body()
        return body

    def show_campaign(self, info: CompanyCampaignInfo) -> None:
        """Fill from a stored campaign; lock the schedule once calling started."""
        for row in list(self._retries):
            self._remove(row)
        tz = schedule.zone(info.timezone)
        if info.call_start_time_utc is not None:
            self.set_call_time(schedule.to_local(info.call_start_time_utc, tz))
        for r in info.retries:
            self.add_retry(r.delay_days, schedule.to_local(r.time_utc, tz).time())
        self.window_start.setTime(QTime.fromString(info.window_start, "HH:mm"))
        self.window_end.setTime(QTime.fromString(info.window_end, "HH:mm"))
        self.pace.setValue(info.calls_per_second)
        self._original = self.schedule_body()
        started = info.calling_started_at
        if started is not None:
            when = full_time_text(schedule.to_local(started, tz))
            self.locked_note.setText(
                self.tr(
                    "Calling started {when}: the call time and follow-up retries can no "
                    "longer change."
                ).format(when=when)
            )
            self.locked_note.show()
        for widget in (self.call_time, self.add_retry_button, *self._retries):
            widget.setEnabled(started is None)
        self._on_edited()

    @property
    def locked(self) -> bool:
        return not self.call_time.isEnabled()

    # -- slots -----------------------------------------------------------------------------

    def refresh_timeline(self) -> str:
        """Redraw the timeline from the fields; returns why it cannot be computed ("")."""
        try:
            built = schedule.build(self.schedule_body(), self._timezone())
        except schedule.ScheduleError as exc:
            self.timeline.set_stops([])
            return exc.reason
        except ValueError:  # a time zone being typed
            self.timeline.set_stops([])
            return ""
        self.timeline.set_stops(stops_of_schedule(built, self._timezone(), utcnow()))
        return ""

    def _on_edited(self) -> None:
        self.refresh_timeline()
        self.changed.emit()

    def _remove(self, row: RetryRow) -> None:
        self._retries.remove(row)
        row.hide()
        row.deleteLater()
        self.add_retry_button.setEnabled(True)

    def _on_retry_removed(self, row: object) -> None:
        if isinstance(row, RetryRow) and row in self._retries:
            self._remove(row)
            self._on_edited()
