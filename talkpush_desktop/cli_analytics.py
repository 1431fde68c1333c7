"""``talkpush-desktop analytics``: the supervisor dashboard's series as JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, timedelta
from typing import Any

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace

DEFAULT_DAYS = 30


def _day(text: str | None, fallback: date) -> date:
    if not text:
        return fallback
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def cmd_analytics(ws: Workspace, args: argparse.Namespace) -> int:
    end = _day(args.to, utcnow().date())
    start = _day(args.from_, end - timedelta(days=DEFAULT_DAYS - 1))
    if end < start:
        raise ValidationError("--to is before --from")
    campaigns = [ws.campaign(c).id for c in args.campaign] if args.campaign else None
    board = dataclasses.asdict(ws.dashboard(start, end, campaigns))
    print(json.dumps(board, indent=2, default=_plain, ensure_ascii=False))
    return 0


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
    p.set_defaults(func=cmd_analytics)
