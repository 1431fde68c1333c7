"""The ``talkpush-desktop`` command line: the window, plus every engine action headless.

Commands, options and JSON keys here are a contract (see README "Command line").
Errors print one line on stderr (no traceback) and exit with status 2.

The parser is built without the engine's database code: ``--help`` and usage errors never
load SQLAlchemy, and each command imports only the engine modules it runs (``cli_*`` alike).
A command with a ``quick`` default (``counts``) first tries to answer from an up-to-date
SQLite workspace through plain sqlite3 (:mod:`engine.quick_reads`), else opens it whole.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from talkpush_desktop.cli import analytics as cli_analytics
from talkpush_desktop.cli import calls as cli_calls
from talkpush_desktop.cli import company as cli_company
from talkpush_desktop.cli import export as cli_export
from talkpush_desktop.cli import messaging as cli_messaging
from talkpush_desktop.cli.intake import add_map_option, add_preview_parser, parse_map
from talkpush_desktop.engine.errors import ValidationError, WorkspaceError

if TYPE_CHECKING:
    from talkpush_desktop.engine.candidates.filters import CandidateFilter
    from talkpush_desktop.engine.candidates.selection import Targets
    from talkpush_desktop.engine.dto import MessageInfo
    from talkpush_desktop.engine.workspace import Workspace

PROG = "talkpush-desktop"
EXIT_ERROR = 2
EXIT_BROKEN_PIPE = 1  # as Python's own recipe; the reader has gone, nothing to say


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str, ensure_ascii=False)
    sys.stdout.write("\n")


class _Parser(argparse.ArgumentParser):
    """Usage errors as every other error: one line on stderr, exit status 2.

    Sub-command parsers are made of the same class (``add_subparsers`` uses the parent's).
    """

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix(PROG).strip()
        where = f"{command}: " if command else ""
        text = " ".join(message.split())
        self.exit(EXIT_ERROR, f"{PROG}: error: {where}{text} (see {self.prog} --help)\n")


def positive_int(text: str) -> int:
    """An option value that counts something: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


# -- commands ------------------------------------------------------------------------------


def cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine import demo

    report = demo.generate(
        ws.context,
        candidates=args.candidates,
        seed=args.seed,
        progress=None if args.json else _progress_printer("candidates"),
    )
    if args.json:
        _print_json(report)
    else:
        print(
            f"demo workspace ready: {report['candidates']} candidates in "
            f"{report['campaigns']} campaigns ({report['seconds']:.1f} s)"
        )
    return 0


def _progress_printer(unit: str) -> Callable[[int], None]:
    def show(n: int) -> None:
        print(f"\r{n:,} {unit}", end="", file=sys.stderr, flush=True)

    return show


def cmd_campaigns_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.campaigns.all()
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "hotline_country": c.hotline_country,
                    "interview_language": c.interview_language,
                    "status": c.status,
                    "counts": ws.candidates.folder_counts(c.id),
                }
                for c in items
            ]
        )
    else:
        for c in items:
            print(f"{c.id:>6}  {c.title}  ({c.hotline_country}, {c.status})")
    return 0


def cmd_campaigns_create(ws: Workspace, args: argparse.Namespace) -> int:
    c = ws.campaigns.create(
        args.title, hotline_country=args.country, interview_language=args.language
    )
    if args.json:
        _print_json({"id": c.id, "title": c.title})
    else:
        print(f"created campaign {c.id}: {c.title}")
    return 0


def cmd_import_sheet(ws: Workspace, args: argparse.Namespace) -> int:
    """Download a published sheet and import the rows added since the last import of it."""
    args.file = ws.intake.download_sheet(args.url)
    args.format = "google-form"
    args.sheet_key = args.sheet_key or args.url
    return cmd_import_csv(ws, args)


def cmd_import_csv(ws: Workspace, args: argparse.Namespace) -> int:
    summary = ws.intake.import_csv(
        args.file,
        args.campaign,
        args.format,
        sheet_key=args.sheet_key,
        progress=None if args.json else _progress_printer("rows"),
        mapping=parse_map(args.map),
        invite=not args.no_invite,  # the seed: sign-ups are invited automatically
    )
    data = summary.to_json()
    if args.json:
        _print_json(data)
    else:
        print(
            f"\rbatch {summary.batch_id}: imported {summary.imported}, duplicates "
            f"{summary.duplicates}, rejected {summary.rejected}, already imported "
            f"{summary.already_imported}, warnings {summary.warning_count}\n"
            f"rejects report: {summary.rejects_report}"
        )
        _print_not_invited(summary.not_invited or [])
    return 0


def _print_not_invited(items: Sequence[Mapping[str, Any]]) -> None:
    """One line per candidate whose invitation could not be sent (No Campaign Invitation)."""
    for item in items:
        print(f"not invited {item['id']}: {item['reason']}")


def cmd_import_undo(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.intake.undo_import(args.batch_id)
    if args.json:
        _print_json(result.to_json())
    else:
        print(
            f"batch {result.batch_id}: removed {result.removed} candidates, kept {len(result.kept)}"
        )
        for item in result.kept:
            print(f"  kept {item['id']}: {item['reason']}")
    return 0


def cmd_import_list(ws: Workspace, args: argparse.Namespace) -> int:

    items = ws.intake.batches()
    if args.json:
        _print_json(items)
    else:
        for b in items:
            print(
                f"{b['id']:>6}  {b['status']:<9} +{b['imported']} dup {b['duplicates']} "
                f"rej {b['rejected']}  {b['file']}"
            )
    return 0


def _filter(ws: Workspace, args: argparse.Namespace) -> CandidateFilter:
    from talkpush_desktop.engine.candidates.filters import CandidateFilter
    from talkpush_desktop.engine.candidates.folders import parse_folder

    campaign_id = ws.campaigns.get(args.campaign).id if args.campaign else None
    return CandidateFilter(
        campaign_id=campaign_id,
        folder=parse_folder(args.folder) if args.folder else None,
        labels=tuple(args.label or ()),
        source=args.source,
        added_from=args.added_from,
        added_to=args.added_to,
        completed=args.completed,
        search=args.search or "",
    )


def cmd_candidates_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.candidates.page(_filter(ws, args), limit=args.limit)
    if args.json:
        _print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            tags = f"  [{', '.join(r.labels)}]" if r.labels else ""
            print(f"{r.id:>8}  {r.full_name:<30} {r.folder:<12} {r.email or r.phone}{tags}")
    return 0


def cmd_candidates_add(ws: Workspace, args: argparse.Namespace) -> int:
    cid = ws.intake.add_candidate(
        args.campaign,
        first_name=args.first_name,
        last_name=args.last_name,
        email=args.email,
        phone=args.phone,
        country_code=args.country_code,
        source=args.source,
        cv_file=args.cv,
        referee=_referee(args),
    )
    sent = ws.messaging.send_invitations([cid]).to_json() if not args.no_invite else {}
    if args.json:
        _print_json(ws.candidates.get(cid).row.to_json() | sent)
    else:
        print(f"added candidate {cid}")
        _print_not_invited(sent.get("not_invited", []))
    return 0


def _referee(args: argparse.Namespace) -> dict[str, str]:
    """The ``--referee*`` options as the engine's referee fields."""
    first, _, last = (args.referee or "").strip().rpartition(" ")
    first, last = (first, last) if first else (last, "")
    return {"first_name": first, "last_name": last, "email": args.referee_email or ""}


def cmd_candidates_show(ws: Workspace, args: argparse.Namespace) -> int:
    d = ws.candidates.get(args.id)
    data = d.row.to_json() | {
        "school_name": d.school_name,
        "gender": d.gender,
        "employment": d.employment,
        "links": d.links,
        "referee": d.referee,
        "others": d.others,
        "cv_path": d.cv_path,
        "access_code": d.access_code,
        "responses": [
            {
                "question": r.question,
                "answer_type": r.answer_type,
                "text": r.text,
                "transcript": r.transcript,
            }
            for r in d.responses
        ],
    }
    _print_json(data)
    return 0


FILTER_OPTIONS = ("campaign", "folder", "label", "search", "source", "added_from", "added_to")


def _targets(ws: Workspace, args: argparse.Namespace) -> Targets:
    """The candidate ids given, or with ``--all`` every candidate matching the filter."""
    from talkpush_desktop.engine.candidates.selection import Selection

    if args.all:
        if args.ids:
            raise ValidationError("give candidate ids or --all with filter options, not both")
        return Selection.matching(_filter(ws, args))
    if not args.ids:
        raise ValidationError("give candidate ids, or --all to act on every match of a filter")
    if args.completed is not None or any(getattr(args, name) for name in FILTER_OPTIONS):
        raise ValidationError("filter options select candidates only with --all")
    return [int(i) for i in args.ids]


NOTIFY_EVENTS = {"Shortlisted": "shortlisted", "Rejected": "rejection"}


def cmd_candidates_move(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.candidates.folders import parse_folder

    folder = parse_folder(args.to).value
    if args.notify and folder not in NOTIFY_EVENTS:
        raise ValidationError(f"--notify: {folder} has no notification template")
    targets = _targets(ws, args)
    moved = ws.candidates.move(targets, args.to)
    notified = ws.messaging.notify(targets, NOTIFY_EVENTS[folder]) if args.notify else 0
    if args.json:
        extra = {"notified": notified} if args.notify else {}
        _print_json({"moved": moved, "folder": folder} | extra)
    else:
        print(f"moved {moved} candidate(s) to {folder}")
        if args.notify:
            print(f"queued {notified} notification message(s)")
    return 0


def cmd_candidates_label(ws: Workspace, args: argparse.Namespace) -> int:
    changed = {}
    targets = _targets(ws, args)
    for name in args.add or ():
        changed[f"added:{name}"] = ws.labels.add(targets, name)
    for name in args.remove or ():
        changed[f"removed:{name}"] = ws.labels.remove(targets, name)
    if args.json:
        _print_json(changed)
    else:
        for key, n in changed.items():
            verb, name = key.split(":", 1)
            print(f"{verb} label {name!r} on {n} candidate(s)")
    return 0


def cmd_counts(ws: Workspace, args: argparse.Namespace) -> int:
    campaign_id = ws.campaigns.get(args.campaign).id if args.campaign else None
    return _print_counts(ws.candidates.folder_counts(campaign_id), args)


def quick_counts(args: argparse.Namespace) -> int | None:
    """``counts`` of all campaigns without opening the whole workspace, when it can be."""
    if args.campaign or args.database:
        return None
    from talkpush_desktop.engine import quick_reads

    counts = quick_reads.folder_counts(args.data_dir, args.busy_timeout)
    return None if counts is None else _print_counts(counts, args)


def _print_counts(counts: Mapping[str, int], args: argparse.Namespace) -> int:
    if args.json:
        _print_json(counts)
    else:
        for folder, n in counts.items():
            print(f"{folder:<24}{n:>10,}")
    return 0


def cmd_labels_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.labels.all()
    if args.json:
        _print_json([{"id": x.id, "name": x.name, "automatic": x.automatic} for x in items])
    else:
        for x in items:
            print(f"{x.name}{' (automatic)' if x.automatic else ''}")
    return 0


def cmd_expire_pins(ws: Workspace, args: argparse.Namespace) -> int:
    n = ws.candidates.expire_pins()
    if args.json:
        _print_json({"moved_to_no_response": n})
    else:
        print(f"{n} candidate(s) moved to No Response")
    return 0


def _print_message(m: MessageInfo) -> None:
    who = m.author or m.kind
    state = f" [{m.state}]" if m.state in {"queued", "failed"} else ""
    media = f" ({m.media_type}: {m.media_url or 'attachment'})" if m.media_type else ""
    body = " ".join(m.body.split())
    print(f"{m.id:>8}  {m.created_at:%Y-%m-%d %H:%M}  {m.channel:<9} {who}: {body}{media}{state}")


def cmd_messages_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.messages(args.candidate_id)
    if args.json:
        _print_json([m.to_json() for m in items])
    else:
        for m in items:
            _print_message(m)
    return 0


def cmd_messages_comment(ws: Workspace, args: argparse.Namespace) -> int:
    saved = ws.messaging.add_comment(args.candidate_id, args.text)
    if args.json:
        _print_json(saved.to_json())
    else:
        print(f"saved comment {saved.id} (private, not visible to the candidate)")
    return 0


def cmd_messages_queue(ws: Workspace, args: argparse.Namespace) -> int:
    queued = ws.messaging.queue_message(args.candidate_id, args.text, args.channel)
    if args.json:
        _print_json(queued.to_json())
    else:
        print(f"queued message {queued.id} ({queued.channel})")
    return 0


def cmd_messages_tokens(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.message_tokens()
    if args.json:
        _print_json([{"token": t.text, "name": t.name, "label": t.label} for t in items])
    else:
        for t in items:
            print(f"{t.text:<42} {t.description}")
    return 0


def cmd_messages_render(ws: Workspace, args: argparse.Namespace) -> int:
    rendered = ws.messaging.render_message(args.candidate_id, args.text)
    if args.json:
        _print_json({"text": rendered.text, "missing": list(rendered.missing)})
    else:
        print(rendered.text)
    return 0


def cmd_quick_replies_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.quick_replies()
    if args.json:
        _print_json([{"id": q.id, "title": q.title, "body": q.body} for q in items])
    else:
        for q in items:
            print(f"{q.id:>6}  {q.title}: {' '.join(q.body.split())}")
    return 0


def cmd_quick_replies_add(ws: Workspace, args: argparse.Namespace) -> int:
    q = ws.messaging.create_quick_reply(args.title, args.text)
    if args.json:
        _print_json({"id": q.id, "title": q.title, "body": q.body})
    else:
        print(f"created quick reply {q.id}: {q.title}")
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use WIDTHxHEIGHT)") from None
    return width, height


def cmd_screenshot(ws: Workspace, args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from talkpush_desktop.views.app import render_analytics_screenshot, render_screenshot

    if ws.campaigns.is_empty():
        from talkpush_desktop.engine import demo

        demo.generate(ws.context, candidates=2000)
    if args.analytics:
        from talkpush_desktop.views.analytics import window as analytics_window

        width, height = args.size or (analytics_window.SCREENSHOT_WIDTH, None)
        out = render_analytics_screenshot(ws, args.out, width, height, args.analytics)
    else:
        size = args.size or (1400, 860)
        out = render_screenshot(ws, args.out, size, args.candidate, select_all=args.select_all)
    print(out)
    return 0


# -- parser --------------------------------------------------------------------------------


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--campaign", help="campaign id or title (default: all campaigns)")
    p.add_argument("--folder", help="Inbox, Completed, Shortlisted, On Hold, Rejected, ...")
    p.add_argument("--label", action="append", help="only candidates with this label (repeat)")
    p.add_argument("--search", help="name, email, phone or candidate id (prefixes)")
    p.add_argument("--source", help="only candidates from this source")
    p.add_argument("--added-from", type=_date, help="added on or after (YYYY-MM-DD)")
    p.add_argument("--added-to", type=_date, help="added before (YYYY-MM-DD)")
    done = p.add_mutually_exclusive_group()
    done.add_argument("--completed", action="store_true", default=None, dest="completed")
    done.add_argument("--not-completed", action="store_false", dest="completed")


def _add_selection_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", nargs="*", type=int, help="candidate ids (or use --all)")
    p.add_argument("--all", action="store_true", help="every candidate matching the filter options")
    _add_filter_options(p)


def _candidates_parser(sub: Any) -> None:
    cand = sub.add_parser("candidates", help="list, add, move and label candidates")
    csub = cand.add_subparsers(dest="action", required=True)
    p = csub.add_parser("list", help="list candidates (newest first)")
    _add_filter_options(p)
    p.add_argument("--limit", type=positive_int, default=100)
    _json_flag(p)
    p.set_defaults(func=cmd_candidates_list)
    p = csub.add_parser("add", help="add one candidate (email or phone required)")
    p.add_argument("--campaign", required=True)
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", default="")
    p.add_argument("--email", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--country-code", default="")
    p.add_argument("--source", default="Manual")
    p.add_argument("--cv", type=Path, help="a CV file, copied into the workspace folder")
    p.add_argument("--referee", help="who referred the candidate (full name)")
    p.add_argument("--referee-email", help="the referee's email address")
    p.add_argument("--no-invite", action="store_true", help="do not send the invitation templates")
    _json_flag(p)
    p.set_defaults(func=cmd_candidates_add)
    p = csub.add_parser("show", help="one candidate's profile as JSON")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_candidates_show)
    p = csub.add_parser("move", help="move candidates to a folder")
    _add_selection_options(p)
    p.add_argument("--to", required=True, help="Shortlisted, On Hold, Rejected, Hired or Inbox")
    p.add_argument(
        "--notify", action="store_true", help="send the Shortlisted / Rejection template"
    )
    _json_flag(p)
    p.set_defaults(func=cmd_candidates_move)
    p = csub.add_parser("label", help="add or remove labels")
    _add_selection_options(p)
    p.add_argument("--add", action="append")
    p.add_argument("--remove", action="append")
    _json_flag(p)
    p.set_defaults(func=cmd_candidates_label)


def _messages_parser(sub: Any) -> None:
    msg = sub.add_parser("messages", help="a candidate's conversation: list, comment, queue")
    msub = msg.add_subparsers(dest="action", required=True)
    p = msub.add_parser("list", help="a candidate's messages, oldest first")
    p.add_argument("candidate_id", type=int)
    _json_flag(p)
    p.set_defaults(func=cmd_messages_list)
    p = msub.add_parser("comment", help="save a private comment (never sent)")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    _json_flag(p)
    p.set_defaults(func=cmd_messages_comment)
    p = msub.add_parser("queue", help="store a message to the candidate, queued for sending")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    p.add_argument("--channel", required=True, help="sms, email, messenger, wechat or web")
    _json_flag(p)
    p.set_defaults(func=cmd_messages_queue)
    p = msub.add_parser("tokens", help="tokens a message can hold, e.g. <%%= @company %%>")
    _json_flag(p)
    p.set_defaults(func=cmd_messages_tokens)
    p = msub.add_parser("render", help="a text with a candidate's tokens filled in")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    _json_flag(p)
    p.set_defaults(func=cmd_messages_render)
    cli_messaging.add_send_parsers(msub)
    qr = sub.add_parser("quick-replies", help="list or add company-wide quick replies")
    qsub = qr.add_subparsers(dest="action", required=True)
    p = qsub.add_parser("list")
    _json_flag(p)
    p.set_defaults(func=cmd_quick_replies_list)
    p = qsub.add_parser("add")
    p.add_argument("--title", required=True)
    p.add_argument("--text", required=True, help="the reply; tokens allowed")
    _json_flag(p)
    p.set_defaults(func=cmd_quick_replies_add)
    cli_messaging.add_quick_reply_parsers(qsub)


def _import_parser(sub: Any) -> None:
    imp = sub.add_parser("import", help="import candidates, list or undo import batches")
    isub = imp.add_subparsers(dest="action", required=True)
    p = isub.add_parser("csv", help="import a CSV file (Talkpush or Google Form columns)")
    p.add_argument("file", type=Path)
    p.add_argument("--campaign", required=True, help="campaign id or title")
    p.add_argument("--format", choices=["talkpush", "google-form"], default="talkpush")
    p.add_argument("--sheet-key", help="identity of a sheet re-imported from several files")
    invite = p.add_mutually_exclusive_group()
    invite.add_argument("--invite", action="store_true", help="the default (kept for scripts)")
    invite.add_argument(
        "--no-invite", action="store_true", help="do not send the invitation to the new candidates"
    )
    add_map_option(p)
    _json_flag(p)
    p.set_defaults(func=cmd_import_csv)
    add_preview_parser(isub, _json_flag)
    p = isub.add_parser("sheet", help="download a published Google Sheet and import new rows")
    p.add_argument("url", help="the sheet's link or its published CSV address")
    p.add_argument("--campaign", required=True, help="campaign id or title")
    p.add_argument("--sheet-key", help="identity of the sheet (default: the link)")
    p.add_argument("--no-invite", action="store_true", help="do not invite the new sign-ups")
    add_map_option(p)
    _json_flag(p)
    p.set_defaults(func=cmd_import_sheet)
    p = isub.add_parser("undo", help="remove what a batch added (untouched candidates)")
    p.add_argument("batch_id", type=int)
    _json_flag(p)
    p.set_defaults(func=cmd_import_undo)
    p = isub.add_parser("list", help="list import batches")
    _json_flag(p)
    p.set_defaults(func=cmd_import_list)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Talkpush Desktop recruiter console. Without a command, opens the window.",
    )
    parser.add_argument("--data-dir", type=Path, help="workspace folder (default: user data)")
    parser.add_argument("--database", help="SQLAlchemy URL, e.g. postgresql+psycopg://...")
    parser.add_argument("--busy-timeout", type=int, default=5000, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("demo", help="fill the workspace with realistic demo data")
    p.add_argument("--candidates", type=positive_int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    _json_flag(p)
    p.set_defaults(func=cmd_demo)
    camp = sub.add_parser("campaigns", help="list or create campaigns")
    csub = camp.add_subparsers(dest="action", required=True)
    p = csub.add_parser("list")
    _json_flag(p)
    p.set_defaults(func=cmd_campaigns_list)
    p = csub.add_parser("create")
    p.add_argument("title")
    p.add_argument("--country", default="US", help="hotline country (ISO code)")
    p.add_argument("--language", default="en", help="interview language")
    _json_flag(p)
    p.set_defaults(func=cmd_campaigns_create)
    _import_parser(sub)
    _candidates_parser(sub)
    _messages_parser(sub)
    cli_messaging.add_parsers(sub)
    cli_company.add_parsers(sub)
    cli_calls.add_parsers(sub)
    cli_analytics.add_parsers(sub)
    cli_export.add_parsers(sub)
    p = sub.add_parser("counts", help="folder counts for a campaign or all campaigns")
    p.add_argument("--campaign")
    _json_flag(p)
    p.set_defaults(func=cmd_counts, quick=quick_counts)
    p = sub.add_parser("labels", help="list labels")
    p.add_argument("action", choices=["list"])
    _json_flag(p)
    p.set_defaults(func=cmd_labels_list)
    p = sub.add_parser("screenshot", help="render the main window to a PNG (offscreen)")
    p.add_argument("out", type=Path)
    p.add_argument("--candidate", type=int, help="candidate to open in the window")
    p.add_argument(
        "--size", type=_size, help="WIDTHxHEIGHT (1400x860; analytics: 1320 wide, all charts)"
    )
    p.add_argument(
        "--select-all", action="store_true", help="select every listed candidate (bulk bar)"
    )
    p.add_argument(
        "--analytics",
        nargs="?",
        const="30d",
        choices=("today", "7d", "30d", "90d", "year", "2y"),
        metavar="FRAME",
        help="the Analytics window instead, over a time frame (default 30d)",
    )
    p.set_defaults(func=cmd_screenshot)
    p = sub.add_parser("expire-pins", help="move unanswered expired-PIN candidates")
    _json_flag(p)
    p.set_defaults(func=cmd_expire_pins)
    return parser


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"talkpush-desktop: error: {message}", file=sys.stderr)
    return code


def _error_line(exc: Exception) -> str | None:
    """The line for an error a command met (None: not one a user can fix, a bug to show).

    The classes are imported here, once something went wrong, not at start-up.
    """
    from sqlalchemy.exc import DatabaseError, OperationalError

    from talkpush_desktop.engine.errors import describe_operational_error
    from talkpush_desktop.engine.intake.csv_source import IntakeFileError
    from talkpush_desktop.engine.providers.base import ProviderError

    if isinstance(exc, IntakeFileError):
        return str(exc)
    if isinstance(exc, ProviderError):
        return exc.reason
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    if isinstance(exc, DatabaseError):
        return f"the workspace database is corrupt or unreadable: {exc.orig}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that stops early (``| head``) ends it quietly."""
    try:
        code = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's "Note on SIGPIPE": point stdout at devnull so the flush at exit is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    quick = getattr(args, "quick", None)  # a read that may not need the whole workspace
    code = quick(args) if quick is not None else None
    if code is not None:
        return int(code)
    from talkpush_desktop.engine.workspace import Workspace

    try:
        ws = Workspace.open(
            database_url=args.database, data_dir=args.data_dir, busy_timeout_ms=args.busy_timeout
        )
    except WorkspaceError as exc:
        return _fail(str(exc))
    try:
        if args.command is None:
            from talkpush_desktop.views.app import run_window

            return int(run_window(ws))
        return int(args.func(ws, args))
    except WorkspaceError as exc:
        return _fail(str(exc))
    except Exception as exc:
        message = _error_line(exc)
        if message is None:
            raise
        return _fail(message)
    except KeyboardInterrupt:
        return 130
    finally:
        ws.close()
