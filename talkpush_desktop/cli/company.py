"""``company show`` and ``company set``: the workspace's own settings (its public URL and the
IP whitelist of its API keys)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

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
