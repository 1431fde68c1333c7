"""The dialer's two rules before a call goes out: which leads may be called now, and how
fast calls may be placed.

**Eligible** (:func:`check`): the lead is ``Pending``; it has an attempt due (its
``scheduled_at`` has come); no other attempt of the lead is in flight (never two calls to
one person at once); the calling window is open in the lead's local time
(:mod:`.calling_window`); and the number is not on the company's do-not-call list. The
last check is made **at the moment of dialing**, inside the transaction that marks the
attempt ``dialing``, not when the lead was queued: someone who pressed 9 on another
campaign's call a minute ago is not called again.

**Pacing** (:class:`Pacer`): at most ``calls_per_second`` calls start per second (Twilio's
default for an account is 1 CPS); None or 0 means unlimited. The pacer is shared by the
threads that place calls, and spaces the starts evenly instead of bursting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from talkpush_desktop.engine.outbound.dialer.calling_window import (
    CallingWindow,
    is_open,
    lead_zones,
    next_open,
)
from talkpush_desktop.engine.outbound.vocab import PENDING

Verdict = Literal["dial", "not_pending", "not_due", "in_flight", "outside_window", "do_not_call"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the rule needs to know of a lead and its due attempt."""

    lead_status: str
    phone: str
    scheduled_at: datetime
    in_flight: bool = False


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The verdict on one lead, and for ``outside_window`` when its window next opens."""

    verdict: Verdict
    not_before: datetime | None = None

    @property
    def dial(self) -> bool:
        return self.verdict == "dial"


def check(
    lead: Candidate,
    now: datetime,
    window: CallingWindow,
    campaign_zone: str,
    do_not_call: Collection[str] = (),
) -> Eligibility:
    """Whether to call ``lead`` at ``now`` (naive UTC). The do-not-call numbers are the
    company's list as read in the dialing transaction."""
    if lead.lead_status != PENDING:
        return Eligibility("not_pending")
    if lead.scheduled_at > now:
        return Eligibility("not_due", lead.scheduled_at)
    if lead.in_flight:
        return Eligibility("in_flight")
    if lead.phone in do_not_call:
        return Eligibility("do_not_call")
    zones = lead_zones(lead.phone, campaign_zone)
    if not is_open(window, zones, now):
        return Eligibility("outside_window", next_open(window, zones, now))
    return Eligibility("dial")


class Pacer:
    """Spaces call starts ``1 / calls_per_second`` apart across threads (None: no limit)."""

    def __init__(
        self,
        calls_per_second: float | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        rate = calls_per_second or 0.0
        if rate < 0:
            raise ValueError("calls per second must not be negative")
        self.interval = 1.0 / rate if rate else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> float:
        """Block until this call may start; returns the seconds waited."""
        if not self.interval:
            return 0.0
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        delay = start - now
        if delay > 0:
            self._sleep(delay)
        return delay
