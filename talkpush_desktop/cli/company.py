"""``company show`` and ``company set``: the acting company's settings (its public URL and
the IP whitelist of its API keys); ``companies add`` and ``companies list``: the workspace's
companies (``--company`` picks one)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def _print(data: dict[str, str], as_json: bool) -> None:
    if as_json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for key, value in data.items():
        print(f"{key:<14}{value or '(not set)'}")


def cmd_company_show(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws.company.settings(), args.json)
    return 0


def cmd_company_set(ws: Workspace, args: argparse.Namespace) -> int:
    if args.public_url is None and args.ip_whitelist is None:
        from talkpush_desktop.engine.errors import ValidationError

        raise ValidationError("company set needs --public-url or --ip-whitelist")
    if args.ip_whitelist is not None:
        from talkpush_desktop.engine.company import ip_whitelist

        ip_whitelist.parse(args.ip_whitelist)  # a bad entry changes nothing
    if args.public_url is not None:
        ws.company.set_public_url(args.public_url)
    if args.ip_whitelist is not None:
        ws.company.set_ip_whitelist(args.ip_whitelist)
    _print(ws.company.settings(), args.json)
    return 0


def cmd_companies_add(ws: Workspace, args: argparse.Namespace) -> int:
    firm = ws.companies.add(args.name, args.timezone)
    data = {"id": firm.id, "name": firm.name, "timezone": firm.timezone}
    return report(args, data, [f"company {firm.id}: {firm.name} ({firm.timezone})"])


def cmd_companies_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = [{"id": c.id, "name": c.name, "timezone": c.timezone} for c in ws.companies.all()]
    lines = (f"{r['id']:>4}  {r['name']}  ({r['timezone']})" for r in rows)
    return report(args, rows, lines)


def add_companies_parsers(sub: Any) -> None:
    """``companies add NAME [--timezone TZ]`` and ``companies list``."""
    group = sub.add_parser("companies", help="the workspace's companies (--company picks one)")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("add", help="a new company with its own labels and owner")
    p.add_argument("name", help="the company's name (new to the workspace)")
    p.add_argument("--timezone", default="UTC", help="IANA time zone (default UTC)")
    json_flag(p)
    p.set_defaults(func=cmd_companies_add)
    add_plain(gsub, "list", cmd_companies_list, help="every company: id, name, time zone")


def add_parsers(sub: Any) -> None:
    """``company show`` and ``company set [--public-url URL] [--ip-whitelist LIST]``."""
    company = sub.add_parser(
        "company", help="the workspace's own settings (public URL, IP whitelist)"
    )
    csub = company.add_subparsers(dest="action", required=True)
    p = csub.add_parser("show", help="name, time zone, public URL and IP whitelist")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_company_show)
    p = csub.add_parser("set", help="change a setting")
    p.add_argument(
        "--public-url",
        help="the base web address the web interview links start with (https://...)",
    )
    p.add_argument(
        "--ip-whitelist",
        metavar="LIST",
        help='addresses or networks the API keys may call from, e.g. "1.2.3.4,10.0.0.0/8"'
        ' ("" allows any)',
    )
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_company_set)
