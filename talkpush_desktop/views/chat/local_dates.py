"""Dates and times as the candidate list, the conversation and the profile show them, in the
interface language: day and month names come from ``QLocale()`` (the default locale follows
the installed language), and each pattern is itself translatable, so a language puts the
day before the month ("27 mar") where it reads that way. In English they read as
``widgets.formatting`` writes them ("Mar 27", "27 Mar 2024, 14:05", "Tue 9:00").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from talkpush_desktop.engine.timeutil import utcnow


def _qt(when: datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def _format(when: datetime, pattern: str) -> str:
    return QLocale().toString(_qt(when), pattern)


def short_time(when: datetime, now: datetime | None = None) -> str:
    """A list-row time: "14:05" today, "Tue" this week, "Mar 27" this year, else "Mar 2023"."""
    now = now or utcnow()
    if when.date() == now.date():
        return _format(when, "HH:mm")
    if now - when < timedelta(days=6) and when < now:
        return _format(when, "ddd")
    if when.year == now.year:
        return _format(when, QCoreApplication.translate("Dates", "MMM d"))
    return _format(when, QCoreApplication.translate("Dates", "MMM yyyy"))


def long_date(when: datetime | None) -> str:
    """A profile date: "27 Mar 2024, 14:05", or an em dash when unknown."""
    if when is None:
        return "\N{EM DASH}"
    return _format(when, QCoreApplication.translate("Dates", "d MMM yyyy, HH:mm"))


def day_month_year(when: datetime) -> str:
    """ "27 Mar 2024" (a PIN code's last day)."""
    return _format(when, QCoreApplication.translate("Dates", "d MMM yyyy"))


def clock_time(when: datetime) -> str:
    """A bubble time: "14:05"."""
    return _format(when, "HH:mm")


def clock(when: datetime) -> str:
    """ "9:00", "14:30"."""
    return _format(when, "H:mm")


def day_heading(when: datetime, now: datetime | None = None) -> str:
    """A chat day separator: "Today", "Yesterday", "Tue 18 Nov", else "18 Nov 2025"."""
    today = (now or utcnow()).date()
    day = when.date()
    if day == today:
        return QCoreApplication.translate("Dates", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("Dates", "Yesterday")
    if day.year == today.year:
        return _format(when, QCoreApplication.translate("Dates", "ddd d MMM"))
    return _format(when, QCoreApplication.translate("Dates", "d MMM yyyy"))


def when_text(when: datetime, now: datetime) -> str:
    """ "Tue 9:00" within the week ahead, else "Tue 14 Jan 9:00"."""
    if when.date() == now.date():
        return QCoreApplication.translate("Dates", "today {clock}").format(clock=clock(when))
    if timedelta(0) <= when - now < timedelta(days=6):
        return _format(when, QCoreApplication.translate("Dates", "ddd H:mm"))
    return _format(when, QCoreApplication.translate("Dates", "ddd d MMM H:mm"))


def schedule_note(when: datetime, now: datetime) -> str:
    """What a scheduled bubble says: "Scheduled for Tue 9:00 (candidate's time)"."""
    return QCoreApplication.translate("Dates", "Scheduled for {when} (candidate's time)").format(
        when=when_text(when, now)
    )


def full_day(when: datetime) -> str:
    """ "Tuesday 18 March, 9:00" (a Send later entry's tooltip)."""
    return _format(when, QCoreApplication.translate("Dates", "dddd d MMMM, H:mm"))
