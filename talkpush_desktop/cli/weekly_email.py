"""``weekly-email``: the managers' weekly statistics email.

``weekly-email preview EMAIL OUT.html [--week YYYY-MM-DD]`` writes the email the manager
gets for the week due now, or another week (charts inline as data URIs); ``weekly-email
send-due`` makes and sends the due week's emails (once per user and week, also when run
again or after a missed Monday);
``weekly-email on|off EMAIL`` sets a manager's Receive Weekly Statistics Email. The charts
are drawn by the Analytics window's chart cards, offscreen.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def _with_charts(ws: Workspace) -> None:
    """Give the email its chart renderer (an offscreen Qt application)."""
    from talkpush_desktop.views.analytics.weekly_charts import render_weekly_charts
    from talkpush_desktop.views.app import application
    from talkpush_desktop.views.style import apply_style

    apply_style(application(offscreen=True))
    ws.weekly_email.renderer = render_weekly_charts


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_preview(ws: Workspace, args: argparse.Namespace) -> int:
    _with_charts(ws)
    path = ws.weekly_email.preview(args.email, args.out, week=args.week)
    return report(args, {"path": str(path)}, [f"saved {path}"])


def cmd_send_due(ws: Workspace, args: argparse.Namespace) -> int:
    _with_charts(ws)
    done = ws.weekly_email.send_due()
    lines = [f"week of {done.week_start}: {len(done.sent)} sent, {len(done.failed)} failed"]
    lines += [f"sent to {to}" for to in done.sent] + [f"failed: {to}" for to in done.failed]
    return report(args, done.to_json(), lines)


def cmd_switch(ws: Workspace, args: argparse.Namespace) -> int:
    on = args.action == "on"
    ws.weekly_email.set_enabled(args.email, on)
    word = "on" if on else "off"
    return report(args, {"email": args.email, "weekly_email": on}, [f"{args.email}: {word}"])


def add_parsers(sub: Any) -> None:
    """``weekly-email preview``, ``send-due``, ``on`` and ``off``."""
    weekly = sub.add_parser("weekly-email", help="the managers' weekly statistics email")
    wsub = weekly.add_subparsers(dest="action", required=True)
    p = wsub.add_parser("preview", help="write a manager's email for the due week to a file")
    p.add_argument("email")
    p.add_argument("out", type=Path)
    p.add_argument(
        "--week", type=_day, help="a day of the week to report, YYYY-MM-DD (default: last week)"
    )
    json_flag(p)
    p.set_defaults(func=cmd_preview)
    p = wsub.add_parser("send-due", help="send the due week's emails (once per user and week)")
    json_flag(p)
    p.set_defaults(func=cmd_send_due)
    for action, text in (("on", "receive"), ("off", "stop receiving")):
        p = wsub.add_parser(action, help=f"the manager will {text} the weekly email")
        p.add_argument("email")
        json_flag(p)
        p.set_defaults(func=cmd_switch)
