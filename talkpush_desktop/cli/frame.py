"""``--from`` / ``--to`` for the analytics and export commands: local days of the company."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING

from talkpush_desktop.engine.errors import ValidationError

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace

DEFAULT_DAYS = 30


def parse_day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value (None when not given)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{option}: not a date: {text!r} (use YYYY-MM-DD)") from None


def frame_of(ws: Workspace, args: argparse.Namespace) -> tuple[date, date]:
    """``--from`` / ``--to``; by default the last 30 days ending today in the company zone."""
    from talkpush_desktop.engine.company import settings as company

    today = company.today(ws.company.timezone())
    end = parse_day(args.to, "--to") or today
    start = parse_day(args.from_, "--from") or end - timedelta(days=DEFAULT_DAYS - 1)
    if end < start:
        raise ValidationError("--to is before --from")
    return start, end
