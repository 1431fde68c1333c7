"""The ``messenger`` group: the company's Messenger Platform webhook (served by ``serve`` at
``/v1/messenger/webhook/COMPANY_ID``).

``messenger webhook`` reads the Meta app's secret and the verify token from stdin, one a
line (never arguments: they would show in the shell's history and the process list), and
keeps them in the keyring; ``messenger webhook-status`` says whether both are stored.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import add_plain, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_webhook(ws: Workspace, args: argparse.Namespace) -> int:
    app_secret = sys.stdin.readline().strip()
    verify_token = sys.stdin.readline().strip()
    status = ws.messenger_webhook.configure(app_secret, verify_token)
    warning = ws.secrets.warning
    if warning:
        print(f"talkpush-desktop: {warning}", file=sys.stderr)
    path = f"/v1/messenger/webhook/{ws.company_id}"
    data = status.to_json() | {"callback_path": path}
    return report(args, data, [f"webhook secrets kept; Callback URL: <public URL>{path}"])


def cmd_webhook_status(ws: Workspace, args: argparse.Namespace) -> int:
    data = ws.messenger_webhook.status().to_json()
    lines = [f"app secret: {data['app_secret']}, verify token: {data['verify_token']}"]
    return report(args, data, lines)


def add_parsers(sub: Any) -> None:
    """The ``messenger`` group."""
    group = sub.add_parser("messenger", help="the Messenger Platform webhook of the company")
    msub = group.add_subparsers(dest="action", required=True)
    add_plain(
        msub,
        "webhook",
        cmd_webhook,
        help="keep the app secret and the verify token (stdin, one a line)",
    )
    add_plain(msub, "webhook-status", cmd_webhook_status, help="whether both are stored")
