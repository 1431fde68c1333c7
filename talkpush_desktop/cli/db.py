"""``db upgrade``, ``db backup OUT`` and ``db restore IN``: the workspace database as a whole.

These run before (and instead of) opening the workspace: a restore must not open the
workspace it replaces, a backup needs no company or sign-in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.errors import WorkspaceError

EXIT_ERROR = 2


def _url(args: argparse.Namespace) -> str:
    from talkpush_desktop.engine import database_files

    return database_files.database_url(args.database, args.data_dir)


def _upgrade(args: argparse.Namespace) -> None:
    from talkpush_desktop.engine import database_files

    done = database_files.upgrade(_url(args))
    if done.before == done.after:
        print(f"the workspace is up to date (schema {done.after})")
    elif done.before is None:
        print(f"created a workspace (schema {done.after})")
    else:
        print(f"upgraded the workspace from schema {done.before} to {done.after}")


def _backup(args: argparse.Namespace) -> None:
    from talkpush_desktop.engine import database_files

    database_files.backup(_url(args), args.out)
    print(f"backed up the workspace to {args.out}")


def _restore(args: argparse.Namespace) -> None:
    from talkpush_desktop.engine import database_files

    revision = database_files.restore(_url(args), args.source)
    print(f"restored the workspace from {args.source} (schema {revision})")


def _quick(action: Any) -> Any:
    """Run ``action`` without opening the workspace; an error is one line, status 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            action(args)
        except WorkspaceError as exc:
            print(f"talkpush-desktop: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        return 0

    return run


def add_parsers(sub: Any) -> None:
    """``db`` and its commands."""
    db = sub.add_parser("db", help="upgrade, back up or restore the workspace database")
    commands = db.add_subparsers(dest="db_command", required=True)
    p = commands.add_parser("upgrade", help="bring the schema to this version")
    p.set_defaults(quick=_quick(_upgrade))
    p = commands.add_parser("backup", help="copy the workspace to a file (SQLite)")
    p.add_argument("out", type=Path)
    p.set_defaults(quick=_quick(_backup))
    p = commands.add_parser("restore", help="replace the workspace by a backup (SQLite)")
    p.add_argument("source", type=Path, metavar="IN")
    p.set_defaults(quick=_quick(_restore))
