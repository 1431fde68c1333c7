"""``jobDetails``: the purpose's block of a campaign (see docs/company-campaigns.md).

``ASSESSMENT_REMINDER`` takes the seed's assessment keys (``assessmentTestId`` and
``jobTitle`` required); the other purposes take the job copy: ``jobTitle`` (required),
``jobDescription``, ``jobLocation``, and ``interviewSlots`` (1–8 slot labels the lead picks
by keypad 1–8; required for ``SCHEDULE``) or ``meetingUrl`` (required for
``ONLINE_INTERVIEW``). The assessment keys may also come at the top level of a body
(duplicates for convenience; ``jobDetails`` wins).
"""

from __future__ import annotations

from typing import Any

from talkpush_desktop.engine.outbound.bodies.fields import Fields
from talkpush_desktop.engine.outbound.errors import not_allowed
from talkpush_desktop.engine.outbound.vocab import (
    ASSESSMENT_REMINDER,
    INTEREST_CHECK,
    ONLINE_INTERVIEW,
    SCHEDULE,
)

ASSESSMENT_KEYS = (
    "assessmentTestId",
    "jobTitle",
    "assessmentName",
    "assessmentReminderSmsTemplate",
    "assessmentPostCallSmsTemplate",
    "autoAddInvitedCandidates",
    "assessmentFirstReminderDelayHours",
)
TOP_LEVEL_DUPLICATES = (
    "assessmentTestId",
    "assessmentReminderSmsTemplate",
    "assessmentPostCallSmsTemplate",
    "autoAddInvitedCandidates",
    "assessmentFirstReminderDelayHours",
)
JOB_KEYS = ("jobTitle", "jobDescription", "jobLocation", "meetingUrl", "interviewSlots")
REQUIRED: dict[str, tuple[str, ...]] = {
    ASSESSMENT_REMINDER: ("assessmentTestId", "jobTitle"),
    INTEREST_CHECK: ("jobTitle",),
    SCHEDULE: ("jobTitle", "interviewSlots"),
    ONLINE_INTERVIEW: ("jobTitle", "meetingUrl"),
}
SMS_MAX = 300
DELAY_MAX_HOURS = 168
MAX_SLOTS = 8


def allowed_keys(purpose: str) -> tuple[str, ...]:
    return ASSESSMENT_KEYS if purpose == ASSESSMENT_REMINDER else JOB_KEYS


def _slots(f: Fields) -> list[str] | None:
    items = f.array("interviewSlots", max_items=MAX_SLOTS, min_items=1)
    if items is None:
        return None
    slots = []
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or len(item.strip()) > 100:
            f.fail(f"interviewSlots.{i}", f'"interviewSlots[{i}]" must be a non-empty string')
            return None
        slots.append(item.strip())
    return slots


def _url(f: Fields) -> str | None:
    url = f.string("meetingUrl", max_len=2000)
    if url is not None and not url.lower().startswith(("https://", "http://")):
        f.fail("meetingUrl", '"meetingUrl" must be a valid uri')
        return None
    return url


def read(f: Fields, keys: tuple[str, ...]) -> dict[str, Any]:
    """The values of ``keys`` present in ``f`` (failures recorded there)."""
    readers: dict[str, Any] = {
        "assessmentTestId": lambda: f.text_or_number("assessmentTestId"),
        "jobTitle": lambda: f.string("jobTitle", max_len=200),
        "assessmentName": lambda: f.string("assessmentName", max_len=200, allow_empty=True),
        "assessmentReminderSmsTemplate": lambda: f.string(
            "assessmentReminderSmsTemplate", max_len=SMS_MAX, allow_empty=True
        ),
        "assessmentPostCallSmsTemplate": lambda: f.string(
            "assessmentPostCallSmsTemplate", max_len=SMS_MAX, allow_empty=True
        ),
        "autoAddInvitedCandidates": lambda: f.boolean("autoAddInvitedCandidates"),
        "assessmentFirstReminderDelayHours": lambda: _hours(f),
        "jobDescription": lambda: f.string("jobDescription", max_len=5000, allow_empty=True),
        "jobLocation": lambda: f.string("jobLocation", max_len=200, allow_empty=True),
        "meetingUrl": lambda: _url(f),
        "interviewSlots": lambda: _slots(f),
    }
    values = {}
    for key in keys:
        if f.has(key):
            value = readers[key]()
            if value is not None:
                values[key] = value
    return values


def _hours(f: Fields) -> int | float | None:
    hours = f.number("assessmentFirstReminderDelayHours", low=0, high=DELAY_MAX_HOURS)
    if hours is None:
        return None
    return int(hours) if hours.is_integer() else hours


def purpose_mismatch(body: dict[str, Any] | Any, purpose: str, keys: tuple[str, ...]) -> None:
    """PURPOSE_NOT_ALLOWED_FOR_PARTNER for keys of another purpose's block in ``body``."""
    wrong = [k for k in keys if k in body and k not in allowed_keys(purpose)]
    if wrong:
        raise not_allowed(
            f'"{wrong[0]}" does not apply to a {purpose} campaign'
            + (
                " (it is for ASSESSMENT_REMINDER campaigns)"
                if purpose != ASSESSMENT_REMINDER
                else ""
            )
            + "."
        )


def for_create(top: Fields, purpose: str) -> dict[str, Any]:
    """The campaign's ``jobDetails`` from a create body (failures recorded in ``top``)."""
    duplicates = read(top, TOP_LEVEL_DUPLICATES) if purpose == ASSESSMENT_REMINDER else {}
    nested = top.nested("jobDetails")
    if nested is None:
        if "jobDetails" not in top.body or top.body.get("jobDetails") is None:
            top.fail("jobDetails", '"jobDetails" is required')
        return duplicates
    nested.only(allowed_keys(purpose))
    values = duplicates | read(nested, allowed_keys(purpose))
    for key in REQUIRED.get(purpose, ()):
        if key not in values and nested.path(key) not in top.errors:
            nested.fail(key, f'"{key}" is required')
    return values


def for_update(top: Fields, purpose: str, current: dict[str, Any]) -> dict[str, Any] | None:
    """The campaign's new ``jobDetails`` from an update body (None: unchanged): the
    top-level keys (``jobName``/``jobTitle`` and the assessment duplicates) then
    ``jobDetails`` merged over the current block."""
    changes: dict[str, Any] = {}
    if purpose == ASSESSMENT_REMINDER:
        changes |= read(top, (*TOP_LEVEL_DUPLICATES, "assessmentName"))
    for alias in ("jobName", "jobTitle"):
        title = top.string(alias, max_len=200)
        if title is not None:
            changes["jobTitle"] = title
    nested = top.nested("jobDetails")
    if nested is not None:
        nested.only(allowed_keys(purpose))
        changes |= read(nested, allowed_keys(purpose))
    if not changes:
        return None
    return dict(current) | changes
