"""``campaigns list|create``: the company's campaigns, each listed with its folder counts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, print_json

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_campaigns_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.campaigns.all()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "hotline_country": c.hotline_country,
                    "interview_language": c.interview_language,
                    "status": c.status,
                    "auto_call": c.auto_call,
                    "counts": ws.candidates.folder_counts(c.id),
                }
                for c in items
            ]
        )
    else:
        for c in items:
            print(f"{c.id:>6}  {c.title}  ({c.hotline_country}, {c.status})")
    return 0


def cmd_campaigns_create(ws: Workspace, args: argparse.Namespace) -> int:
    c = ws.campaigns.create(
        args.title,
        hotline_country=args.country,
        interview_language=args.language,
        auto_call=args.auto_call,
    )
    if args.json:
        print_json({"id": c.id, "title": c.title})
    else:
        print(f"created campaign {c.id}: {c.title}")
    return 0


def add_parsers(sub: Any) -> None:
    """The ``campaigns`` group."""
    camp = sub.add_parser("campaigns", help="list or create campaigns")
    csub = camp.add_subparsers(dest="action", required=True)
    add_plain(csub, "list", cmd_campaigns_list)
    p = csub.add_parser("create")
    p.add_argument("title")
    p.add_argument("--country", default="US", help="hotline country (ISO code)")
    p.add_argument("--language", default="en", help="interview language")
    p.add_argument(
        "--auto-call",
        action="store_true",
        help="call each candidate added for the phone interview at once (seed: Auto-call)",
    )
    json_flag(p)
    p.set_defaults(func=cmd_campaigns_create)
