"""The intake's fixed vocabularies as shown: candidate fields (the engine's
``FIELD_LABELS``) and the polling statuses of sheets and Lead Ads, translated; and the
time of a poll in the interface language's format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from talkpush_desktop.engine.intake.column_mapping import FIELD_LABELS
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("CandidateField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("CandidateField", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("CandidateField", "Full name"),
    "email": QT_TRANSLATE_NOOP("CandidateField", "Email"),
    "country_code": QT_TRANSLATE_NOOP("CandidateField", "Country code"),
    "phone": QT_TRANSLATE_NOOP("CandidateField", "Phone"),
    "referee": QT_TRANSLATE_NOOP("CandidateField", "Referee"),
    "timestamp": QT_TRANSLATE_NOOP("CandidateField", "Timestamp"),
    "location": QT_TRANSLATE_NOOP("CandidateField", "Location"),
    "education": QT_TRANSLATE_NOOP("CandidateField", "Education"),
    "years_of_experience": QT_TRANSLATE_NOOP("CandidateField", "Years of experience"),
    "referee_email": QT_TRANSLATE_NOOP("CandidateField", "Referee email"),
    "referee_phone": QT_TRANSLATE_NOOP("CandidateField", "Referee phone"),
    "referee_id": QT_TRANSLATE_NOOP("CandidateField", "Referee employee ID"),
    "referee_account": QT_TRANSLATE_NOOP("CandidateField", "Referee account"),
}


POLL_STATUSES = {
    "new": QT_TRANSLATE_NOOP("PollStatus", "new"),
    "ok": QT_TRANSLATE_NOOP("PollStatus", "ok"),
    "error": QT_TRANSLATE_NOOP("PollStatus", "error"),
    "changed": QT_TRANSLATE_NOOP("PollStatus", "changed"),
    "token_expired": QT_TRANSLATE_NOOP("PollStatus", "token_expired"),
    "rate_limited": QT_TRANSLATE_NOOP("PollStatus", "rate_limited"),
}


def poll_status(status: str, error: str | None) -> str:
    """A sheet's or an ad's status as shown, with its last error (engine text) after it."""
    shown = status
    if status in POLL_STATUSES:
        shown = QCoreApplication.translate("PollStatus", POLL_STATUSES[status])
    return f"{shown}: {error}" if error else shown


def poll_time(iso: str | None) -> str:
    """When a sheet or ad was last polled (UTC), in the locale's short format."""
    if not iso:
        return QCoreApplication.translate("PollStatus", "never")
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso.replace("T", " ")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def field_name(field: str) -> str:
    """``field``'s name in the interface language (an unknown field: as the engine names it)."""
    if field in FIELD_NAMES:
        return QCoreApplication.translate("CandidateField", FIELD_NAMES[field])
    return FIELD_LABELS.get(field, field)
