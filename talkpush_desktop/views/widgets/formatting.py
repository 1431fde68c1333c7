"""How dates, names and numbers read in the window: in the interface language's locale
(QLocale's default, which ``views.i18n.install`` sets), the date patterns themselves
translatable ("MMM d" in English, "d MMM" in Spanish)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from talkpush_desktop.engine.timeutil import utcnow


def locale() -> QLocale:
    """The locale dates and numbers are shown in: the default one (the interface
    language's), or US English when that is the bare C locale (no grouping, no names)."""
    found = QLocale()
    return QLocale("en_US") if found.language() == QLocale.Language.C else found


def _when(when: datetime | date) -> QDateTime:
    if isinstance(when, datetime):
        return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QDateTime(QDate(when.year, when.month, when.day), QTime(0, 0))


def date_text(when: datetime | date, pattern: str) -> str:
    """``when`` in a QLocale ``pattern`` ("d MMM yyyy"), month and day names in the locale."""
    return locale().toString(_when(when), pattern)


def number_text(value: float, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal mark ("12,345.50", "12.345,50")."""
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def short_time(when: datetime, now: datetime | None = None) -> str:
    """A list-row time: "14:05" today, "Tue" this week, "Mar 27" this year, else "Mar 2023"."""
    now = now or utcnow()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if now - when < timedelta(days=6) and when < now:
        return date_text(when, "ddd")
    if when.year == now.year:
        return date_text(when, QCoreApplication.translate("Formatting", "MMM d"))
    return date_text(when, "MMM yyyy")


def long_date(when: datetime | None) -> str:
    """A profile date: "27 Mar 2024, 14:05", or an em dash when unknown."""
    if when is None:
        return "\N{EM DASH}"
    return date_text(when, QCoreApplication.translate("Formatting", "d MMM yyyy, HH:mm"))


def initials(name: str) -> str:
    """Up to two capital initials for an avatar ("Maria Santos" -> "MS"); words that start
    with a letter or digit first (an emoji is no initial)."""
    words = name.replace("-", " ").split()
    parts = [w for w in words if w[0].isalnum()] or words
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()


def count_text(n: int) -> str:
    """A count with thousands separators ("12,345")."""
    return number_text(n)


def clock_time(when: datetime) -> str:
    """A bubble time: "14:05"."""
    return when.strftime("%H:%M")


def day_heading(when: datetime, now: datetime | None = None) -> str:
    """A chat day separator: "Today", "Yesterday", "Tue 18 Nov", else "18 Nov 2025"."""
    today = (now or utcnow()).date()
    day = when.date()
    if day == today:
        return QCoreApplication.translate("Formatting", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("Formatting", "Yesterday")
    if day.year == today.year:
        return date_text(day, QCoreApplication.translate("Formatting", "ddd d MMM"))
    return date_text(day, "d MMM yyyy")


def clock(when: datetime) -> str:
    """ "9:00", "14:30"."""
    return f"{when.hour}:{when:%M}"


def when_text(when: datetime, now: datetime) -> str:
    """ "Tue 9:00" within the week ahead, else "Tue 14 Jan 9:00"."""
    if when.date() == now.date():
        return QCoreApplication.translate("Formatting", "today {time}").format(time=clock(when))
    if timedelta(0) <= when - now < timedelta(days=6):
        return f"{date_text(when, 'ddd')} {clock(when)}"
    pattern = QCoreApplication.translate("Formatting", "ddd d MMM")
    return f"{date_text(when, pattern)} {clock(when)}"


def schedule_note(when: datetime, now: datetime) -> str:
    """What a scheduled bubble says: "Scheduled for Tue 9:00 (candidate's time)"."""
    return QCoreApplication.translate(
        "Formatting", "Scheduled for {when} (candidate's time)"
    ).format(when=when_text(when, now))
