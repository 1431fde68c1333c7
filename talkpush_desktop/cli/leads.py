"""``leads list|show|add|remove|submitted CAMPAIGN``: the people on a company campaign; and
``do-not-call add|list``, the company's list no campaign calls.

``add`` reads the Partner API's JSON body, a CSV with a header row, or one email a line,
from a file or stdin."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, json_flag, positive_int, report
from talkpush_desktop.cli.company_campaigns import read_input
from talkpush_desktop.engine.errors import WorkspaceError

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dto import LeadInfo
    from talkpush_desktop.engine.workspace import Workspace


def _line(x: LeadInfo) -> str:
    name = " ".join(f"{x.first_name} {x.last_name}".split())
    return f"{x.id:>8}  {x.status:<14}{x.flow_status:<11}{x.email:<32}{x.phone:<16}{name}"


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    page = ws.outbound.leads(
        args.campaign, search=args.search, status=args.status, page=args.page, limit=args.limit
    )
    more = page.total - (page.page - 1) * page.limit - len(page.leads)
    tail = [f"... {more} more (--page {page.page + 1})"] if more > 0 else []
    return report(args, page.to_json(), [*map(_line, page.leads), *tail])


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    lead = ws.outbound.lead(args.campaign, args.lead)
    texts = ws.outbound.texts(args.campaign, args.lead)
    lines = [_line(lead)]
    for x in texts:
        when = x.sent_at or x.due_at
        said = f" ({x.reason})" if x.reason else ""
        lines.append(f"  {x.kind:<10}{x.state:<9}{when:%Y-%m-%d %H:%M} UTC  {x.body}{said}")
    data = lead.to_json() | {"texts": [x.to_json() for x in texts]}
    return report(args, data, lines)


def cmd_add(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.outbound.bodies.lead_files import parse

    done = ws.outbound.add_leads(args.campaign, parse(read_input(args.file)))
    lines = [f"added {done.added}, skipped {done.skipped}"]
    lines += [f"skipped {email}: {why}" for email, why in done.reasons.items()]
    return report(args, done.to_json(), lines)


def cmd_remove(ws: Workspace, args: argparse.Namespace) -> int:
    lead = ws.outbound.remove_lead(args.campaign, args.lead)
    return report(args, {"status": "success", "leadId": lead}, [f"removed lead {lead}"])


def cmd_submitted(ws: Workspace, args: argparse.Namespace) -> int:
    ids = ws.outbound.set_assessment_submitted(args.campaign, args.leads, not args.undo)
    word = "Not submitted" if args.undo else "Submitted"
    return report(
        args,
        {"leadIds": ids, "assessmentSubmitted": word},
        [f"{word}: {', '.join(map(str, ids))}"],
    )


def cmd_dnc_add(ws: Workspace, args: argparse.Namespace) -> int:
    if not args.phone and not args.email:
        raise WorkspaceError("give --phone, --email or both")
    added = ws.outbound.add_do_not_call(phone=args.phone or "", email=args.email or "")
    said = "added to" if added else "already on"
    return report(args, {"added": added}, [f"{said} the do-not-call list"])


def cmd_dnc_list(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.outbound.do_not_call()
    lines = (f"{e['phone'] or '-':<16}{e['email'] or '-':<32}{e['source']}" for e in found)
    return report(args, found, lines)


def add_parsers(sub: Any) -> None:
    """The ``leads`` group."""
    group = sub.add_parser("leads", help="the people on a company campaign")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("list", help="as GET /campaigns/:id/leads")
    p.add_argument("campaign")
    p.add_argument("--search", help="part of a first name, last name or email")
    p.add_argument("--status", help="Pending, Interested, NotInterested or NoAnswer")
    p.add_argument("--page", type=positive_int, default=1)
    p.add_argument("--limit", type=positive_int, default=20, help="1 to 100 (default 20)")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = gsub.add_parser("show", help="one lead and its assessment texts")
    p.add_argument("campaign")
    p.add_argument("lead", help="the leadId")
    json_flag(p)
    p.set_defaults(func=cmd_show)
    p = gsub.add_parser("add", help="emails, a CSV or the API's JSON body (a file, or stdin)")
    p.add_argument("campaign")
    p.add_argument("file", nargs="?", help="default or -: stdin")
    json_flag(p)
    p.set_defaults(func=cmd_add)
    p = gsub.add_parser("remove", help="take a lead off the campaign")
    p.add_argument("campaign")
    p.add_argument("lead", help="the leadId")
    json_flag(p)
    p.set_defaults(func=cmd_remove)
    p = gsub.add_parser("submitted", help="leads who submitted the assessment")
    p.add_argument("campaign")
    p.add_argument("leads", nargs="+", metavar="LEAD")
    p.add_argument("--undo", action="store_true", help="mark them Not submitted")
    json_flag(p)
    p.set_defaults(func=cmd_submitted)

    group = sub.add_parser("do-not-call", help="phones and emails no company campaign calls")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("add", help="never call this phone nor add this email again")
    p.add_argument("--phone", help="E.164 or local to the primary site")
    p.add_argument("--email")
    json_flag(p)
    p.set_defaults(func=cmd_dnc_add)
    add_plain(gsub, "list", cmd_dnc_list, help="the company's do-not-call list")
