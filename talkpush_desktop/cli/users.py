"""``users ...``: the company's manager accounts (list, invite, invitations,
revoke-invitation, accept, deactivate, reactivate, delete, transfer-ownership, set), and
the sign-in a workspace may require of the command line (``--user EMAIL`` with its
password from ``TALKPUSH_PASSWORD`` or a prompt). The owner-only rules are the
engine's; a manager gets its refusal as one line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.company.accounts import Account
    from talkpush_desktop.engine.workspace import Workspace

PASSWORD_ENV = "TALKPUSH_PASSWORD"


def _line(a: Account) -> str:
    flags = ("owner " if a.owner else "") + ("" if a.active else "deactivated ")
    weekly = "weekly email" if a.weekly_email else ""
    return f"{a.id:>4}  {a.name}  <{a.email}>  {flags}{a.language} {weekly}".rstrip()


def _answer(args: argparse.Namespace, a: Account, what: str) -> int:
    return report(args, a.to_json(), [f"{what}: {_line(a)}"])


def read_password(prompt: str, *, confirm: bool = False) -> str:
    """The password from ``TALKPUSH_PASSWORD``, else a prompt (a terminal), else one line
    of standard input (a script's pipe)."""
    from talkpush_desktop.engine.errors import ValidationError

    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ValidationError(f"password: give it on standard input or in {PASSWORD_ENV}")
        return line
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != password:
        raise ValidationError("password: the two entries differ")
    return password


def sign_in_if_required(ws: Workspace, args: argparse.Namespace) -> None:
    """When the workspace requires it, the command acts only for ``--user`` and its password."""
    if not getattr(args, "signs_in", True) or not ws.accounts.cli_requires_sign_in():
        return
    from talkpush_desktop.engine.errors import AuthenticationError

    if not args.user:
        raise AuthenticationError(
            f"this workspace requires --user EMAIL and its password ({PASSWORD_ENV} or a prompt)"
        )
    ws.accounts.sign_in(args.user, read_password(f"Password for {args.user}: "))


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.accounts.all()
    return report(args, [a.to_json() for a in rows], (_line(a) for a in rows))


def cmd_invite(ws: Workspace, args: argparse.Namespace) -> int:
    sent = ws.accounts.invite(args.email, args.name or "")
    lines = [f"invited {sent.email} ({sent.delivery})", f"link: {sent.url}"]
    lines.append(f"expires: {sent.expires_at:%Y-%m-%d %H:%M} UTC")
    return report(args, sent.to_json(), lines)


def cmd_invitations(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.accounts.invitations()
    lines = [
        f"{p.email}  {p.name}  invited by {p.invited_by}, expires {p.expires_at:%Y-%m-%d %H:%M} UTC"
        for p in rows
    ]
    return report(args, [p.to_json() for p in rows], lines or ["no pending invitation"])


def cmd_revoke_invitation(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.accounts.revoke_invitation(args.email)
    lines = [f"revoked the invitation of {rows[0].email}: its link no longer works"]
    return report(args, [p.to_json() for p in rows], lines)


def cmd_accept(ws: Workspace, args: argparse.Namespace) -> int:
    invited = ws.accounts.pending(args.token)
    password = read_password(f"New password for {invited.email}: ", confirm=True)
    user = ws.accounts.accept(args.token, password)
    data = {"id": user, "email": invited.email, "name": invited.name}
    return report(args, data, [f"account {user} of {invited.email} is ready: sign in with it"])


def cmd_password(ws: Workspace, args: argparse.Namespace) -> int:
    """The acting user's new password (standard input or a prompt); the current one, when
    the account has one, from ``TALKPUSH_PASSWORD``."""
    from talkpush_desktop.engine.errors import ValidationError

    me = ws.accounts.me()
    current = os.environ.get(PASSWORD_ENV)
    if me.has_password and current is None:
        raise ValidationError(f"current password: give it in {PASSWORD_ENV}")
    if sys.stdin.isatty():
        new = getpass.getpass(f"New password for {me.email}: ")
        if getpass.getpass("Again: ") != new:
            raise ValidationError("password: the two entries differ")
    else:
        new = sys.stdin.readline().rstrip("\r\n")
    ws.accounts.change_password(current, new)
    return report(args, {"id": me.id, "email": me.email}, [f"new password set for {me.email}"])


def cmd_deactivate(ws: Workspace, args: argparse.Namespace) -> int:
    return _answer(args, ws.accounts.deactivate(args.email), "deactivated")


def cmd_reactivate(ws: Workspace, args: argparse.Namespace) -> int:
    return _answer(args, ws.accounts.reactivate(args.email), "reactivated")


def cmd_delete(ws: Workspace, args: argparse.Namespace) -> int:
    return _answer(args, ws.accounts.delete(args.email), "deleted")


def cmd_transfer(ws: Workspace, args: argparse.Namespace) -> int:
    return _answer(args, ws.accounts.transfer_ownership(args.email), "new owner")


def cmd_set(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.errors import ValidationError

    if args.language is None and args.weekly_email is None:
        raise ValidationError("users set needs --language or --weekly-email")
    weekly = None if args.weekly_email is None else args.weekly_email == "on"
    found = ws.accounts.set_preferences(args.email, language=args.language, weekly_email=weekly)
    return _answer(args, found, "updated")


def _email_command(gsub: Any, name: str, func: Any, help_text: str) -> None:
    p = gsub.add_parser(name, help=help_text)
    p.add_argument("email", help="the manager's email")
    json_flag(p)
    p.set_defaults(func=func)


def add_parsers(sub: Any) -> None:
    group = sub.add_parser("users", help="the company's manager accounts (owner rules apply)")
    gsub = group.add_subparsers(dest="action", required=True)
    p = gsub.add_parser("list", help="every account: name, email, owner, active, language")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = gsub.add_parser("invite", help="email a one-time link to a new manager (owner only)")
    p.add_argument("email", help="the new manager's email (on the domain whitelist)")
    p.add_argument("--name", help="the new manager's name")
    json_flag(p)
    p.set_defaults(func=cmd_invite)
    p = gsub.add_parser("invitations", help="invitations not yet accepted (owner only)")
    json_flag(p)
    p.set_defaults(func=cmd_invitations)
    _email_command(
        gsub, "revoke-invitation", cmd_revoke_invitation, "revoke a pending invitation (owner only)"
    )
    p = gsub.add_parser(
        "accept", help=f"accept an invitation: the password from {PASSWORD_ENV} or stdin"
    )
    p.add_argument("token", help="the token at the end of the invitation link")
    json_flag(p)
    p.set_defaults(func=cmd_accept, signs_in=False)
    p = gsub.add_parser(
        "password", help=f"your new password from stdin (the current one in {PASSWORD_ENV})"
    )
    json_flag(p)
    p.set_defaults(func=cmd_password)
    _email_command(gsub, "deactivate", cmd_deactivate, "keep a manager out (owner only)")
    _email_command(gsub, "reactivate", cmd_reactivate, "let a manager in again (owner only)")
    _email_command(gsub, "delete", cmd_delete, "remove an account (owner only)")
    _email_command(gsub, "transfer-ownership", cmd_transfer, "make an active manager the owner")
    p = gsub.add_parser("set", help="a manager's language and weekly statistics email")
    p.add_argument("email", help="the manager's email (another's: owner only)")
    p.add_argument("--language", help="en, es, fil or pt")
    p.add_argument("--weekly-email", choices=("on", "off"), help="the Monday statistics email")
    json_flag(p)
    p.set_defaults(func=cmd_set)
