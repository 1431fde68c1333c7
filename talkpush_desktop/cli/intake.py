"""The ``import`` group: ``import csv|sheet|cvs|preview|undo|list`` and the column mapping option
(see README "Command line").

``--map field=COLUMN,...`` names a file column by its header title or its 1-based number;
an empty COLUMN leaves the field empty. Fields are those of ``import preview --json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import (
    add_plain,
    json_flag,
    print_json,
    print_not_invited,
    progress_printer,
)
from talkpush_desktop.engine.errors import ValidationError

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def parse_map(specs: list[str] | None) -> dict[str, str] | None:
    """``["first_name=Given name,email=3"]`` as ``{"first_name": "Given name", "email": "3"}``."""
    if not specs:
        return None
    mapping: dict[str, str] = {}
    for spec in specs:
        for pair in spec.split(","):
            if not pair.strip():
                continue
            field, sep, column = pair.partition("=")
            if not sep:
                raise ValidationError(f"--map wants field=COLUMN, not {pair!r}")
            mapping[field.strip().replace("-", "_")] = column.strip()
    return mapping


def add_map_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN,...",
        help="which column feeds a field (header title or 1-based number); overrides the guess",
    )


def add_preview_parser(isub: Any, json_flag: Any) -> None:
    p = isub.add_parser("preview", help="show how a file would import, writing nothing")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["talkpush", "google-form"], default="talkpush")
    add_map_option(p)
    p.add_argument("--rows", type=int, default=10, help="rows to show (default 10)")
    p.add_argument("--campaign", help="campaign id or title (phone country, sheet progress)")
    p.add_argument("--sheet-key", help="identity of a sheet re-imported from several files")
    json_flag(p)
    p.set_defaults(func=cmd_import_preview)


def cmd_import_preview(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.intake.column_mapping import FIELD_LABELS

    preview = ws.intake.preview_csv(
        args.file,
        args.format,
        parse_map(args.map),
        max(0, args.rows),
        campaign=args.campaign,
        sheet_key=args.sheet_key,
    )
    if args.json:
        json.dump(preview.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    delimiter = {"\t": "tab"}.get(preview.delimiter, preview.delimiter)
    print(f"{preview.path}: {preview.encoding}, delimiter {delimiter!r}")
    print(
        f"{preview.data_rows} rows, {preview.already_imported} already imported, "
        f"{preview.new_rows} new, {preview.warning_count} warnings"
    )
    for field, column in preview.mapping.items():
        source = "(empty)" if column is None else preview.columns[column]
        print(f"  {FIELD_LABELS.get(field, field):<20} <- {source}")
    for row in preview.rows:
        shown = " | ".join(v for v in row.values.values() if v)
        print(f"row {row.row:>5}  {row.status:<40}  {shown}")
        for warning in row.warnings:
            print(f"           check {warning.field}: {warning.reason}")
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
        progress=None if args.json else progress_printer("rows"),
        mapping=parse_map(args.map),
        invite=not args.no_invite,  # the seed: sign-ups are invited automatically
    )
    data = summary.to_json()
    if args.json:
        print_json(data)
    else:
        print(
            f"\rbatch {summary.batch_id}: imported {summary.imported}, duplicates "
            f"{summary.duplicates}, rejected {summary.rejected}, already imported "
            f"{summary.already_imported}, warnings {summary.warning_count}\n"
            f"rejects report: {summary.rejects_report}"
        )
        print_not_invited(summary.not_invited or [])
    return 0


def cmd_import_cvs(ws: Workspace, args: argparse.Namespace) -> int:
    """Read every CV first (an unreadable one stops the command, nothing written), then
    import them as one batch."""
    entries = ws.intake.read_cvs(
        args.files, args.campaign, progress=None if args.json else progress_printer("CVs")
    )
    summary = ws.intake.import_cvs(entries, args.campaign)
    if args.json:
        print_json(summary.to_json())
        return 0
    print(f"\rbatch {summary.batch_id}: imported {summary.imported} of {len(entries)} CVs")
    for item in summary.needs_review:
        print(f"  needs review: {item['file']} (missing {', '.join(item['missing'])})")
    return 0


def cmd_import_undo(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.intake.undo_import(args.batch_id)
    if args.json:
        print_json(result.to_json())
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
        print_json(items)
    else:
        for b in items:
            print(
                f"{b['id']:>6}  {b['status']:<9} +{b['imported']} dup {b['duplicates']} "
                f"rej {b['rejected']}  {b['file']}"
            )
    return 0


def add_parsers(sub: Any) -> None:
    """The ``import`` group."""
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
    json_flag(p)
    p.set_defaults(func=cmd_import_csv)
    add_preview_parser(isub, json_flag)
    p = isub.add_parser("sheet", help="download a published Google Sheet and import new rows")
    p.add_argument("url", help="the sheet's link or its published CSV address")
    p.add_argument("--campaign", required=True, help="campaign id or title")
    p.add_argument("--sheet-key", help="identity of the sheet (default: the link)")
    p.add_argument("--no-invite", action="store_true", help="do not invite the new sign-ups")
    add_map_option(p)
    json_flag(p)
    p.set_defaults(func=cmd_import_sheet)
    p = isub.add_parser("cvs", help="import CV files (PDF, DOCX, DOC, TXT) as candidates")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    p.add_argument("--campaign", required=True, help="campaign id or title")
    json_flag(p)
    p.set_defaults(func=cmd_import_cvs)
    p = isub.add_parser("undo", help="remove what a batch added (untouched candidates)")
    p.add_argument("batch_id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_import_undo)
    add_plain(isub, "list", cmd_import_list, help="list import batches")
