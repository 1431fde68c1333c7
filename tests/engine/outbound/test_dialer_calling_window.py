"""The calling window in the lead's local time: the zone from the number's region, the
default 08:00-21:00, a campaign's own hours, DST days, numbers spanning several zones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.outbound.dialer.calling_window import (
    CallingWindow,
    is_open,
    lead_zones,
    next_open,
)

MANILA = "+639171234567"  # UTC+8, no DST
NEW_YORK = "+12125551234"  # America/New_York


def test_the_zone_comes_from_the_number_and_falls_back_to_the_campaign() -> None:
    assert [z.key for z in lead_zones(MANILA, "UTC")] == ["Asia/Manila"]
    assert [z.key for z in lead_zones(NEW_YORK, "UTC")] == ["America/New_York"]
    assert [z.key for z in lead_zones("not a number", "Europe/Paris")] == ["Europe/Paris"]
    assert [z.key for z in lead_zones("", "No/Such_Zone")] == ["UTC"]


def test_default_window_is_eight_to_nine_local() -> None:
    w, zones = CallingWindow(), lead_zones(MANILA, "UTC")
    assert not is_open(w, zones, datetime(2026, 12, 6, 23, 59))  # 07:59 Manila
    assert is_open(w, zones, datetime(2026, 12, 7, 0, 0))  # 08:00
    assert is_open(w, zones, datetime(2026, 12, 7, 12, 59))  # 20:59
    assert not is_open(w, zones, datetime(2026, 12, 7, 13, 0))  # 21:00: closed
    assert next_open(w, zones, datetime(2026, 12, 7, 13, 0)) == datetime(2026, 12, 8, 0, 0)
    assert next_open(w, zones, datetime(2026, 12, 7, 3, 0)) == datetime(2026, 12, 7, 3, 0)


def test_a_campaign_sets_its_own_hours() -> None:
    w = CallingWindow.parse("10:30", "12:00")
    zones = lead_zones(NEW_YORK, "UTC")
    assert next_open(w, zones, datetime(2026, 12, 7, 12, 0)) == datetime(2026, 12, 7, 15, 30)
    assert CallingWindow.parse("", "") == CallingWindow()
    with pytest.raises(ValidationError, match="before the end"):
        CallingWindow.parse("21:00", "08:00")
    with pytest.raises(ValidationError, match="not a time of day"):
        CallingWindow.parse("8 am")


def test_dst_days_open_at_local_eight() -> None:
    w, zones = CallingWindow(), lead_zones(NEW_YORK, "UTC")
    # 2026-03-08: clocks go forward at 02:00 in New York; 08:00 EDT is 12:00 UTC
    assert next_open(w, zones, datetime(2026, 3, 8, 2, 0)) == datetime(2026, 3, 8, 12, 0)
    # 2026-11-01: clocks go back; 08:00 EST is 13:00 UTC
    assert next_open(w, zones, datetime(2026, 11, 1, 2, 0)) == datetime(2026, 11, 1, 13, 0)


def test_a_start_inside_the_spring_gap_opens_after_it() -> None:
    w = CallingWindow.parse("02:30", "04:00")
    zones = lead_zones(NEW_YORK, "UTC")
    opens = next_open(w, zones, datetime(2026, 3, 8, 5, 0))  # 00:00 EST
    assert opens == datetime(2026, 3, 8, 7, 30)  # 03:30 EDT: 02:30 did not exist that day
    assert is_open(w, zones, opens)


def test_a_number_of_several_zones_waits_until_open_in_all() -> None:
    w = CallingWindow()
    zones = lead_zones("+18005551234", "UTC")  # toll free: all of North America and more
    assert len(zones) > 5
    at = next_open(w, zones, datetime(2026, 12, 6, 10, 0))
    assert is_open(w, zones, at)
    assert at > datetime(2026, 12, 6, 10, 0)
    for zone in zones:
        local = at.replace(tzinfo=UTC).astimezone(zone)
        assert 8 <= local.hour < 21
