"""The create and update bodies of a company campaign, checked with the seed's strictness
(unknown keys refused, every failure under its path) and turned into column values.

Keys beyond the seed (documented in docs/company-campaigns.md): ``callingWindow``
(``{"start": "08:00", "end": "21:00"}``, the lead's local hours the dialer may call in) and
``callsPerSecond`` (the dialer's pace, default 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from talkpush_desktop.engine.outbound import schedule
from talkpush_desktop.engine.outbound.bodies import job_details
from talkpush_desktop.engine.outbound.bodies.fields import Fields
from talkpush_desktop.engine.outbound.errors import invalid
from talkpush_desktop.engine.outbound.vocab import (
    CALL_TYPES,
    PURPOSES,
    RUNNING,
    STATUSES,
    UTC_BASIS,
    iso_z,
)

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo

SCHEDULE_KEYS = ("callTime", "followUpRetries", "callStartTimeUtc", "retryScheduleUtc")
DIALING_KEYS = ("callingWindow", "callsPerSecond")
CREATE_KEYS = frozenset(
    {
        "title",
        "timezone",
        "companySiteId",
        "phoneNumber",
        "openingMessage",
        "closingMessage",
        "purposeType",
        "jobDetails",
        "callType",
        "aiCallScript",
        "questions",
        "status",
        *SCHEDULE_KEYS,
        *job_details.TOP_LEVEL_DUPLICATES,
        *DIALING_KEYS,
    }
)
UPDATE_KEYS = frozenset(
    {
        "title",
        "campaignName",
        "header",
        "jobName",
        "jobTitle",
        "assessmentName",
        "jobDetails",
        "phoneNumber",
        "openingMessage",
        "closingMessage",
        "startMessage",
        "endMessage",
        "callType",
        "aiCallScript",
        "questions",
        *SCHEDULE_KEYS,
        *job_details.TOP_LEVEL_DUPLICATES,
        *DIALING_KEYS,
    }
)
MESSAGE_MAX = 5000
SCRIPT_MAX = 20000
MAX_QUESTIONS = 20
MAX_CALLS_PER_SECOND = 100
QUESTION_TYPES = ("keypad", "speech")


@dataclass
class Draft:
    """Checked values: ``columns`` for the campaign row, and what needs the database
    (the site, the caller ID) or the current row (a schedule to build)."""

    columns: dict[str, Any] = field(default_factory=dict)
    site_id: int | None = None
    phone_number: str | None = None
    schedule: schedule.Schedule | None = None


def _object(body: object) -> Mapping[str, Any]:
    if not isinstance(body, Mapping):
        raise invalid({"body": '"value" must be of type object'})
    return body


def _questions(f: Fields) -> list[dict[str, Any]] | None:
    items = f.array("questions", max_items=MAX_QUESTIONS)
    if items is None:
        return None
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(items):
        item = {"text": raw} if isinstance(raw, str) else raw
        if not isinstance(item, Mapping):
            f.fail(f"questions.{i}", f'"questions[{i}]" must be a string or an object')
            continue
        q = Fields(item, f.path(f"questions.{i}"), f.errors)
        q.only(("text", "type", "maxDigits"))
        text = q.string("text", required=True, max_len=1000)
        kind = q.choice("type", QUESTION_TYPES) or "keypad"
        digits = q.number("maxDigits", low=1, high=10)
        if text is not None:
            out.append({"text": text, "type": kind, "maxDigits": int(digits or 1)})
    return out


def _dialing(f: Fields, columns: dict[str, Any]) -> None:
    window = f.nested("callingWindow")
    if window is not None:
        window.only(("start", "end"))
        start, end = window.hhmm("start"), window.hhmm("end")
        if start and end and start >= end:
            window.fail("end", '"end" must be later than "start"')
        elif start and end:
            columns["window_start"], columns["window_end"] = start, end
        elif not window.errors:
            window.fail("start" if start is None else "end", '"start" and "end" are required')
    pace = f.number("callsPerSecond", greater=0, high=MAX_CALLS_PER_SECOND)
    if pace is not None:
        columns["calls_per_second"] = pace


def _call_settings(f: Fields, columns: dict[str, Any]) -> None:
    call_type = f.choice("callType", tuple(CALL_TYPES.values()), fold=True)
    if call_type is not None:
        columns["call_type"] = call_type
    script = f.string("aiCallScript", max_len=SCRIPT_MAX, allow_empty=True)
    if script is not None:
        columns["ai_call_script"] = script
    questions = _questions(f)
    if questions is not None:
        columns["questions"] = questions


def _schedule(f: Fields, body: Mapping[str, Any], timezone: str) -> schedule.Schedule | None:
    try:
        return schedule.build(body, timezone)
    except schedule.ScheduleError as exc:
        f.errors.setdefault(exc.path, exc.reason)
    return None


def parse_create(raw: object) -> Draft:
    """A create body as column values, or INVALID_REQUEST naming every failing field
    (then PURPOSE_NOT_ALLOWED_FOR_PARTNER for assessment keys on another purpose)."""
    body = _object(raw)
    f = Fields(body)
    f.only(CREATE_KEYS)
    draft = Draft()
    c = draft.columns
    c["title"] = f.string("title", required=True, max_len=500)
    timezone = f.string("timezone", required=True, max_len=64)
    if timezone is not None:
        try:
            schedule.zone(timezone)
        except ValueError:
            f.fail("timezone", '"timezone" must be a valid IANA time zone')
            timezone = None
    c["timezone"] = timezone
    draft.site_id = f.integer_id("companySiteId", required=True)
    draft.phone_number = f.string("phoneNumber", required=True, max_len=32)
    c["opening_message"] = f.string("openingMessage", required=True, max_len=MESSAGE_MAX)
    c["closing_message"] = f.string("closingMessage", required=True, max_len=MESSAGE_MAX)
    purpose = f.choice("purposeType", PURPOSES, required=True)
    c["purpose_type"] = purpose
    c["status"] = f.choice("status", STATUSES) or RUNNING
    c.setdefault("call_type", "IVR")
    _call_settings(f, c)
    _dialing(f, c)
    if purpose is not None:
        c["job_details"] = job_details.for_create(f, purpose)
    if timezone is not None:
        draft.schedule = _schedule(f, body, timezone)
        if draft.schedule is None and not any(p.startswith(SCHEDULE_KEYS) for p in f.errors):
            f.fail(
                "callTime",
                '"callTime" or "callStartTimeUtc" is required to compute the first call time',
            )
    f.raise_if_failed()
    assert purpose is not None
    job_details.purpose_mismatch(body, purpose, job_details.TOP_LEVEL_DUPLICATES)
    return draft


def _first_of(f: Fields, keys: tuple[str, ...], max_len: int) -> str | None:
    for key in keys:
        value = f.string(key, max_len=max_len)
        if value is not None:
            return value
    return None


def parse_update(raw: object, purpose: str, current_details: dict[str, Any]) -> Draft:
    """An update body as the columns it changes (the schedule keys are left in the body for
    :func:`schedule_for_update`, which needs the current row)."""
    body = _object(raw)
    if not body:
        raise invalid({"body": '"value" must have at least 1 key'})
    f = Fields(body)
    f.only(UPDATE_KEYS)
    draft = Draft()
    c = draft.columns
    title = _first_of(f, ("title", "campaignName"), 500)
    header = f.nested("header")
    if header is not None:
        header.only(("title",))
        title = title or header.string("title", max_len=500)
    if title is not None:
        c["title"] = title
    opening = _first_of(f, ("openingMessage", "startMessage"), MESSAGE_MAX)
    closing = _first_of(f, ("closingMessage", "endMessage"), MESSAGE_MAX)
    if opening is not None:
        c["opening_message"] = opening
    if closing is not None:
        c["closing_message"] = closing
    draft.phone_number = f.string("phoneNumber", max_len=32)
    _call_settings(f, c)
    _dialing(f, c)
    details = job_details.for_update(f, purpose, current_details)
    if details is not None:
        c["job_details"] = details
    f.raise_if_failed()
    job_details.purpose_mismatch(
        body, purpose, (*job_details.TOP_LEVEL_DUPLICATES, "assessmentName")
    )
    return draft


def _kept_retries(info: CompanyCampaignInfo, in_utc: bool) -> list[dict[str, Any]]:
    """The current retries as delays and times of day (kept when the first call moves)."""
    first = info.call_start_time_utc
    if not in_utc or first is None:
        return [{"time": r.time_local[11:], "delayDays": r.delay_days} for r in info.retries]
    return [
        {"time": r.time_utc.strftime("%H:%M"), "delayDays": (r.time_utc.date() - first.date()).days}
        for r in info.retries
    ]


def schedule_for_update(
    raw: Mapping[str, Any], info: CompanyCampaignInfo
) -> schedule.Schedule | None:
    """The new schedule of an update body (None: it names none): a new first call keeps
    the retries' delays and times of day unless new retries are sent; new retries alone
    keep the first call."""
    if not any(k in raw for k in SCHEDULE_KEYS):
        return None
    body = {k: raw[k] for k in SCHEDULE_KEYS if k in raw}
    firsts = (body.get("callStartTimeUtc"), body.get("callTime"))
    if all(v in (None, "") for v in firsts) and info.call_start_time_utc is not None:
        if info.time_basis == UTC_BASIS:
            body["callStartTimeUtc"] = iso_z(info.call_start_time_utc)
        else:
            body["callTime"] = info.call_time_local
    if "followUpRetries" not in body and "retryScheduleUtc" not in body:
        in_utc = body.get("callStartTimeUtc") not in (None, "")
        body["retryScheduleUtc" if in_utc else "followUpRetries"] = _kept_retries(info, in_utc)
    f = Fields(body)
    built = _schedule(f, body, info.timezone)
    if built is None and not f.errors:
        f.fail(
            "callTime",
            '"callTime" or "callStartTimeUtc" is required to compute the first call time',
        )
    f.raise_if_failed()
    return built
