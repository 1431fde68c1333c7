"""``company show`` and ``company set``: the workspace's own settings (its public URL)."""

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
        print(f"{key:<12}{value or '(not set)'}")


def cmd_company_show(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws.company.settings(), args.json)
    return 0


def cmd_company_set(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws.company.set_public_url(args.public_url), args.json)
    return 0


def add_parsers(sub: Any) -> None:
    """``company show`` and ``company set --public-url URL``."""
    company = sub.add_parser("company", help="the workspace's own settings (public URL)")
    csub = company.add_subparsers(dest="action", required=True)
    p = csub.add_parser("show", help="name, time zone and public URL")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_company_show)
    p = csub.add_parser("set", help="change a setting")
    p.add_argument(
        "--public-url",
        required=True,
        help="the base web address the web interview links start with (https://...)",
    )
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_company_set)
