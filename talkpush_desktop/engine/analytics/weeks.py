"""A dashboard regrouped by week, for long time frames (no Qt).

Weeks start on Monday; the first and last may be partial (they start and end with the
frame). Counts are summed; rates are recomputed from the summed cohort counts (a week's
participation rate: of those first invited that week, the share that completed by the
frame's end);
processing hours are averaged over all first decisions of the week; the hour-of-day and
per-user series cover the whole frame already and stay as they are.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from talkpush_desktop.engine.analytics.series import (
    CampaignProcessing,
    DailySeries,
    Dashboard,
    rates_of,
)


def week_starts(days: list[date]) -> list[int]:
    """Indexes into ``days`` where a week begins (the first day, then every Monday)."""
    return [i for i, d in enumerate(days) if i == 0 or d.weekday() == 0]


def spans(days: list[date]) -> list[tuple[date, date]]:
    """Each week's first and last day within the frame."""
    starts = week_starts(days)
    ends = [*(days[i] - timedelta(days=1) for i in starts[1:]), days[-1]]
    return [(days[i], end) for i, end in zip(starts, ends, strict=True)]


def _sums(values: list[float], starts: list[int]) -> list[float]:
    bounds = [*starts, len(values)]
    return [float(sum(values[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)]


def _weighted(
    hours: list[float | None], weights: list[int], starts: list[int]
) -> list[float | None]:
    bounds = [*starts, len(hours)]
    out: list[float | None] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        n = sum(weights[a:b])
        total = sum((h or 0.0) * w for h, w in zip(hours[a:b], weights[a:b], strict=True))
        out.append(total / n if n else None)
    return out


def by_week(board: Dashboard) -> Dashboard:
    """``board`` with one value per week instead of per day (``days`` are week starts)."""
    starts = week_starts(board.days)
    weeks = [board.days[i] for i in starts]
    overview = {k: _sums(v, starts) for k, v in board.overview.values.items()}
    parts = {k: _sums(v, starts) for k, v in board.rates.parts.items()}
    processing = board.processing_by_campaign
    hours = {
        cid: _weighted(row, processing.decisions.get(cid, [0] * len(row)), starts)
        for cid, row in processing.hours.items()
    }
    decisions = {
        cid: [int(x) for x in _sums([float(n) for n in row], starts)]
        for cid, row in processing.decisions.items()
    }
    return replace(
        board,
        days=weeks,
        overview=DailySeries(weeks, overview),
        rates=rates_of(weeks, parts),
        processing_by_campaign=CampaignProcessing(weeks, hours, decisions),
    )
