"""A campaign's call outcomes over time (the window's chart) and its leads per status.

Each finished attempt (``state`` ``done``, skipped ones left out) counts once, in the hour
it ended, under what it meant: ``Interested`` (keypad 1), ``NotInterested`` (2 or 9),
``Answered`` (a person, no choice) or ``NotReached`` (no answer, busy, failed, canceled,
a voicemail). Over more than :data:`HOURLY_UP_TO` hours the buckets are the campaign's
local days instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import schedule
from talkpush_desktop.engine.outbound.outcomes import CHOICES
from talkpush_desktop.engine.outbound.vocab import (
    ANSWERED,
    INTERESTED,
    LEAD_BUCKETS,
    NOT_ANSWERED_OUTCOMES,
    NOT_INTERESTED,
)
from talkpush_desktop.storage.models import CallAttempt, CampaignLead

ANSWERED_NO_CHOICE = "Answered"
NOT_REACHED = "NotReached"
GROUPS = (INTERESTED, NOT_INTERESTED, ANSWERED_NO_CHOICE, NOT_REACHED)
HOURLY_UP_TO = 72


@dataclass(frozen=True, slots=True)
class OutcomeSeries:
    """``starts``: each bucket's start (naive UTC), ``hours`` long; ``counts``: per
    group of :data:`GROUPS`, one count per bucket."""

    hours: int
    starts: tuple[datetime, ...]
    counts: Mapping[str, tuple[int, ...]]

    @property
    def total(self) -> int:
        return sum(sum(c) for c in self.counts.values())


def group_of(outcome: str, digits: str) -> str | None:
    """The chart's group of a finished attempt (None: not drawn, e.g. skipped)."""
    if outcome == ANSWERED:
        return next((CHOICES[d] for d in digits if d in CHOICES), ANSWERED_NO_CHOICE)
    return NOT_REACHED if outcome in NOT_ANSWERED_OUTCOMES else None


def bucketed(ended: Iterable[tuple[datetime, str]], timezone: str) -> OutcomeSeries:
    """Count ``(ended_at, group)`` pairs per hour, or per local day over long spans."""
    items = sorted(ended)
    if not items:
        return OutcomeSeries(1, (), {g: () for g in GROUPS})
    first, last = items[0][0], items[-1][0]
    hourly = last - first <= timedelta(hours=HOURLY_UP_TO)
    if hourly:

        def start_of(t: datetime) -> datetime:
            return t.replace(minute=0, second=0, microsecond=0)

        step = timedelta(hours=1)
    else:
        tz = schedule.zone(timezone)

        def start_of(t: datetime) -> datetime:
            local = schedule.to_local(t, tz).replace(hour=0, minute=0, second=0, microsecond=0)
            return schedule.to_utc(local, tz)

        step = timedelta(days=1)
    starts: list[datetime] = []
    at = start_of(first)
    while at <= last:
        starts.append(at)
        at = start_of(at + step + timedelta(hours=2)) if not hourly else at + step
    index = {s: i for i, s in enumerate(starts)}
    counts = {g: [0] * len(starts) for g in GROUPS}
    for when, group in items:
        counts[group][index[start_of(when)]] += 1
    return OutcomeSeries(
        1 if hourly else 24, tuple(starts), {g: tuple(v) for g, v in counts.items()}
    )


def series(s: Session, campaign_id: int, timezone: str) -> OutcomeSeries:
    rows = s.execute(
        select(CallAttempt.ended_at, CallAttempt.outcome, CallAttempt.digits).where(
            CallAttempt.campaign_id == campaign_id,
            CallAttempt.state == "done",
            CallAttempt.ended_at.is_not(None),
        )
    )
    pairs = []
    for ended_at, outcome, digits in rows:
        group = group_of(outcome, digits or "")
        if group is not None and ended_at is not None:
            pairs.append((ended_at, group))
    return bucketed(pairs, timezone)


def lead_counts(s: Session, campaign_id: int) -> dict[str, int]:
    """The campaign's leads per status bucket (every bucket, zero included)."""
    rows = s.execute(
        select(CampaignLead.status, func.count())
        .where(CampaignLead.campaign_id == campaign_id)
        .group_by(CampaignLead.status)
    )
    found = {str(status): int(n) for status, n in rows}
    return {bucket: found.get(bucket, 0) for bucket in LEAD_BUCKETS}
