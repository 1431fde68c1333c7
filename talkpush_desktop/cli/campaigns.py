"""``campaigns list|create|update|show|members|messenger|traffic-ad``: the company's
campaigns (those the acting user may see), each listed with its folder counts, and their
settings (:mod:`cli.campaign_settings`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli import campaign_settings
from talkpush_desktop.cli.common import add_plain, print_json

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


def add_parsers(sub: Any) -> None:
    """The ``campaigns`` group."""
    camp = sub.add_parser("campaigns", help="list, create and configure campaigns")
    csub = camp.add_subparsers(dest="action", required=True)
    add_plain(csub, "list", cmd_campaigns_list)
    campaign_settings.add_parsers(csub)
