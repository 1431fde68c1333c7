"""``share``: links to a candidate's profile for someone with no account.

``share create CANDIDATE_ID [--sections contact,responses,conversation,labels,cv]
[--expires 7d] [--to EMAIL] [--json]`` prints ``url``, ``token``, ``expires_at``;
``share list CANDIDATE_ID [--json]``; ``share revoke TOKEN``; ``share save CANDIDATE_ID
OUT.html [--sections ...]`` writes the page as one self-contained file (no server needed).
``serve`` answers the links at ``/share/TOKEN``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, print_json, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace

SECTIONS_HELP = "comma-separated: contact, responses, conversation, labels, cv (default all)"


def _sections(text: str | None) -> tuple[str, ...] | None:
    from talkpush_desktop.engine.sharing.links import parse_sections

    return None if text is None else parse_sections(text)


def cmd_create(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.sharing.links import parse_expiry

    expires = parse_expiry(args.expires)
    link = ws.sharing.create(args.candidate_id, _sections(args.sections), expires, args.to or "")
    data = link.to_json()
    if args.json:
        print_json(data)
    else:
        print(f"{data['url']}\nexpires {data['expires_at']} UTC")
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = [link.to_json() for link in ws.sharing.links(args.candidate_id)]
    lines = (
        f"{r['state']:<8} {r['expires_at'][:16]}  {','.join(r['sections'])}  {r['url']}"
        for r in rows
    )
    return report(args, rows, lines)


def cmd_revoke(ws: Workspace, args: argparse.Namespace) -> int:
    link = ws.sharing.revoke(args.token)
    data: dict[str, Any] = {"token": link.token, "revoked": True}
    return report(args, data, [f"revoked: {link.url}"])


def cmd_save(ws: Workspace, args: argparse.Namespace) -> int:
    path = ws.sharing.save_page(args.candidate_id, args.out, _sections(args.sections))
    return report(args, {"path": str(path)}, [f"saved {path}"])


def add_parsers(sub: Any) -> None:
    """``share create``, ``share list``, ``share revoke`` and ``share save``."""
    share = sub.add_parser("share", help="share a candidate's profile through a link")
    ssub = share.add_subparsers(dest="action", required=True)
    p = ssub.add_parser("create", help="a signed, expiring link to a read-only page")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--sections", help=SECTIONS_HELP)
    p.add_argument("--expires", default="7d", help="how long it opens: 7d, 12h, 30m (default 7d)")
    p.add_argument("--to", metavar="EMAIL", help="the recipient's email (kept with the link)")
    json_flag(p)
    p.set_defaults(func=cmd_create)
    p = ssub.add_parser("list", help="a candidate's links and their state")
    p.add_argument("candidate_id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = ssub.add_parser("revoke", help="end a link (its page then answers 404)")
    p.add_argument("token")
    json_flag(p)
    p.set_defaults(func=cmd_revoke)
    p = ssub.add_parser("save", help="write the page as one self-contained HTML file")
    p.add_argument("candidate_id", type=int)
    p.add_argument("out", type=Path)
    p.add_argument("--sections", help=SECTIONS_HELP)
    json_flag(p)
    p.set_defaults(func=cmd_save)
