"""The command line's column mapping option and ``import preview`` (see README "Command line").

``--map field=COLUMN,...`` names a file column by its header title or its 1-based number;
an empty COLUMN leaves the field empty. Fields are those of ``import preview --json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake.column_mapping import FIELD_LABELS

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
