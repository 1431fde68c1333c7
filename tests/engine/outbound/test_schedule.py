"""Schedules: UTC or local basis, retries, DST, display, and the lock once calling started."""

from __future__ import annotations

from datetime import datetime

import pytest

from talkpush_desktop.engine.outbound import schedule, shapes
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import Body


def test_local_basis_with_retries(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body(interest=True))
    # Manila is UTC+8 all year
    assert made.execution_times() == [
        datetime(2026, 12, 7, 1, 0),
        datetime(2026, 12, 7, 6, 0),
        datetime(2026, 12, 8, 2, 0),
    ]
    shown = shapes.detail(made)["schedule"]
    assert shown == {
        "callTimeDisplay": "Dec 07, 2026 09:00 AM",
        "callSchedule": {
            "timeBasis": "LOCAL",
            "startTimeLocal": "2026-12-07T09:00",
            "startTimeUtc": "2026-12-07T01:00:00.000Z",
        },
        "followUpRetries": [
            {"time": "2026-12-07T06:00:00.000Z", "delayDays": 0},
            {"time": "2026-12-08T02:00:00.000Z", "delayDays": 1},
        ],
    }


def test_retries_keep_the_wall_time_across_dst() -> None:
    # New York springs forward on 2025-03-09: 10:00 EST is 15:00Z, 10:00 EDT is 14:00Z
    built = schedule.build(
        {"callTime": "Mar 08, 2025 10:00 AM", "followUpRetries": [{"delayDays": 1}]},
        "America/New_York",
    )
    assert built is not None
    assert built.first_utc == datetime(2025, 3, 8, 15, 0)
    assert [r.time_utc for r in built.retries] == [datetime(2025, 3, 9, 14, 0)]
    assert built.retries[0].time_local == "2025-03-09T10:00"
    gap = schedule.build({"callTime": "2025-03-09T02:30"}, "America/New_York")
    assert gap is not None and schedule.display(gap.first_utc, "America/New_York") == (
        "Mar 09, 2025 03:30 AM"  # a wall time in the gap moves forward by it
    )
    repeated = schedule.build({"callTime": "2025-11-02 01:30"}, "America/New_York")
    assert repeated is not None and repeated.first_utc == datetime(2025, 11, 2, 5, 30)


def test_utc_basis_retries() -> None:
    built = schedule.build(
        {
            "callStartTimeUtc": "2025-04-15T14:00:00.000Z",
            "retryScheduleUtc": ["2025-04-16T14:00:00Z", {"time": "09:00", "delayDays": 2}],
            "callTime": "ignored when a UTC start is given",
        },
        "America/New_York",
    )
    assert built is not None and built.basis == "UTC"
    assert [(r.time_utc, r.delay_days) for r in built.retries] == [
        (datetime(2025, 4, 16, 14, 0), 1),
        (datetime(2025, 4, 17, 9, 0), 2),
    ]
    assert schedule.display(built.first_utc, "America/New_York") == "Apr 15, 2025 10:00 AM"


def test_schedule_errors_name_the_field(outbound_ws: Workspace, body: Body) -> None:
    cases = {
        "followUpRetries.0": '"followUpRetries[0]" must come after the call before it',
        "followUpRetries.1.delayDays": '"delayDays" must be an integer',
        "followUpRetries.1.when": '"when" is not allowed',
    }
    retries = (
        [{"time": "08:00", "delayDays": 0}],
        [{"time": "14:00"}, {"time": "10:00", "delayDays": 1.5}],
        [{"time": "14:00"}, {"when": "10:00"}],
    )
    for (path, reason), items in zip(cases.items(), retries, strict=True):
        with pytest.raises(OutboundError) as err:
            outbound_ws.outbound.create(body(interest=True, followUpRetries=items))
        assert err.value.details == {path: reason}
    with pytest.raises(OutboundError) as err:
        outbound_ws.outbound.create(body(interest=True, callTime="next monday"))
    assert err.value.details == {
        "callTime": '"callTime" must be a date and time such as 2025-06-01T11:00'
    }


def test_update_moves_the_first_call_and_keeps_the_retries(
    outbound_ws: Workspace, body: Body
) -> None:
    made = outbound_ws.outbound.create(body(interest=True))
    moved = outbound_ws.outbound.update(made.id, {"callTime": "2026-12-09T08:30"})
    assert moved.execution_times() == [
        datetime(2026, 12, 9, 0, 30),
        datetime(2026, 12, 9, 6, 0),
        datetime(2026, 12, 10, 2, 0),
    ]
    fewer = outbound_ws.outbound.update(made.id, {"followUpRetries": []})
    assert fewer.execution_times() == [datetime(2026, 12, 9, 0, 30)]


def test_call_time_is_locked_once_calling_started(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body(interest=True))
    outbound_ws.outbound.mark_calling_started(made.id)
    for change in ({"callTime": "2026-12-09T08:30"}, {"followUpRetries": []}):
        with pytest.raises(OutboundError) as err:
            outbound_ws.outbound.update(made.id, change)
        assert err.value.code == "PURPOSE_NOT_ALLOWED_FOR_PARTNER"
        assert "cannot change after the first outbound call attempt has started" in str(err.value)
    renamed = outbound_ws.outbound.update(made.id, {"title": "Still editable"})
    assert renamed.title == "Still editable" and renamed.calling_started
    assert shapes.detail(renamed)["dialing"]["callingStarted"] is True
