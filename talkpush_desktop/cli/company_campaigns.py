"""``company-campaigns list|show|create|update|pause|resume``: seed 004's company calling
campaigns. ``create`` and ``update`` read the Partner API's JSON body from a file (or
stdin: no file, or ``-``) and print what the API answers; refusals are the API's words."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, positive_int, report
from talkpush_desktop.engine.errors import WorkspaceError

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
    from talkpush_desktop.engine.workspace import Workspace


def read_input(name: str | None) -> str:
    """The text of file ``name``, or stdin for None or ``-``."""
    if name in (None, "-"):
        return sys.stdin.read() if sys.stdin is not None else ""
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise WorkspaceError(f"cannot read {name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise WorkspaceError(f"cannot read {name}: it is not UTF-8 text") from None


def _body(name: str | None) -> Any:
    from talkpush_desktop.engine.outbound.bodies.lead_files import json_body

    return json_body(read_input(name))


def _line(c: CompanyCampaignInfo) -> str:
    from talkpush_desktop.engine.outbound import schedule

    when = schedule.display(c.call_start_time_utc, c.timezone) or "no call time"
    return f"{c.id:>6}  {c.status:<9} {c.purpose_type:<20} {when:<22} {c.title}"


def _detail(c: CompanyCampaignInfo) -> dict[str, Any]:
    from talkpush_desktop.engine.outbound import shapes

    return shapes.detail(c)


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.outbound import shapes

    page = ws.outbound.campaigns(
        status=args.status, purpose_type=args.purpose, page=args.page, limit=args.limit
    )
    return report(args, shapes.campaigns_page(page), map(_line, page.campaigns))


def _show(args: argparse.Namespace, c: CompanyCampaignInfo, said: str) -> int:
    return report(args, {"campaign": _detail(c)}, [f"{said}:", _line(c)])


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    c = ws.outbound.get(args.campaign)
    return report(args, {"campaign": _detail(c)}, json.dumps(_detail(c), indent=2).splitlines())


def cmd_create(ws: Workspace, args: argparse.Namespace) -> int:
    return _show(args, ws.outbound.create(_body(args.file)), "created")


def cmd_update(ws: Workspace, args: argparse.Namespace) -> int:
    c = ws.outbound.update(args.campaign, _body(args.file))
    data = {"status": "success", "flowId": c.id, "campaign": _detail(c)}
    return report(args, data, ["updated:", _line(c)])


def cmd_pause(ws: Workspace, args: argparse.Namespace) -> int:
    return _show(args, ws.outbound.pause(args.campaign), "paused")


def cmd_resume(ws: Workspace, args: argparse.Namespace) -> int:
    return _show(args, ws.outbound.resume(args.campaign), "resumed")


def _campaign_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("campaign", help="the company campaign's id")


def add_parsers(sub: Any) -> None:
    """The ``company-campaigns`` group."""
    group = sub.add_parser(
        "company-campaigns", help="company outbound calling campaigns (the Partner API's)"
    )
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("list", help="newest first, as GET /campaigns")
    p.add_argument("--status", help="exact status, e.g. RUNNING")
    p.add_argument("--purpose", help="exact purposeType, e.g. SCHEDULE")
    p.add_argument("--page", type=positive_int, default=1)
    p.add_argument("--limit", type=positive_int, default=20, help="1 to 100 (default 20)")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    for name, func, text in (
        ("show", cmd_show, "one campaign, as GET /campaigns/:id"),
        ("pause", cmd_pause, "stop calling (no attempt is lost)"),
        ("resume", cmd_resume, "call again"),
    ):
        p = gsub.add_parser(name, help=text)
        _campaign_arg(p)
        json_flag(p)
        p.set_defaults(func=func)
    p = gsub.add_parser("create", help="from the API's JSON body (a file, or stdin)")
    p.add_argument("file", nargs="?", help="the JSON body (default or -: stdin)")
    json_flag(p)
    p.set_defaults(func=cmd_create)
    p = gsub.add_parser("update", help="apply the API's PATCH body (a file, or stdin)")
    _campaign_arg(p)
    p.add_argument("file", nargs="?", help="the JSON body (default or -: stdin)")
    json_flag(p)
    p.set_defaults(func=cmd_update)
