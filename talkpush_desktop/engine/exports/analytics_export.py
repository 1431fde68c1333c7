"""The data behind each supervisor dashboard chart, one sheet per chart (no Qt).

The input is a computed :class:`~talkpush_desktop.engine.analytics.series.Dashboard`, so the
workbook shows exactly what the charts show for the same frame and campaigns. Days are
the frame's local days in the company's time zone, hours of day local hours. A rate with
nothing to divide by (``None`` on the dashboard) is an empty cell, never 0 %; so is a day
on which a campaign had no processed candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Final

from talkpush_desktop.engine.analytics.series import RECOMMENDED_MAX_HOURS, Dashboard
from talkpush_desktop.engine.exports.cells import Column, Kind
from talkpush_desktop.engine.exports.streaming_xlsx import StreamingWorkbook

DAY: Final = Column("Day", Kind.DATE, 12)
HOUR: Final = Column("Hour", width=8)
USER_ID: Final = Column("User ID", Kind.INTEGER, 9)
USER: Final = Column("User", width=24)

SHEETS: Final = (
    "Overview",
    "Pass & participation",
    "Candidate activity",
    "Processing volume",
    "Processing time by user",
    "Processing time by campaign",
    "User activity",
)


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet's title, columns and rows (plain values, ``None`` for empty cells)."""

    title: str
    columns: Sequence[Column]
    rows: list[list[object]]


def _count(value: float) -> int | float:
    """An event count as an integer when it is one (the dashboard keeps floats)."""
    return int(value) if float(value).is_integer() else value


def _hours_of_day() -> list[str]:
    return [f"{h:02d}:00" for h in range(24)]


def _user(board: Dashboard, user_id: int) -> str:
    return board.user_names.get(user_id, f"User {user_id}")


def overview(board: Dashboard) -> Sheet:
    keys = ("added", "completed", "shortlisted", "rejected")
    values = board.overview.values
    rows: list[list[object]] = [
        [day, *(_count(values[k][i]) for k in keys)] for i, day in enumerate(board.overview.days)
    ]
    cols = [DAY, *(Column(k.capitalize(), Kind.INTEGER, 12) for k in keys)]
    return Sheet("Overview", cols, rows)


RATE_PARTS: Final = (
    ("completed", "First completed"),
    ("passed", "Of them shortlisted"),
    ("invited", "First invited"),
    ("participated", "Of them completed"),
)
"""Each day's cohorts beside the rates (the numerators count what happened by the frame's
end; see :mod:`talkpush_desktop.engine.analytics.cohorts`)."""


def rates(board: Dashboard) -> Sheet:
    values, parts = board.rates.values, board.rates.parts
    rows: list[list[object]] = [
        [
            day,
            values["pass_rate"][i],
            values["participation_rate"][i],
            *(_count(parts[k][i]) if k in parts else None for k, _title in RATE_PARTS),
        ]
        for i, day in enumerate(board.rates.days)
    ]
    cols = [
        DAY,
        Column("Pass rate", Kind.PERCENT, 12),
        Column("Participation rate", Kind.PERCENT),
        *(Column(title, Kind.INTEGER, 18) for _k, title in RATE_PARTS),
    ]
    return Sheet("Pass & participation", cols, rows)


def candidate_activity(board: Dashboard) -> Sheet:
    averages = board.candidate_activity.values["completed"]
    rows: list[list[object]] = [[hour, averages[i]] for i, hour in enumerate(_hours_of_day())]
    return Sheet(
        "Candidate activity", [HOUR, Column("Average completed interviews", Kind.NUMBER)], rows
    )


def processing_volume(board: Dashboard) -> Sheet:
    ranked = sorted(board.volume_by_user.items(), key=lambda kv: (-kv[1], _user(board, kv[0])))
    rows: list[list[object]] = [[uid, _user(board, uid), n] for uid, n in ranked]
    cols = [USER_ID, USER, Column("Candidates processed", Kind.INTEGER)]
    return Sheet("Processing volume", cols, rows)


def processing_by_user(board: Dashboard) -> Sheet:
    ranked = sorted(board.processing_by_user.items(), key=lambda kv: (kv[1], kv[0]))
    rows: list[list[object]] = [
        [uid, _user(board, uid), hours, "yes" if hours <= RECOMMENDED_MAX_HOURS else "no"]
        for uid, hours in ranked
    ]
    cols = [
        USER_ID,
        USER,
        Column("Average processing time (hours)", Kind.HOURS),
        Column("Within 24 h target", width=18),
    ]
    return Sheet("Processing time by user", cols, rows)


def campaign_headers(ids: Iterable[int], titles: Mapping[int, str]) -> list[str]:
    """A column title per campaign id: its title, with the id when titles repeat."""
    wanted = list(ids)
    names = [titles.get(cid, f"Campaign {cid}") for cid in wanted]
    return [
        f"{name} (ID {cid})" if names.count(name) > 1 else name
        for cid, name in zip(wanted, names, strict=True)
    ]


def processing_by_campaign(board: Dashboard, titles: Mapping[int, str]) -> Sheet:
    data = board.processing_by_campaign
    ids = sorted(data.hours)
    cols = [DAY, *(Column(h, Kind.HOURS, 16) for h in campaign_headers(ids, titles))]
    rows: list[list[object]] = [
        [day, *(data.hours[cid][i] for cid in ids)] for i, day in enumerate(data.days)
    ]
    return Sheet("Processing time by campaign", cols, rows)


def user_activity(board: Dashboard) -> Sheet:
    keys = ("shortlisted", "rejected", "other")
    values = board.user_activity.values
    rows: list[list[object]] = [
        [hour, *(_count(values[k][i]) for k in keys)] for i, hour in enumerate(_hours_of_day())
    ]
    cols = [
        HOUR,
        Column("Shortlisted", Kind.INTEGER, 12),
        Column("Rejected", Kind.INTEGER, 12),
        Column("Other actions", Kind.INTEGER, 14),
    ]
    return Sheet("User activity", cols, rows)


def sheets(board: Dashboard, titles: Mapping[int, str]) -> list[Sheet]:
    """Every chart's sheet, in the dashboard's order (see :data:`SHEETS`)."""
    return [
        overview(board),
        rates(board),
        candidate_activity(board),
        processing_volume(board),
        processing_by_user(board),
        processing_by_campaign(board, titles),
        user_activity(board),
    ]


def write_dashboard(out: IO[bytes], board: Dashboard, titles: Mapping[int, str]) -> dict[str, int]:
    """Write the workbook to ``out``; returns the data rows of each sheet."""
    written: dict[str, int] = {}
    with StreamingWorkbook(out) as book:
        for sheet in sheets(board, titles):
            with book.sheet(sheet.title, sheet.columns) as stream:
                for row in sheet.rows:
                    stream.append(row)
            written[sheet.title] = len(sheet.rows)
    return written
