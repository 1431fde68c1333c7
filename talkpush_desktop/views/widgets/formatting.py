"""How dates, names and numbers read in the window (plain functions, no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta

from talkpush_desktop.engine.timeutil import utcnow


def short_time(when: datetime, now: datetime | None = None) -> str:
    """A list-row time: "14:05" today, "Tue" this week, "Mar 27" this year, else "Mar 2023"."""
    now = now or utcnow()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if now - when < timedelta(days=6) and when < now:
        return when.strftime("%a")
    if when.year == now.year:
        return f"{when:%b} {when.day}"
    return when.strftime("%b %Y")


def long_date(when: datetime | None) -> str:
    """A profile date: "27 Mar 2024, 14:05", or an em dash when unknown."""
    if when is None:
        return "\N{EM DASH}"
    return f"{when.day} {when:%b %Y, %H:%M}"


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
    return f"{n:,}"


def clock_time(when: datetime) -> str:
    """A bubble time: "14:05"."""
    return when.strftime("%H:%M")


def day_heading(when: datetime, now: datetime | None = None) -> str:
    """A chat day separator: "Today", "Yesterday", "Tue 18 Nov", else "18 Nov 2025"."""
    today = (now or utcnow()).date()
    day = when.date()
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    if day.year == today.year:
        return f"{day:%a} {day.day} {day:%b}"
    return f"{day.day} {day:%b %Y}"


def clock(when: datetime) -> str:
    """ "9:00", "14:30"."""
    return f"{when.hour}:{when:%M}"


def when_text(when: datetime, now: datetime) -> str:
    """ "Tue 9:00" within the week ahead, else "Tue 14 Jan 9:00"."""
    if when.date() == now.date():
        return f"today {clock(when)}"
    if timedelta(0) <= when - now < timedelta(days=6):
        return f"{when:%a} {clock(when)}"
    return f"{when:%a} {when.day} {when:%b} {clock(when)}"


def schedule_note(when: datetime, now: datetime) -> str:
    """What a scheduled bubble says: "Scheduled for Tue 9:00 (candidate's time)"."""
    return f"Scheduled for {when_text(when, now)} (candidate's time)"
