"""``talkpush-desktop analytics``: the supervisor dashboard's series as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.frame import frame_of, parse_day
from talkpush_desktop.engine.errors import ValidationError

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_analytics(ws: Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    start, end = frame_of(ws, args)
    campaigns = [ws.campaigns.get(c).id for c in args.campaign] if args.campaign else None
    if args.drill:
        out = _drill(ws, args, start, end, campaigns)
    else:
        out = dataclasses.asdict(ws.analytics.dashboard(start, end, campaigns))
    print(json.dumps(out, indent=2, default=_plain, ensure_ascii=False))
    return 0


def _drill(
    ws: Workspace, args: argparse.Namespace, start: date, end: date, campaigns: list[int] | None
) -> dict[str, Any]:
    """The candidates behind one figure (saved as a set, as the Analytics window does)."""
    import dataclasses

    from talkpush_desktop.engine.analytics import drill as analytics_drill
    from talkpush_desktop.engine.analytics import series as analytics
    from talkpush_desktop.engine.candidates.filters import CandidateFilter

    chart, series = args.drill
    if chart not in analytics_drill.CHARTS:
        raise ValidationError(
            f"--drill: unknown chart {chart!r} (one of {', '.join(analytics_drill.CHARTS)})"
        )
    drill = analytics.Drill(
        chart,
        series,
        start,
        end,
        tuple(campaigns) if campaigns is not None else None,
        day=parse_day(args.day, "--day"),
        hour=args.hour,
        user_id=args.user,
        campaign_id=ws.campaigns.get(args.line_campaign).id if args.line_campaign else None,
    )
    result = ws.candidates.drill_down(drill)
    ids = ws.candidates.ids(CandidateFilter(candidate_set=result.set_id))
    return dataclasses.asdict(result) | {"candidate_ids": sorted(ids)}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("analytics", help="the dashboard series (added, rates, processing...)")
    p.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="first local day")
    p.add_argument("--to", metavar="YYYY-MM-DD", help="last local day (default: today)")
    p.add_argument("--campaign", action="append", help="campaign id or title (repeatable)")
    p.add_argument("--json", action="store_true", help="JSON (the only output)")
    p.add_argument(
        "--drill",
        nargs=2,
        metavar=("CHART", "SERIES"),
        help="the candidates behind a figure instead (e.g. overview shortlisted)",
    )
    p.add_argument("--day", metavar="YYYY-MM-DD", help="with --drill: one day's bar or point")
    p.add_argument("--hour", type=int, choices=range(24), metavar="0-23", help="with --drill")
    p.add_argument("--user", type=int, metavar="USER_ID", help="with --drill: one user's bar")
    p.add_argument(
        "--line-campaign", metavar="C", help="with --drill: one campaign's line (processing)"
    )
    p.set_defaults(func=cmd_analytics)
