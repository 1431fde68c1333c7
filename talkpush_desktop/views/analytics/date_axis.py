"""Axes of the analytics charts: local days ("3 Nov", "Nov 2026") and hours of the day.

Day charts put a local day at x = days since 1970-01-01 (:func:`time_frame.x_of`), so a
tick is a whole day and no clock or machine time zone is involved. The day axis picks the
finest step whose labels fit the axis' width: every day, every other day, Mondays, every
other Monday, then the first of every 1, 2, 3, 6 or 12 months; from 1 day to 2 years.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyqtgraph as pg

from talkpush_desktop.views.analytics.time_frame import day_of, x_of
from talkpush_desktop.views.widgets.formatting import date_text, number_text

MONDAY_X = 4
"""x of the first Monday after the epoch (1970-01-05): Mondays are x = 4 (mod 7)."""
DAY_LABEL_PX = 56
MONTH_LABEL_PX = 72
AXIS_TEXT_COLOR = "#5d6779"
AXIS_LINE_COLOR = "#c9cfd9"


@dataclass(frozen=True, slots=True)
class Step:
    days: int = 0
    """A step of whole days (1, 2, 7, 14); 0 for a step of months."""
    months: int = 0

    @property
    def approx_days(self) -> float:
        return self.days or self.months * 30.44

    @property
    def label_px(self) -> int:
        return DAY_LABEL_PX if self.days else MONTH_LABEL_PX


STEPS = (
    Step(days=1),
    Step(days=2),
    Step(days=7),
    Step(days=14),
    Step(months=1),
    Step(months=2),
    Step(months=3),
    Step(months=6),
    Step(months=12),
)


def choose_step(span_days: float, width_px: float) -> Step:
    """The finest step whose labels do not overlap on an axis ``width_px`` wide."""
    per_day = width_px / max(span_days, 1.0)
    for step in STEPS:
        if step.approx_days * per_day >= step.label_px:
            return step
    return STEPS[-1]


def _months_from(first: date, last: date, every: int) -> list[date]:
    out: list[date] = []
    year, month = first.year, first.month
    while True:
        day = date(year, month, 1)
        if day > last:
            return out
        if day >= first and (month - 1) % every == 0:
            out.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1


def tick_days(lo: float, hi: float, step: Step) -> list[float]:
    """The x of each tick between ``lo`` and ``hi`` for ``step``."""
    first, last = math.ceil(lo), math.floor(hi)
    if last < first:
        return []
    if step.months:
        return [float(x_of(d)) for d in _months_from(day_of(first), day_of(last), step.months)]
    if step.days < 7:
        start = first + (-first) % step.days
        return [float(x) for x in range(start, last + 1, step.days)]
    start = first + (MONDAY_X - first) % 7
    if step.days == 14 and (start - MONDAY_X) // 7 % 2:
        start += 7
    return [float(x) for x in range(start, last + 1, step.days)]


def tick_text(x: float, step: Step) -> str:
    day = day_of(x)
    if step.months:
        return date_text(day, "MMM yyyy")
    return date_text(day, "d MMM")


class DayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A bottom axis of local days whose labels never crowd (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("bottom", **kwargs)
        self._step = STEPS[0]
        style(self)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        self._step = choose_step(maxVal - minVal, size)
        return [(self._step.approx_days, tick_days(minVal, maxVal, self._step))]

    def tickStrings(self, values: list[float], _scale: float, _spacing: float) -> list[str]:
        return [tick_text(x, self._step) for x in values]


def style(axis: pg.AxisItem) -> None:
    """Our axis look: grey text and a light line."""
    axis.setPen(pg.mkPen(AXIS_LINE_COLOR))
    axis.setTextPen(pg.mkPen(AXIS_TEXT_COLOR))
    axis.setStyle(tickLength=-5, tickTextOffset=6, hideOverlappingLabels=False)
    axis.enableAutoSIPrefix(False)


def hour_ticks() -> list[list[tuple[float, str]]]:
    """Hour-of-day axis ticks: a label every 3 hours ("09:00"), a tick every hour."""
    major = [(float(h), f"{h:02d}:00") for h in range(0, 24, 3)]
    minor = [(float(h), "") for h in range(24) if h % 3]
    return [major, minor]


def name_ticks(names: list[str], limit: int = 22) -> list[list[tuple[float, str]]]:
    """Category ticks for bars at 0, 1, 2 ... (long names shortened with an ellipsis)."""
    short = [n if len(n) <= limit else n[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}" for n in names]
    return [[(float(i), text) for i, text in enumerate(short)]]


def value_scale(highest: float, most: int = 7, *, whole: bool = False) -> tuple[float, list[float]]:
    """A round top a little above ``highest`` and the ticks from 0 to it: the lowest top
    reached in 3 to ``most`` steps of 1, 2, 2.5 or 5 times a power of ten (no 2.5 between
    small whole counts). ``whole``: the values are counts, steps are whole numbers."""
    if highest <= 0 or not math.isfinite(highest):
        return (4.0, [0.0, 1.0, 2.0, 3.0, 4.0]) if whole else (1.0, [0.0, 0.5, 1.0])
    target = highest * 1.05
    magnitude = 10 ** math.floor(math.log10(target / 5))
    if whole:
        magnitude = max(magnitude, 1)
    best: tuple[float, int, float] | None = None
    for m in (1, 2, 2.5, 5, 10):
        if m == 2.5 and magnitude == 1:
            continue
        step = m * magnitude
        count = math.ceil(target / step)
        if 3 <= count <= most and (best is None or (count * step, count) < best[:2]):
            best = (count * step, count, step)
    if best is None:  # a few whole counts (1 or 2): steps of one
        best = (float(max(math.ceil(target), 3)), 0, 1.0)
    top, _count, step = best
    return round(top, 10), [round(i * step, 10) for i in range(int(top / step + 0.5) + 1)]


def tick_label(value: float, step: float) -> str:
    """A value tick as it reads: "1,500", "0.5", "2.25"."""
    if float(step).is_integer():
        return number_text(round(value))
    decimals = len(f"{step:.6f}".rstrip("0").partition(".")[2])
    return number_text(value, decimals)
