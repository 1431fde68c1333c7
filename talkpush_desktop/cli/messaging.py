"""Command line for messaging: ``messages send``, ``providers``, ``sync`` and ``sandbox``.

Secrets are never options (they would land in shell history): ``providers set`` reads the
auth token or password from standard input, or prompts for it on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli import campaign_settings
from talkpush_desktop.cli.common import report
from talkpush_desktop.engine.company.campaign_defaults import EVENTS
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging_names import KINDS, SANDBOX, SECRET_NAMES, SENDABLE_NAMES

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace

SETTING_OPTIONS = {
    "twilio": ("account_sid", "from_number", "api_base_url"),
    "smtp": ("host", "port", "security", "username", "from_address"),
    "facebook": ("page_id", "page_username", "api_base_url"),
}


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _read_secret(kind: str) -> str:
    name = SECRET_NAMES[kind]
    if sys.stdin.isatty():
        return getpass.getpass(f"{kind} {name}: ").strip()
    return sys.stdin.readline().strip()


def _send_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"--at: not a date and time: {text!r} (use 2026-12-02T09:00)"
        ) from None


def cmd_messages_send(ws: Workspace, args: argparse.Namespace) -> int:
    """Queue a text (or comment) for each candidate, tokens filled in per candidate."""
    text = args.text
    if args.quick_reply:
        found = [
            q for q in ws.messaging.quick_replies() if q.title.lower() == args.quick_reply.lower()
        ]
        if not found:
            raise ValidationError(f"--quick-reply: no quick reply called {args.quick_reply!r}")
        text = found[0].body
    if not text:
        raise ValidationError("give --text or --quick-reply")
    if args.comment:
        saved = [ws.messaging.add_comment(cid, text).id for cid in args.ids]
        result: dict[str, Any] = {"queued": 0, "comments": len(saved), "message_ids": saved}
    else:
        from talkpush_desktop.engine.messaging import schedule

        local = _send_time(args.at)
        send_at = schedule.at_local_time(local, ws.company.timezone()) if local else None
        queued = ws.messaging.send_messages(
            args.ids, text, args.channel, subject=args.subject or "", send_at=send_at
        )
        result = queued.to_json()
        if not result["queued"]:
            reasons = "; ".join(f"{s['id']}: {s['reason']}" for s in result["skipped"][:5])
            raise ValidationError(f"nothing done: every candidate was skipped ({reasons})")
    if args.json:
        _print_json(result)
    else:
        print(f"queued {result['queued']} message(s)" if not args.comment else "comment saved")
        for skip in result.get("skipped", []):
            print(f"skipped {skip['id']}: {skip['reason']}")
    return 0


def cmd_messages_retry(ws: Workspace, args: argparse.Namespace) -> int:
    n = ws.messaging.retry_messages(args.message_ids)
    if not n:
        raise ValidationError("nothing done: none of these messages has failed")
    _print_json({"requeued": n}) if args.json else print(f"queued {n} message(s) again")
    return 0


def cmd_providers_set(ws: Workspace, args: argparse.Namespace) -> int:
    kind = args.kind
    settings = {
        name: getattr(args, name)
        for name in SETTING_OPTIONS.get(kind, ())
        if getattr(args, name, None) is not None
    }
    needs_secret = kind != SANDBOX and not (kind == "smtp" and not settings.get("username"))
    secret = _read_secret(kind) if needs_secret else None
    if needs_secret and not secret:
        raise ValidationError(f"{kind}: the {SECRET_NAMES[kind]} is empty")
    info = ws.providers.configure(args.service, kind, settings, secret)
    if ws.secrets.warning and needs_secret:
        print(f"talkpush-desktop: warning: {ws.secrets.warning}", file=sys.stderr)
    _print_json(info.to_json()) if args.json else print(f"{info.service}: {info.kind}")
    return 0


def cmd_providers_show(ws: Workspace, args: argparse.Namespace) -> int:
    infos = [i.to_json() for i in ws.providers.infos()]
    lines = (
        f"{i['service']:<10} {i['kind']:<9} "
        + ", ".join(f"{k}={v}" for k, v in i["settings"].items())
        + f" (secret: {i['secret']})"
        for i in infos
    )
    return report(args, infos, lines)


def cmd_providers_test(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.providers.base import ProviderError

    services = [args.service] if args.service else list(KINDS)
    results = []
    for service in services:
        try:
            results.append({"service": service, "ok": True, "detail": ws.providers.test(service)})
        except ProviderError as exc:
            results.append({"service": service, "ok": False, "detail": exc.reason})
    if args.json:
        _print_json(results)
    else:
        for r in results:
            print(f"{r['service']:<10} {'ok' if r['ok'] else 'FAILED'}: {r['detail']}")
    return 0 if all(r["ok"] for r in results) else 1


def cmd_sync(ws: Workspace, args: argparse.Namespace) -> int:
    """Deliver the outbox and pull replies (until interrupted, or once)."""
    import asyncio

    from talkpush_desktop.engine.intake.feeds import Feeds
    from talkpush_desktop.engine.messaging.sync import SyncWorker

    worker = SyncWorker(ws.context, feeds=Feeds(ws.context))
    try:
        report = asyncio.run(worker.run(once=args.once))
    finally:
        worker.close()
    data = report.to_json() | {"outbox": ws.messaging.outbox_status()}
    if args.json:
        _print_json(data)
    else:
        print(", ".join(f"{k} {v}" for k, v in data.items() if k not in ("offline", "outbox")))
        for reason in data["offline"]:
            print(f"offline: {reason}")
    return 0


def cmd_sandbox_inbox(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.providers.sandbox_inbox(args.address)
    lines = (
        f"{i.at:%Y-%m-%d %H:%M} {'->' if i.direction == 'to_candidate' else '<-'}"
        f" [{i.channel}] {i.body}"
        for i in items
    )
    return report(args, [i.to_json() for i in items], lines)


def cmd_sandbox_reply(ws: Workspace, args: argparse.Namespace) -> int:
    row = ws.providers.sandbox_reply(args.address, args.text, args.channel)
    _print_json({"id": row}) if args.json else print("reply written; run sync to pull it")
    return 0


def cmd_templates_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = [t.to_json() for t in ws.messaging.templates(args.campaign)]
    lines = (
        f"{t['event']:<12} {t['channel']:<6} {'on ' if t['enabled'] else 'off'}"
        + (f" ({t['sms']['segments']} SMS)" if "sms" in t else "")
        + f" {t['subject'] or t['body']}"
        for t in rows
    )
    return report(args, rows, lines)


def cmd_templates_set(ws: Workspace, args: argparse.Namespace) -> int:
    enabled = True if args.enable else False if args.disable else None
    info = ws.messaging.set_template(
        args.campaign,
        args.event,
        args.channel,
        body=args.text,
        subject=args.subject,
        enabled=enabled,
    )
    _print_json(info.to_json()) if args.json else print(f"saved {info.event} {info.channel}")
    return 0


def cmd_quick_replies_edit(ws: Workspace, args: argparse.Namespace) -> int:
    q = ws.messaging.update_quick_reply(args.id, args.title, args.text)
    _print_json({"id": q.id, "title": q.title, "body": q.body}) if args.json else print("saved")
    return 0


def cmd_quick_replies_delete(ws: Workspace, args: argparse.Namespace) -> int:
    ws.messaging.delete_quick_reply(args.id)
    _print_json({"deleted": args.id}) if args.json else print(f"deleted quick reply {args.id}")
    return 0


def add_quick_reply_parsers(qsub: Any) -> None:
    """``quick-replies edit`` and ``quick-replies delete``."""
    p = qsub.add_parser("edit", help="change a quick reply's title and text")
    p.add_argument("id", type=int)
    p.add_argument("--title", required=True)
    p.add_argument("--text", required=True)
    _json_flag(p)
    p.set_defaults(func=cmd_quick_replies_edit)
    p = qsub.add_parser("delete", help="delete a quick reply")
    p.add_argument("id", type=int)
    _json_flag(p)
    p.set_defaults(func=cmd_quick_replies_delete)


def _templates_parser(sub: Any) -> None:
    tpl = sub.add_parser("templates", help="a campaign's invitation/completion/... templates")
    tsub = tpl.add_subparsers(dest="action", required=True)
    p = tsub.add_parser("list")
    p.add_argument("--campaign", required=True)
    _json_flag(p)
    p.set_defaults(func=cmd_templates_list)
    p = tsub.add_parser("set", help="edit a template (email HTML is sanitised)")
    p.add_argument("--campaign", required=True)
    p.add_argument("--event", required=True, choices=list(EVENTS))
    p.add_argument("--channel", required=True, choices=["sms", "email"])
    p.add_argument("--text", help="the body (HTML for email); tokens allowed")
    p.add_argument("--subject", help="email subject")
    on_off = p.add_mutually_exclusive_group()
    on_off.add_argument("--enable", action="store_true")
    on_off.add_argument("--disable", action="store_true")
    _json_flag(p)
    p.set_defaults(func=cmd_templates_set)
    campaign_settings.add_template_preview_parser(tsub, list(EVENTS))


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def add_send_parsers(msub: Any) -> None:
    """``messages send`` and ``messages retry`` (under the ``messages`` command)."""
    p = msub.add_parser("send", help="queue a message to candidates (tokens per candidate)")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--text")
    p.add_argument("--quick-reply", metavar="TITLE", help="send a quick reply by title")
    p.add_argument(
        "--channel",
        choices=SENDABLE_NAMES,
        help="default: SMS if the candidate has a phone, else email",
    )
    p.add_argument("--subject", help="email subject (default: Message from <company>)")
    p.add_argument("--comment", action="store_true", help="save as a private comment instead")
    p.add_argument(
        "--at", metavar="YYYY-MM-DDTHH:MM", help="send at this time in each candidate's time zone"
    )
    _json_flag(p)
    p.set_defaults(func=cmd_messages_send)
    p = msub.add_parser("retry", help="queue failed messages again")
    p.add_argument("message_ids", type=int, nargs="+", metavar="MESSAGE_ID")
    _json_flag(p)
    p.set_defaults(func=cmd_messages_retry)


def add_parsers(sub: Any) -> None:
    """``providers``, ``sync``, ``sandbox`` and ``templates``."""
    _templates_parser(sub)
    prov = sub.add_parser("providers", help="which provider carries SMS, voice, email, Messenger")
    psub = prov.add_subparsers(dest="action", required=True)
    p = psub.add_parser("set", help="configure a service (the secret is read from stdin)")
    p.add_argument("service", choices=list(KINDS))
    p.add_argument("kind", choices=sorted({k for kinds in KINDS.values() for k in kinds}))
    p.add_argument("--account-sid")
    p.add_argument("--from", dest="from_number", help="Twilio sender number (E.164)")
    p.add_argument("--api-base-url", help="a Twilio-compatible API or Graph API base URL")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--security", choices=["starttls", "ssl", "none"])
    p.add_argument("--username")
    p.add_argument("--from-address", help="SMTP sender address")
    p.add_argument("--page-id", help="Facebook page id")
    p.add_argument("--page-username", help="the page's username, for the m.me interview link")
    _json_flag(p)
    p.set_defaults(func=cmd_providers_set)
    p = psub.add_parser("show", help="the providers (no secrets)")
    _json_flag(p)
    p.set_defaults(func=cmd_providers_show)
    p = psub.add_parser("test", help="connect to each provider")
    p.add_argument("service", nargs="?", choices=list(KINDS))
    _json_flag(p)
    p.set_defaults(func=cmd_providers_test)
    p = sub.add_parser("sync", help="deliver the outbox and pull replies, without the window")
    p.add_argument("--once", action="store_true", help="exit when nothing is due")
    _json_flag(p)
    p.set_defaults(func=cmd_sync)
    box = sub.add_parser("sandbox", help="the simulated candidate phone and inbox")
    bsub = box.add_subparsers(dest="action", required=True)
    p = bsub.add_parser("inbox", help="what a simulated candidate received and wrote")
    p.add_argument("address", help="phone (E.164) or email")
    _json_flag(p)
    p.set_defaults(func=cmd_sandbox_inbox)
    p = bsub.add_parser("reply", help="write as the simulated candidate")
    p.add_argument("address")
    p.add_argument("--text", required=True)
    p.add_argument("--channel", default="sms", choices=["sms", "email", "messenger"])
    _json_flag(p)
    p.set_defaults(func=cmd_sandbox_reply)
