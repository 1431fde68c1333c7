"""A schedule drawn as a timeline: the first call and each follow-up retry as a dot on a
line, with its day and time in the campaign's zone below and how long after the first call
above. Passed executions are grey, the next one is the accent colour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.outbound.schedule import Schedule, to_local, zone
from talkpush_desktop.views.outbound.vocabulary import day_time_text
from talkpush_desktop.views.style import ACCENT, BORDER, TEXT, TEXT_MUTED, TEXT_SECONDARY

DOT = 6
MARGIN = 8


@dataclass(frozen=True, slots=True)
class Stop:
    """One execution: its name ("First call", "Retry 1"), when (campaign zone) and
    whether it passed (grey) or is the next one (accent)."""

    name: str
    when: str
    passed: bool = False
    next: bool = False


def stops_of(
    first_utc: datetime | None, retries_utc: list[datetime], timezone: str, now: datetime
) -> list[Stop]:
    """The timeline's stops (times naive UTC; ``now`` too)."""
    if first_utc is None:
        return []
    tz = zone(timezone)
    times = [first_utc, *retries_utc]
    upcoming = next((t for t in times if t >= now), None)
    stops = []
    for i, t in enumerate(times):
        local = to_local(t, tz)
        days = (local.date() - to_local(first_utc, tz).date()).days
        stops.append(Stop(_stop_name(i, days), day_time_text(local), t < now, t == upcoming))
    return stops


def _stop_name(i: int, days: int) -> str:
    """ "First call", "Retry 1 · same day", "Retry 2 · +3 days"."""
    if i == 0:
        return QCoreApplication.translate("ScheduleTimeline", "First call")
    if days == 0:
        later = QCoreApplication.translate("ScheduleTimeline", "same day")
    elif days == 1:
        later = QCoreApplication.translate("ScheduleTimeline", "next day")
    else:
        later = QCoreApplication.translate("ScheduleTimeline", "+{days} days").format(days=days)
    retry = QCoreApplication.translate("ScheduleTimeline", "Retry {n}").format(n=i)
    return f"{retry} \N{MIDDLE DOT} {later}"


def stops_of_schedule(built: Schedule | None, timezone: str, now: datetime) -> list[Stop]:
    if built is None:
        return []
    return stops_of(built.first_utc, [r.time_utc for r in built.retries], timezone, now)


def stops_of_campaign(info: CompanyCampaignInfo, now: datetime) -> list[Stop]:
    return stops_of(
        info.call_start_time_utc, [r.time_utc for r in info.retries], info.timezone, now
    )


class ScheduleTimeline(QWidget):
    """Paints the stops it is given (:meth:`set_stops`); says so when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleTimeline")
        self.setAccessibleName(self.tr("Call schedule"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._stops: list[Stop] = []

    @property
    def stops(self) -> list[Stop]:
        return list(self._stops)

    def set_stops(self, stops: list[Stop]) -> None:
        self._stops = list(stops)
        self.setToolTip("\n".join(f"{s.name}: {s.when}" for s in stops))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, self.fontMetrics().height() * 3 + 3 * DOT + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        line_h = self.fontMetrics().height()
        mid = MARGIN // 2 + line_h + DOT + 2
        if not self._stops:
            p.setPen(TEXT_MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No call time set"))
            return
        n = len(self._stops)
        slot = (self.width() - 2 * MARGIN) / n
        xs = [MARGIN + slot * (i + 0.5) for i in range(n)]
        p.setPen(QPen(BORDER, 2))
        if n > 1:
            p.drawLine(QPointF(xs[0], mid), QPointF(xs[-1], mid))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for x, stop in zip(xs, self._stops, strict=True):
            color = ACCENT if stop.next else (TEXT_MUTED if stop.passed else TEXT_SECONDARY)
            p.setPen(QPen(color, 2))
            p.setBrush(color if (stop.next or stop.passed) else self.palette().base())
            p.drawEllipse(QPointF(x, mid), DOT, DOT)
            p.setFont(small)
            p.setPen(TEXT_SECONDARY if not stop.passed else TEXT_MUTED)
            top = QRectF(x - slot / 2, mid - DOT - 2 - line_h, slot, line_h)
            p.drawText(top, Qt.AlignmentFlag.AlignCenter, stop.name)
            p.setPen(TEXT if not stop.passed else TEXT_MUTED)
            below = QRectF(x - slot / 2, mid + DOT + 2, slot, line_h)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, stop.when)
