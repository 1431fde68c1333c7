"""``candidates list|add|show|move|label``, ``counts``, ``labels list`` and ``expire-pins``:
finding candidates with the filter options, acting on ids or ``--all`` matches, folder counts.

``counts`` of all campaigns first tries :mod:`engine.quick_reads` (plain sqlite3, no
SQLAlchemy) through its ``quick`` default; see :func:`quick_counts`.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli import assessments as cli_assessments
from talkpush_desktop.cli.common import (
    add_plain,
    json_flag,
    parse_date,
    positive_int,
    print_json,
    print_not_invited,
    report,
)
from talkpush_desktop.engine.errors import ValidationError

if TYPE_CHECKING:
    from talkpush_desktop.engine.candidates.filters import CandidateFilter
    from talkpush_desktop.engine.candidates.selection import Targets
    from talkpush_desktop.engine.workspace import Workspace


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
        print_json([r.to_json() for r in rows])
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
        print_json(ws.candidates.get(cid).row.to_json() | sent)
    else:
        print(f"added candidate {cid}")
        print_not_invited(sent.get("not_invited", []))
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
        "cv_text": d.cv_text,
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
        "assessments": [x.to_json() for x in ws.assessments.invitations(args.id)],
    }
    print_json(data)
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
    seen = None
    if args.seen is not None:
        if not isinstance(targets, list):
            raise ValidationError("--from applies to candidate ids, not to --all")
        seen = dict.fromkeys(targets, parse_folder(args.seen).value)
    moved = ws.candidates.move(targets, args.to, seen=seen)
    notified = ws.messaging.notify(targets, NOTIFY_EVENTS[folder]) if args.notify else 0
    if args.json:
        extra = {"notified": notified} if args.notify else {}
        print_json({"moved": moved, "folder": folder} | extra)
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
        print_json(changed)
    else:
        for key, n in changed.items():
            verb, name = key.split(":", 1)
            print(f"{verb} label {name!r} on {n} candidate(s)")
    return 0


def cmd_counts(ws: Workspace, args: argparse.Namespace) -> int:
    campaign_id = ws.campaigns.get(args.campaign).id if args.campaign else None
    return _print_counts(ws.candidates.folder_counts(campaign_id), args)


def quick_counts(args: argparse.Namespace) -> int | None:
    """``counts`` of all campaigns without opening the whole workspace, when it can be (the
    first company's; ``--company`` is looked up, and refused when unknown, by the full open)."""
    if args.campaign or args.database or args.company or args.user:
        return None
    from talkpush_desktop.engine import quick_reads

    counts = quick_reads.folder_counts(args.data_dir, args.busy_timeout)
    return None if counts is None else _print_counts(counts, args)


def _print_counts(counts: Mapping[str, int], args: argparse.Namespace) -> int:
    return report(args, counts, (f"{folder:<24}{n:>10,}" for folder, n in counts.items()))


def cmd_labels_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.labels.all()
    data = [{"id": x.id, "name": x.name, "automatic": x.automatic} for x in items]
    return report(args, data, (f"{x.name}{' (automatic)' if x.automatic else ''}" for x in items))


def cmd_expire_pins(ws: Workspace, args: argparse.Namespace) -> int:
    n = ws.candidates.expire_pins()
    return report(args, {"moved_to_no_response": n}, [f"{n} candidate(s) moved to No Response"])


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--campaign", help="campaign id or title (default: all campaigns)")
    p.add_argument("--folder", help="Inbox, Completed, Shortlisted, On Hold, Rejected, ...")
    p.add_argument("--label", action="append", help="only candidates with this label (repeat)")
    p.add_argument("--search", help="name, email, phone or candidate id (prefixes)")
    p.add_argument("--source", help="only candidates from this source")
    p.add_argument("--added-from", type=parse_date, help="added on or after (YYYY-MM-DD)")
    p.add_argument("--added-to", type=parse_date, help="added before (YYYY-MM-DD)")
    done = p.add_mutually_exclusive_group()
    done.add_argument("--completed", action="store_true", default=None, dest="completed")
    done.add_argument("--not-completed", action="store_false", dest="completed")


def _add_selection_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", nargs="*", type=int, help="candidate ids (or use --all)")
    p.add_argument("--all", action="store_true", help="every candidate matching the filter options")
    _add_filter_options(p)


def add_parsers(sub: Any) -> None:
    """The ``candidates`` group."""
    cand = sub.add_parser("candidates", help="list, add, move and label candidates")
    csub = cand.add_subparsers(dest="action", required=True)
    p = csub.add_parser("list", help="list candidates (newest first)")
    _add_filter_options(p)
    p.add_argument("--limit", type=positive_int, default=100)
    json_flag(p)
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
    json_flag(p)
    p.set_defaults(func=cmd_candidates_add)
    p = csub.add_parser("show", help="one candidate's profile as JSON")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_candidates_show)
    p = csub.add_parser("move", help="move candidates to a folder")
    _add_selection_options(p)
    p.add_argument("--to", required=True, help="Shortlisted, On Hold, Rejected, Hired or Inbox")
    p.add_argument(
        "--from",
        dest="seen",
        metavar="FOLDER",
        help="the folder you saw them in: refused (naming who moved them) if not there now",
    )
    p.add_argument(
        "--notify", action="store_true", help="send the Shortlisted / Rejection template"
    )
    json_flag(p)
    p.set_defaults(func=cmd_candidates_move)
    p = csub.add_parser("label", help="add or remove labels")
    _add_selection_options(p)
    p.add_argument("--add", action="append")
    p.add_argument("--remove", action="append")
    json_flag(p)
    p.set_defaults(func=cmd_candidates_label)
    cli_assessments.add_parsers(csub)


def add_count_parsers(sub: Any) -> None:
    """``counts`` (with its quick read) and ``labels list``."""
    p = sub.add_parser("counts", help="folder counts for a campaign or all campaigns")
    p.add_argument("--campaign")
    json_flag(p)
    p.set_defaults(func=cmd_counts, quick=quick_counts)
    p = sub.add_parser("labels", help="list labels")
    p.add_argument("action", choices=["list"])
    json_flag(p)
    p.set_defaults(func=cmd_labels_list)


def add_expire_pins_parser(sub: Any) -> None:
    """``expire-pins`` (listed last in ``--help``, as it always was)."""
    add_plain(sub, "expire-pins", cmd_expire_pins, help="move unanswered expired-PIN candidates")
