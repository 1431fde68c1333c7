"""The Analytics window's time frames and how its figures read (in the interface language's
locale: ``views.widgets.formatting``).

A frame is whole local days of the company's time zone, ``start`` to ``end``, both included,
as :meth:`Workspace.dashboard` takes them. "Today" is the company's today, not the machine's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.formatting import date_text, number_text

EPOCH_DAY = date(1970, 1, 1)
"""Day charts put a day at x = days since this one (a plain number, exact to the day)."""


@dataclass(frozen=True, slots=True)
class Preset:
    key: str
    label: str
    """Marked for translation (context ``TimeFrame``); :func:`preset_label` translates it."""
    days: int | None = None
    """The frame's length in days ending today; None: computed (this year) or chosen."""


PRESETS: tuple[Preset, ...] = (
    Preset("today", QT_TRANSLATE_NOOP("TimeFrame", "Today"), 1),
    Preset("7d", QT_TRANSLATE_NOOP("TimeFrame", "Last 7 days"), 7),
    Preset("30d", QT_TRANSLATE_NOOP("TimeFrame", "Last 30 days"), 30),
    Preset("90d", QT_TRANSLATE_NOOP("TimeFrame", "Last 90 days"), 90),
    Preset("year", QT_TRANSLATE_NOOP("TimeFrame", "This year")),
    Preset("2y", QT_TRANSLATE_NOOP("TimeFrame", "Last 2 years")),
    Preset("custom", QT_TRANSLATE_NOOP("TimeFrame", "Custom…")),
)
DEFAULT_PRESET = "30d"
MAX_DAYS = 366 * 2 + 1
"""The longest frame the window asks for (a custom frame is clipped to it)."""


def zone_text(zone: str, now: datetime | None = None) -> str:
    """ "Asia/Manila (UTC+08:00)": how the toolbar names the zone the figures are in."""
    moment = now or datetime.now(UTC)
    try:
        offset = moment.astimezone(ZoneInfo(zone or "UTC")).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return QCoreApplication.translate("TimeFrame", "{zone} (unknown zone, UTC used)").format(
            zone=zone
        )
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "\N{MINUS SIGN}"
    hours, rest = divmod(abs(minutes), 60)
    return f"{zone or 'UTC'} (UTC{sign}{hours:02d}:{rest:02d})"


def preset_label(preset: Preset) -> str:
    """How the time frame box names ``preset``, in the interface language."""
    return QCoreApplication.translate("TimeFrame", preset.label)


def preset_frame(key: str, today: date) -> tuple[date, date]:
    """The first and last day of a preset frame ending ``today`` (``custom``: 30 days)."""
    preset = next((p for p in PRESETS if p.key == key), None)
    if preset is None:
        raise ValueError(f"unknown time frame: {key!r}")
    if preset.days is not None:
        return today - timedelta(days=preset.days - 1), today
    if key == "year":
        return date(today.year, 1, 1), today
    if key == "2y":
        try:
            two_years_ago = today.replace(year=today.year - 2)
        except ValueError:  # 29 February
            two_years_ago = today.replace(year=today.year - 2, day=28)
        return two_years_ago + timedelta(days=1), today
    return today - timedelta(days=29), today


def clip_frame(start: date, end: date) -> tuple[date, date]:
    """A chosen frame put in order and kept to ``MAX_DAYS`` (the later days are kept)."""
    if end < start:
        start, end = end, start
    if (end - start).days + 1 > MAX_DAYS:
        start = end - timedelta(days=MAX_DAYS - 1)
    return start, end


def x_of(day: date) -> int:
    return (day - EPOCH_DAY).days


def day_of(x: float) -> date:
    return EPOCH_DAY + timedelta(days=round(x))


def day_text(day: date) -> str:
    """ "Tue 3 Nov 2026"."""
    return date_text(day, "ddd d MMM yyyy")


def frame_text(start: date, end: date) -> str:
    """ "3 Nov – 2 Dec 2026", "3 Nov 2025 – 2 Dec 2026", or one day "Tue 3 Nov 2026"."""
    if start == end:
        return day_text(start)
    dash = " \N{EN DASH} "
    if start.year == end.year:
        return f"{date_text(start, 'd MMM')}{dash}{date_text(end, 'd MMM yyyy')}"
    return f"{date_text(start, 'd MMM yyyy')}{dash}{date_text(end, 'd MMM yyyy')}"


def days_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("TimeFrame", "1 day")
    return QCoreApplication.translate("TimeFrame", "{count} days").format(count=number_text(n))


def count_value(value: float) -> str:
    """An event count ("42", "1,204"); a fraction keeps two decimals ("1.53")."""
    if float(value).is_integer():
        return number_text(int(value))
    return number_text(value, 2)


def rate_value(value: float | None, none_text: str) -> str:
    """ "37.5 %", or what a rate with nothing to divide by means ("no completions")."""
    return none_text if value is None else f"{number_text(value * 100, 1)} %"


def hours_value(value: float | None) -> str:
    """ "17.5 h" ("no decision" when there is none)."""
    if value is None:
        return QCoreApplication.translate("TimeFrame", "no decision")
    return f"{number_text(value, 1)} h"


def hour_range(hour: int) -> str:
    """ "14:00\N{EN DASH}15:00"."""
    return f"{hour:02d}:00\N{EN DASH}{(hour + 1) % 24:02d}:00"


def campaigns_text(chosen: Sequence[int] | None, titles: dict[int, str]) -> str:
    """The campaign filter's caption: "All campaigns", one title, or "3 campaigns"."""
    if chosen is None:
        return QCoreApplication.translate("TimeFrame", "All campaigns")
    if len(chosen) == 1:
        fallback = QCoreApplication.translate("TimeFrame", "Campaign {id}")
        return titles.get(chosen[0]) or fallback.format(id=chosen[0])
    if not chosen:
        return QCoreApplication.translate("TimeFrame", "No campaign")
    return QCoreApplication.translate("TimeFrame", "{count} campaigns").format(count=len(chosen))
