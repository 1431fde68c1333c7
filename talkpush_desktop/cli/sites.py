"""``sites add|list|assign`` and ``caller-ids add|list``: where company campaigns run and
the numbers they call from (seed 004's ``companySiteId`` and ``phoneNumber``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dto import SiteInfo
    from talkpush_desktop.engine.workspace import Workspace


def _site(x: SiteInfo) -> dict[str, Any]:
    return x.to_json() | {"users": list(x.user_emails)}


def _site_line(x: SiteInfo) -> str:
    where = ", ".join(p for p in (x.city, x.state, x.country) if p)
    primary = "  (primary)" if x.is_primary else ""
    return f"{x.id:>5}  {x.name}{f'  — {where}' if where else ''}{primary}"


def cmd_sites_add(ws: Workspace, args: argparse.Namespace) -> int:
    site = ws.outbound.add_site(
        args.name,
        address=args.address,
        city=args.city,
        state=args.state,
        country=args.country,
        primary=args.primary,
        user_email=args.user,
    )
    return report(args, _site(site), [f"added site {_site_line(site).strip()}"])


def cmd_sites_list(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.outbound.sites(every=True)
    return report(args, {"companySites": [_site(x) for x in found]}, map(_site_line, found))


def cmd_sites_assign(ws: Workspace, args: argparse.Namespace) -> int:
    site = ws.outbound.assign_site(args.site, args.user)
    return report(args, _site(site), [f"site {site.id} is used by {', '.join(site.user_emails)}"])


def cmd_caller_add(ws: Workspace, args: argparse.Namespace) -> int:
    added = ws.outbound.add_caller_id(args.number)
    return report(args, added.to_json(), [f"{added.phone_number}  {added.status}"])


def cmd_caller_list(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.outbound.caller_ids()
    return report(
        args, [c.to_json() for c in found], (f"{c.phone_number}  {c.status}" for c in found)
    )


def add_parsers(sub: Any) -> None:
    """The ``sites`` and ``caller-ids`` groups."""
    group = sub.add_parser("sites", help="the company's sites (company campaigns run for one)")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("add", help="a new site, assigned to a user (default: you)")
    p.add_argument("--name", required=True)
    p.add_argument("--address", default="")
    p.add_argument("--city", default="")
    p.add_argument("--state", default="")
    p.add_argument("--country", default="", metavar="CC", help="two-letter country code")
    p.add_argument("--primary", action="store_true", help="the company's primary site")
    p.add_argument("--user", metavar="EMAIL", help="the user who may use it (default: you)")
    json_flag(p)
    p.set_defaults(func=cmd_sites_add)
    add_plain(gsub, "list", cmd_sites_list, help="every site and the users assigned to it")
    p = gsub.add_parser("assign", help="let another user run campaigns for a site")
    p.add_argument("site", type=int, help="the companySiteId")
    p.add_argument("--user", metavar="EMAIL", required=True)
    json_flag(p)
    p.set_defaults(func=cmd_sites_assign)

    group = sub.add_parser("caller-ids", help="numbers company campaigns call from")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser(
        "add", help="add a number (sandbox: verified at once; Twilio: one of the account's)"
    )
    p.add_argument("number", help="E.164 (+15551234567) or local to the primary site")
    json_flag(p)
    p.set_defaults(func=cmd_caller_add)
    add_plain(gsub, "list", cmd_caller_list, help="the caller IDs and whether they are verified")
