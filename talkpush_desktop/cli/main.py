"""The ``talkpush-desktop`` command line: builds the parser, runs one command, reports errors.

Commands, options and JSON keys are a contract (see README "Command line"); each command group
lives in its own module of this package (``candidates``, ``intake`` for ``import``, ``messages``,
``campaigns``, ``workspace`` for ``demo``/``screenshot``, ...), which adds its parsers here.
Errors print one line on stderr (no traceback) and exit with status 2.

The parser is built without the engine's database code: ``--help`` and usage errors never
load SQLAlchemy, and each command imports only the engine modules it runs.
A command with a ``quick`` default (``counts``) first tries to answer from an up-to-date
SQLite workspace through plain sqlite3 (:mod:`engine.quick_reads`), else opens it whole.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from talkpush_desktop.cli import analytics as cli_analytics
from talkpush_desktop.cli import api_keys as cli_api_keys
from talkpush_desktop.cli import ats as cli_ats
from talkpush_desktop.cli import calls as cli_calls
from talkpush_desktop.cli import campaigns as cli_campaigns
from talkpush_desktop.cli import candidates as cli_candidates
from talkpush_desktop.cli import company as cli_company
from talkpush_desktop.cli import company_campaigns as cli_company_campaigns
from talkpush_desktop.cli import db as cli_db
from talkpush_desktop.cli import export as cli_export
from talkpush_desktop.cli import intake as cli_intake
from talkpush_desktop.cli import interview as cli_interview
from talkpush_desktop.cli import leadads as cli_leadads
from talkpush_desktop.cli import leads as cli_leads
from talkpush_desktop.cli import messages as cli_messages
from talkpush_desktop.cli import messaging as cli_messaging
from talkpush_desktop.cli import messenger as cli_messenger
from talkpush_desktop.cli import serve as cli_serve
from talkpush_desktop.cli import share as cli_share
from talkpush_desktop.cli import sheets as cli_sheets
from talkpush_desktop.cli import sites as cli_sites
from talkpush_desktop.cli import users as cli_users
from talkpush_desktop.cli import weekly_email as cli_weekly_email
from talkpush_desktop.cli import workspace as cli_workspace
from talkpush_desktop.engine.errors import WorkspaceError

PROG = "talkpush-desktop"
EXIT_ERROR = 2
EXIT_BROKEN_PIPE = 1  # as Python's own recipe; the reader has gone, nothing to say
DATABASE_ENV = "TALKPUSH_DATABASE_URL"  # the default of --database (a team database)


class _Parser(argparse.ArgumentParser):
    """Usage errors as every other error: one line on stderr, exit status 2.

    Sub-command parsers are made of the same class (``add_subparsers`` uses the parent's).
    """

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix(PROG).strip()
        where = f"{command}: " if command else ""
        text = " ".join(message.split())
        self.exit(EXIT_ERROR, f"{PROG}: error: {where}{text} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The global options, then each group's commands in the order ``--help`` lists them."""
    parser = _Parser(
        prog=PROG,
        description="Talkpush Desktop recruiter console. Without a command, opens the window.",
    )
    parser.add_argument("--data-dir", type=Path, help="workspace folder (default: user data)")
    parser.add_argument(
        "--database",
        default=os.environ.get(DATABASE_ENV) or None,
        help=f"SQLAlchemy URL, e.g. postgresql+psycopg://... (default: ${DATABASE_ENV})",
    )
    parser.add_argument(
        "--company", help="the company to act for, by id or name (default: the first)"
    )
    parser.add_argument(
        "--user", metavar="EMAIL", help="act as this manager of the company (default: the owner)"
    )
    parser.add_argument("--busy-timeout", type=int, default=5000, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    cli_workspace.add_demo_parser(sub)
    cli_campaigns.add_parsers(sub)
    cli_interview.add_parsers(sub)
    cli_intake.add_parsers(sub)
    cli_sheets.add_parsers(sub)
    cli_leadads.add_parsers(sub)
    cli_messenger.add_parsers(sub)
    cli_candidates.add_parsers(sub)
    cli_messages.add_parsers(sub)
    cli_messaging.add_parsers(sub)
    cli_company.add_parsers(sub)
    cli_api_keys.add_parsers(sub)
    cli_serve.add_parsers(sub)
    cli_company.add_companies_parsers(sub)
    cli_users.add_parsers(sub)
    cli_calls.add_parsers(sub)
    cli_analytics.add_parsers(sub)
    cli_export.add_parsers(sub)
    cli_ats.add_parsers(sub)
    cli_company_campaigns.add_parsers(sub)
    cli_leads.add_parsers(sub)
    cli_sites.add_parsers(sub)
    cli_candidates.add_count_parsers(sub)
    cli_workspace.add_screenshot_parser(sub)
    cli_candidates.add_expire_pins_parser(sub)
    cli_share.add_parsers(sub)
    cli_weekly_email.add_parsers(sub)
    cli_db.add_parsers(sub)
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

    if args.command is None:  # the window: one per SQLite workspace, checked before opening
        from talkpush_desktop.views.single_instance import AlreadyOpen, claim, show_refusal

        try:
            claim(args.database, args.data_dir)  # the application keeps it listening
        except AlreadyOpen as exc:
            code = _fail(str(exc))
            show_refusal(exc)
            return code
    try:
        ws = Workspace.open(
            database_url=args.database,
            data_dir=args.data_dir,
            busy_timeout_ms=args.busy_timeout,
            company=args.company,
            user=args.user,
        )
    except WorkspaceError as exc:
        return _fail(str(exc))
    try:
        if args.command is None:
            from talkpush_desktop.views.app import run_window

            return int(run_window(ws))
        cli_users.sign_in_if_required(ws, args)
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
