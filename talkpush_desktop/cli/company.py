"""``company show`` and ``company set`` (alias ``settings``): the acting company's settings
(name, time zone, domain and IP whitelists, command-line sign-in, public URL; owner
only); ``companies add`` and ``companies list``: the workspace's companies (``--company``
picks one)."""

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


_SETTINGS = ("name", "timezone", "domain_whitelist", "ip_whitelist", "cli_sign_in")


def cmd_company_set(ws: Workspace, args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in _SETTINGS if getattr(args, k) is not None}
    if args.public_url is None and not values:
        from talkpush_desktop.engine.errors import ValidationError

        raise ValidationError(
            "company set needs --name, --timezone, --domain-whitelist, --ip-whitelist,"
            " --cli-sign-in or --public-url"
        )
    if values:  # owner only; every value checked before any is set
        if "ip_whitelist" in values:
            values["ip_list"] = values.pop("ip_whitelist")
        if "cli_sign_in" in values:
            values["cli_sign_in"] = values["cli_sign_in"] == "on"
        ws.accounts.update_settings(**values)
    if args.public_url is not None:
        ws.company.set_public_url(args.public_url)
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
        "company", help="the company's settings (name, time zone, whitelists, public URL)"
    )
    csub = company.add_subparsers(dest="action", required=True)
    p = csub.add_parser("show", help="name, time zone, public URL and IP whitelist")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_company_show)
    p = csub.add_parser("set", aliases=["settings"], help="change settings (owner only)")
    p.add_argument("--name", help="the company's name")
    p.add_argument("--timezone", help="IANA time zone, e.g. Asia/Manila")
    p.add_argument(
        "--domain-whitelist",
        metavar="LIST",
        help='the only email domains that may hold accounts, e.g. "acme.com,acme.ph"'
        ' ("" allows any)',
    )
    p.add_argument(
        "--cli-sign-in",
        choices=("on", "off"),
        help="on: every command needs --user EMAIL and its password (TALKPUSH_PASSWORD)",
    )
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
