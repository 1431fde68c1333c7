"""``ats``: pushing candidates to the company's ATS (``set``, ``show``, ``off``, ``pushes``).

``ats set --url URL [--events hired,shortlisted]`` reads the HMAC secret from standard
input (a prompt on a terminal; nothing keeps the stored one) and keeps it in the keyring;
``show`` never prints it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, print_json, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace

EVENT_HELP = (
    "folders that push, comma-separated: inbox, completed, shortlisted, on_hold, rejected, "
    "hired, no_campaign_invitation, no_response (default hired)"
)


def _read_secret() -> str | None:
    """The secret from stdin; None when nothing was given (keep the stored one)."""
    if sys.stdin is None:
        return None
    text = getpass.getpass("ATS HMAC secret: ") if sys.stdin.isatty() else sys.stdin.readline()
    return text.strip() or None


def cmd_set(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.ats.settings import DEFAULT_EVENTS, check_url, parse_events

    events = parse_events(args.events.split(",")) if args.events is not None else DEFAULT_EVENTS
    check_url(args.url)  # refused before anything is read from stdin
    shown = ws.ats.configure(args.url, events, _read_secret(), args.timeout)
    if ws.secrets.warning:
        print(f"talkpush-desktop: warning: {ws.secrets.warning}", file=sys.stderr)
    data = shown.to_json()
    return report(args, data, [f"ATS push: {data['url']} on {', '.join(data['events'])}"])


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    shown = ws.ats.show()
    data: dict[str, Any] = shown.to_json() if shown else {"url": "", "events": [], "secret": "none"}
    if args.json:
        print_json(data)
    elif shown is None:
        print("ATS push: off (talkpush-desktop ats set --url URL)")
    else:
        print(f"url:     {data['url']}\nevents:  {', '.join(data['events'])}")
        print(f"timeout: {data['timeout']:g} s\nsecret:  {data['secret']}")
    return 0


def cmd_off(ws: Workspace, args: argparse.Namespace) -> int:
    was_on = ws.ats.clear()
    return report(args, {"off": True, "was_on": was_on}, ["ATS push: off"])


def cmd_pushes(ws: Workspace, args: argparse.Namespace) -> int:
    pushes = ws.ats.pushes(args.candidate_id)
    lines = (
        f"{p.id:>8}  {p.event:<12} {p.state:<8} {p.queued_at:%Y-%m-%d %H:%M}  {p.error}".rstrip()
        for p in pushes
    )
    return report(args, [p.to_json() for p in pushes], lines)


def _timeout(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None


def add_parsers(sub: Any) -> None:
    """``ats set``, ``ats show``, ``ats off`` and ``ats pushes``."""
    ats = sub.add_parser("ats", help="push candidates to your ATS when they enter folders")
    asub = ats.add_subparsers(dest="action", required=True)
    p = asub.add_parser("set", help="push to a URL (the HMAC secret is read from stdin)")
    p.add_argument("--url", required=True, help="the ATS address the candidate JSON is POSTed to")
    p.add_argument("--events", help=EVENT_HELP)
    p.add_argument("--timeout", type=_timeout, help="seconds to wait for the ATS (default 10)")
    json_flag(p)
    p.set_defaults(func=cmd_set)
    p = asub.add_parser("show", help="the push settings (never the secret)")
    json_flag(p)
    p.set_defaults(func=cmd_show)
    p = asub.add_parser("off", help="stop pushing and forget the secret")
    json_flag(p)
    p.set_defaults(func=cmd_off)
    p = asub.add_parser("pushes", help="a candidate's pushes and their state")
    p.add_argument("candidate_id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_pushes)
