"""``api-keys create|list|revoke``: the company's API keys (secrets shown once, at creation)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, print_json, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.access.keys import ApiKeyInfo
    from talkpush_desktop.engine.workspace import Workspace


def _as_dict(k: ApiKeyInfo) -> dict[str, Any]:
    data = asdict(k)
    data["user"] = data.pop("user_email")
    for field in ("created_at", "last_used_at", "revoked_at"):
        when = data[field]
        data[field] = when.isoformat(timespec="seconds") if when else None
    return data


def _line(k: ApiKeyInfo) -> str:
    state = "revoked" if k.revoked_at else "active"
    return f"{k.id:>5}  {k.kind:<8}{k.key:<28}{state:<9}{k.name}"


def cmd_create(ws: Workspace, args: argparse.Namespace) -> int:
    made = ws.api_keys.create(args.kind, args.name, args.user)
    data: dict[str, Any] = {"id": made.id, "kind": made.kind, "name": made.name, "key": made.key}
    if made.secret is not None:
        data["secret"] = made.secret
    if made.user_email is not None:
        data["user"] = made.user_email
    if args.json:
        print_json(data)
        return 0
    for field, value in data.items():
        print(f"{field:<8}{value}")
    print("The key and secret are shown this once; only their hashes are stored.")
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    keys = ws.api_keys.list()
    return report(
        args,
        [_as_dict(k) for k in keys],
        (_line(k) for k in keys),
    )


def cmd_revoke(ws: Workspace, args: argparse.Namespace) -> int:
    info = ws.api_keys.revoke(args.id)
    return report(args, _as_dict(info), [f"revoked API key {info.id} ({info.key})"])


def add_parsers(sub: Any) -> None:
    """The ``api-keys`` group."""
    group = sub.add_parser("api-keys", help="create, list or revoke the company's API keys")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("create", help="a new key; its secret is printed once")
    p.add_argument(
        "--kind",
        choices=("intake", "partner"),
        required=True,
        help="intake: key and secret for career sites; partner: a bearer key for the partner API",
    )
    p.add_argument("--name", default="", help="what the key is for (e.g. the career site)")
    p.add_argument("--user", metavar="EMAIL", help="the user a partner key acts as (default owner)")
    json_flag(p)
    p.set_defaults(func=cmd_create)
    add_plain(gsub, "list", cmd_list, help="the keys (never their secrets)")
    p = gsub.add_parser("revoke", help="refuse a key from now on (also by a running server)")
    p.add_argument("id", type=int, help="the key's id (api-keys list)")
    json_flag(p)
    p.set_defaults(func=cmd_revoke)
