"""The ``sheets`` group: Google Sheets polled for new sign-ups (see README "Command line").

``sheets add URL --campaign C [--every MINUTES]`` checks the sheet at once and registers it;
the sync worker (``sync``, the window) then polls it. ``sheets poll [ID]`` polls now.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, positive_int, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_sheets_add(ws: Workspace, args: argparse.Namespace) -> int:
    sheet_id, checked = ws.sheets.add(args.url, args.campaign, args.every)
    data = {"id": sheet_id, **checked.to_json()}

    def lines() -> Any:
        yield f"sheet {sheet_id}: polled every {args.every} minutes, {checked.data_rows} rows now"
        for i, column in enumerate(checked.columns, 1):
            yield f"  column {i:>2} {column['column']:<30} -> {column['field']}"

    return report(args, data, lines())


def cmd_sheets_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = [s.to_json() for s in ws.sheets.list_sheets()]
    lines = (
        f"{s['id']:>4}  {s['status']:<8} every {s['every_minutes']} min  "
        f"+{s['rows_imported']}  last poll {s['last_poll_at'] or 'never'}  {s['url']}"
        + (f"\n      {s['last_error']}" if s["last_error"] else "")
        for s in items
    )
    return report(args, items, lines)


def cmd_sheets_poll(ws: Workspace, args: argparse.Namespace) -> int:
    polls = ws.sheets.poll(args.id)
    keys = ("imported", "already_imported", "rejected", "invited")
    data: dict[str, Any] = {k: sum(getattr(p, k) for p in polls) for k in keys}
    data["sheets"] = [p.to_json() for p in polls]
    lines = (
        f"sheet {p.id}: {p.status}, imported {p.imported}, already imported "
        f"{p.already_imported}, rejected {p.rejected}, invited {p.invited}"
        + (f"\n  {p.error}" if p.error else "")
        for p in polls
    )
    return report(args, data, lines)


def cmd_sheets_remove(ws: Workspace, args: argparse.Namespace) -> int:
    ws.sheets.remove(args.id)
    return report(args, {"id": args.id, "removed": True}, [f"sheet {args.id} removed"])


def add_parsers(sub: Any) -> None:
    """The ``sheets`` group."""
    group = sub.add_parser("sheets", help="Google Sheets polled for new sign-ups")
    ssub = group.add_subparsers(dest="action", required=True)
    p = ssub.add_parser("add", help="check a sheet and poll it for new rows from now on")
    p.add_argument("url", help="the sheet's link or its published CSV address")
    p.add_argument("--campaign", required=True, help="campaign id or title")
    p.add_argument(
        "--every", type=positive_int, default=5, metavar="MINUTES", help="poll interval (5)"
    )
    json_flag(p)
    p.set_defaults(func=cmd_sheets_add)
    add_plain(ssub, "list", cmd_sheets_list, help="the sheets, with their polling status")
    p = ssub.add_parser("poll", help="poll one sheet (or all of them) now")
    p.add_argument("id", nargs="?", type=int, help="the sheet's id (default: every sheet)")
    json_flag(p)
    p.set_defaults(func=cmd_sheets_poll)
    p = ssub.add_parser("remove", help="stop polling a sheet (its candidates stay)")
    p.add_argument("id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_sheets_remove)
