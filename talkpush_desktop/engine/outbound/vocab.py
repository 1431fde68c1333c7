"""The words of company campaigns: purposes, call types, statuses, lead buckets, outcomes."""

from __future__ import annotations

from datetime import UTC, datetime

SCHEDULE = "SCHEDULE"
ONLINE_INTERVIEW = "ONLINE_INTERVIEW"
INTEREST_CHECK = "INTEREST_CHECK"
ASSESSMENT_REMINDER = "ASSESSMENT_REMINDER"
PURPOSES = (SCHEDULE, ONLINE_INTERVIEW, INTEREST_CHECK, ASSESSMENT_REMINDER)
CALLING_PURPOSES = PURPOSES
"""Purposes whose campaigns call in bulk (a first execution time is required)."""
ASSESSMENT_PURPOSES = (ASSESSMENT_REMINDER,)
"""Purposes that track whether a lead submitted the assessment."""

IVR = "IVR"
AI_CALL = "AICall"
CALL_TYPES = {"ivr": IVR, "aicall": AI_CALL}
"""Accepted call types by their lowercased spelling (the API is case-insensitive)."""

RUNNING = "RUNNING"
PAUSED = "PAUSED"
COMPLETED = "COMPLETED"
DRAFT = "DRAFT"
STATUSES = (RUNNING, PAUSED, COMPLETED, DRAFT)

UTC_BASIS = "UTC"
LOCAL_BASIS = "LOCAL"

PENDING = "Pending"
INTERESTED = "Interested"
NOT_INTERESTED = "NotInterested"
NO_ANSWER = "NoAnswer"
LEAD_BUCKETS = (PENDING, INTERESTED, NOT_INTERESTED, NO_ANSWER)
FLOW_PENDING = "Pending"
FLOW_IN_PROGRESS = "InProgress"
FLOW_COMPLETED = "Completed"
SUBMITTED = "Submitted"
NOT_SUBMITTED = "Not submitted"

VERIFIED = "VERIFIED"
PENDING_VERIFICATION = "PENDING"

ANSWERED = "answered"
NOT_ANSWERED_OUTCOMES = frozenset({"no-answer", "busy", "failed", "machine", "canceled"})
"""Dial outcomes that count as not reached (a voicemail is a machine)."""

DEFAULT_WINDOW = ("08:00", "21:00")
DEFAULT_CALLS_PER_SECOND = 1.0


def iso_z(when: datetime | None) -> str | None:
    """A naive UTC time as the seed writes it: ``2025-04-01T12:00:00.000Z``."""
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when.isoformat(timespec="milliseconds") + "Z"
