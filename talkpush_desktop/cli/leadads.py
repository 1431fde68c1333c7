"""The ``leadads`` group: the company's Facebook Page and its Lead Ads (see README).

``leadads connect --page-id ID`` reads the Page access token from stdin (never an argument:
it would show in the shell's history and the process list) and keeps it in the keyring.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, positive_int, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_connect(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.intake.lead_ads.graph import DEFAULT_BASE, DEFAULT_VERSION

    token = sys.stdin.readline().strip()
    info = ws.leadads.connect(
        args.page_id,
        token,
        graph_version=args.graph_version or DEFAULT_VERSION,
        base_url=args.base_url or DEFAULT_BASE,
        every_minutes=args.every,
    )
    warning = ws.secrets.warning
    if warning:
        print(f"talkpush-desktop: {warning}", file=sys.stderr)
    line = f"Page {info.page_id} ({info.name}) connected, Graph API {info.graph_version}"
    return report(args, info.to_json(), [line])


def cmd_disconnect(ws: Workspace, args: argparse.Namespace) -> int:
    ws.leadads.disconnect()
    return report(args, {"disconnected": True}, ["the Page is disconnected"])


def cmd_add_ad(ws: Workspace, args: argparse.Namespace) -> int:
    ad = ws.leadads.add_ad(args.ad_id, args.campaign)
    return report(args, ad, [f"ad {ad['ad_id']} ({ad['name']}) -> {ad['campaign']}"])


def cmd_remove_ad(ws: Workspace, args: argparse.Namespace) -> int:
    ws.leadads.remove_ad(args.ad_id)
    return report(args, {"ad_id": args.ad_id, "removed": True}, [f"ad {args.ad_id} removed"])


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    data = ws.leadads.list_ads()

    def lines() -> Any:
        p = data["page"]
        yield f"Page {p['page_id']} ({p['name']})" if p else "no Page connected"
        for a in data["ads"]:
            yield (
                f"  ad {a['ad_id']}  {a['status']:<13} +{a['leads_imported']}  "
                f"last poll {a['last_poll_at'] or 'never'}  -> {a['campaign']}"
            )
            if a["last_error"]:
                yield f"      {a['last_error']}"

    return report(args, data, lines())


def cmd_poll(ws: Workspace, args: argparse.Namespace) -> int:
    polls = ws.leadads.poll(args.ad_id)
    keys = ("imported", "already_imported", "duplicates", "rejected", "invited")
    data: dict[str, Any] = {k: sum(getattr(p, k) for p in polls) for k in keys}
    data["ads"] = [p.to_json() for p in polls]
    lines = (
        f"ad {p.ad_id}: {p.status}, imported {p.imported}, duplicates {p.duplicates}, "
        f"rejected {p.rejected}, invited {p.invited}" + (f"\n  {p.error}" if p.error else "")
        for p in polls
    )
    return report(args, data, lines)


def add_parsers(sub: Any) -> None:
    """The ``leadads`` group."""
    group = sub.add_parser("leadads", help="Facebook Lead Ads: the Page, its ads, their leads")
    lsub = group.add_subparsers(dest="action", required=True)
    p = lsub.add_parser("connect", help="link the company's Page (access token on stdin)")
    p.add_argument("--page-id", required=True)
    p.add_argument("--graph-version", help="Graph API version (default v19.0)")
    p.add_argument("--base-url", help="Graph API address (default https://graph.facebook.com)")
    p.add_argument(
        "--every", type=positive_int, default=5, metavar="MINUTES", help="poll interval (5)"
    )
    json_flag(p)
    p.set_defaults(func=cmd_connect)
    add_plain(lsub, "disconnect", cmd_disconnect, help="unlink the Page (its ads stop)")
    p = lsub.add_parser("add-ad", help="take an ad's leads into a campaign")
    p.add_argument("ad_id")
    p.add_argument("--campaign", required=True, help="campaign id or title")
    json_flag(p)
    p.set_defaults(func=cmd_add_ad)
    p = lsub.add_parser("remove-ad", help="stop taking an ad's leads (its candidates stay)")
    p.add_argument("ad_id")
    json_flag(p)
    p.set_defaults(func=cmd_remove_ad)
    add_plain(lsub, "list", cmd_list, help="the Page and its ads, with their polling status")
    p = lsub.add_parser("poll", help="pull new leads now (one ad, or every ad)")
    p.add_argument("ad_id", nargs="?")
    json_flag(p)
    p.set_defaults(func=cmd_poll)
