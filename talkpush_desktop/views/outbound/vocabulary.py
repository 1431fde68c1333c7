"""The company campaigns' fixed words as shown, translated (the engine keeps its own codes:
purposes, call types, statuses, lead buckets, flows, call outcomes, text kinds and states),
and their times written as the interface language writes them (QLocale)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from talkpush_desktop.engine.outbound.vocab import (
    AI_CALL,
    COMPLETED,
    DRAFT,
    IVR,
    NO_ANSWER,
    NOT_INTERESTED,
    PAUSED,
    RUNNING,
)
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Outbound"
PURPOSE_NAMES = {
    "INTEREST_CHECK": QT_TRANSLATE_NOOP("Outbound", "Interest check"),
    "SCHEDULE": QT_TRANSLATE_NOOP("Outbound", "Interview scheduling"),
    "ONLINE_INTERVIEW": QT_TRANSLATE_NOOP("Outbound", "Online interview"),
    "ASSESSMENT_REMINDER": QT_TRANSLATE_NOOP("Outbound", "Assessment reminder"),
}
CALL_TYPE_NAMES = {
    IVR: QT_TRANSLATE_NOOP("Outbound", "IVR (keypad)"),
    AI_CALL: QT_TRANSLATE_NOOP("Outbound", "AI call"),
}
STATUS_NAMES = {
    RUNNING: QT_TRANSLATE_NOOP("Outbound", "Running"),
    PAUSED: QT_TRANSLATE_NOOP("Outbound", "Paused"),
    COMPLETED: QT_TRANSLATE_NOOP("Outbound", "Completed"),
    DRAFT: QT_TRANSLATE_NOOP("Outbound", "Draft"),
}
START_STATUSES = {
    RUNNING: QT_TRANSLATE_NOOP("Outbound", "Running: call at the scheduled times"),
    PAUSED: QT_TRANSLATE_NOOP("Outbound", "Paused: resume it to call"),
    DRAFT: QT_TRANSLATE_NOOP("Outbound", "Draft"),
}
LEAD_STATUS_NAMES = {
    "Pending": QT_TRANSLATE_NOOP("Outbound", "Pending"),
    "Interested": QT_TRANSLATE_NOOP("Outbound", "Interested"),
    NOT_INTERESTED: QT_TRANSLATE_NOOP("Outbound", "Not interested"),
    NO_ANSWER: QT_TRANSLATE_NOOP("Outbound", "No answer"),
}
FLOW_NAMES = {
    "Pending": QT_TRANSLATE_NOOP("Outbound", "Pending"),
    "InProgress": QT_TRANSLATE_NOOP("Outbound", "In progress"),
    "Completed": QT_TRANSLATE_NOOP("Outbound", "Completed"),
}
OUTCOME_NAMES = {
    "answered": QT_TRANSLATE_NOOP("Outbound", "Answered"),
    "no-answer": QT_TRANSLATE_NOOP("Outbound", "No answer"),
    "busy": QT_TRANSLATE_NOOP("Outbound", "Busy"),
    "failed": QT_TRANSLATE_NOOP("Outbound", "Failed"),
    "machine": QT_TRANSLATE_NOOP("Outbound", "Voicemail"),
    "canceled": QT_TRANSLATE_NOOP("Outbound", "Canceled"),
    "skipped": QT_TRANSLATE_NOOP("Outbound", "Skipped"),
}
ATTEMPT_STATE_NAMES = {
    "queued": QT_TRANSLATE_NOOP("Outbound", "Scheduled"),
    "dialing": QT_TRANSLATE_NOOP("Outbound", "Calling\u2026"),
}
TEXT_KIND_NAMES = {
    "reminder": QT_TRANSLATE_NOOP("Outbound", "Reminder"),
    "post_call": QT_TRANSLATE_NOOP("Outbound", "After the call"),
}
TEXT_STATE_NAMES = {
    "queued": QT_TRANSLATE_NOOP("Outbound", "Queued"),
    "sending": QT_TRANSLATE_NOOP("Outbound", "Sending\u2026"),
    "sent": QT_TRANSLATE_NOOP("Outbound", "Sent"),
    "skipped": QT_TRANSLATE_NOOP("Outbound", "Skipped"),
    "failed": QT_TRANSLATE_NOOP("Outbound", "Failed"),
}
CALLER_STATUS_NAMES = {
    "PENDING": QT_TRANSLATE_NOOP("Outbound", "pending"),
    "FAILED": QT_TRANSLATE_NOOP("Outbound", "failed"),
}


def name_in(table: dict[str, str], code: str, fallback: str | None = None) -> str:
    """``code``'s name from ``table`` in the interface language (else ``fallback``, else
    the code as the engine spells it)."""
    if code in table:
        return QCoreApplication.translate(CONTEXT, table[code])
    return code if fallback is None else fallback


def _qt(local: datetime) -> QDateTime:
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def day_time_text(local: datetime) -> str:
    """A wall time without its year, as the language writes it ("Dec 7, 9:00 AM")."""
    pattern = QCoreApplication.translate("Outbound", "MMM d, h:mm AP")
    return QLocale().toString(_qt(local), pattern)


def day_clock_text(local: datetime, pattern: str = "") -> str:
    """A wall time on the 24-hour clock without its year ("Dec 6, 18:31"), or in
    ``pattern`` (a QDateTime format the caller translated)."""
    pattern = pattern or QCoreApplication.translate("Outbound", "MMM d, HH:mm")
    return QLocale().toString(_qt(local), pattern)


def full_time_text(local: datetime) -> str:
    """A wall time with its year ("Jun 01, 2025 11:00 AM")."""
    pattern = QCoreApplication.translate("Outbound", "MMM dd, yyyy h:mm AP")
    return QLocale().toString(_qt(local), pattern)


def leads_text(n: int) -> str:
    """ "1 lead", "1,204 leads"."""
    if n == 1:
        return QCoreApplication.translate("Outbound", "1 lead")
    return QCoreApplication.translate("Outbound", "{count} leads").format(
        count=QLocale().toString(n)
    )
