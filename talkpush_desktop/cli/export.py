"""``talkpush-desktop export``: a campaign's candidates, the dashboard's data and the SMS
breakdown as .xlsx workbooks, candidates as ATS JSON.

Files are written atomically: on any error (unknown campaign or candidate, unwritable
folder) the command exits with status 2 and no file is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.frame import frame_of

if TYPE_CHECKING:
    from talkpush_desktop.engine.exports.summary import ExportSummary
    from talkpush_desktop.engine.workspace import Workspace


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _progress() -> Callable[[int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(n: int) -> None:
        print(f"\r{n:,} candidates", end="", file=sys.stderr, flush=True)

    return show


def _report(args: argparse.Namespace, summary: ExportSummary, line: str) -> int:
    if args.json:
        _print_json(summary.to_json())
    else:
        print(line)
    return 0


def cmd_export_campaign(ws: Workspace, args: argparse.Namespace) -> int:
    progress = None if args.json else _progress()
    summary = ws.exports.campaign(args.campaign, args.out, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    return _report(args, summary, f"exported {summary.rows:,} candidate(s) to {summary.path}")


def cmd_export_analytics(ws: Workspace, args: argparse.Namespace) -> int:
    start, end = frame_of(ws, args)
    chosen = [ws.campaigns.get(c).id for c in args.campaign] if args.campaign else None
    summary = ws.exports.dashboard(args.out, start, end, chosen)
    line = f"exported {len(summary.sheets)} sheets ({start} to {end}) to {summary.path}"
    return _report(args, summary, line)


def cmd_export_sms_breakdown(ws: Workspace, args: argparse.Namespace) -> int:
    start, end = frame_of(ws, args)
    summary = ws.exports.sms_breakdown_file(args.out, start, end)
    totals = summary.totals
    line = (
        f"exported {summary.rows} campaign(s) ({start} to {end}): {totals['messages']:,} SMS, "
        f"{totals['segments']:,} segments, to {summary.path}"
    )
    return _report(args, summary, line)


def cmd_export_ats_json(ws: Workspace, args: argparse.Namespace) -> int:
    summary = ws.exports.ats_json_file(args.ids, args.out)
    return _report(args, summary, f"exported {summary.rows:,} candidate(s) to {summary.path}")


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _frame_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="first local day")
    p.add_argument(
        "--to", metavar="YYYY-MM-DD", help="last local day (default: today, company zone)"
    )


def add_parsers(sub: Any) -> None:
    exp = sub.add_parser("export", help="write candidates, analytics or SMS usage to a file")
    esub = exp.add_subparsers(dest="action", required=True)
    p = esub.add_parser("campaign", help="every candidate of a campaign to an .xlsx")
    p.add_argument("campaign", metavar="ID", help="campaign id (or title)")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    _json_flag(p)
    p.set_defaults(func=cmd_export_campaign)
    p = esub.add_parser("analytics", help="the data behind each dashboard chart to an .xlsx")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    _frame_options(p)
    p.add_argument("--campaign", action="append", help="campaign id or title (repeatable)")
    _json_flag(p)
    p.set_defaults(func=cmd_export_analytics)
    p = esub.add_parser("sms-breakdown", help="SMS and segments sent per campaign to an .xlsx")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    _frame_options(p)
    _json_flag(p)
    p.set_defaults(func=cmd_export_sms_breakdown)
    p = esub.add_parser("ats-json", help="candidates in the ATS JSON shape")
    p.add_argument("ids", nargs="+", type=int, metavar="ID", help="candidate ids")
    p.add_argument("out", type=Path, metavar="OUT.json")
    _json_flag(p)
    p.set_defaults(func=cmd_export_ats_json)
