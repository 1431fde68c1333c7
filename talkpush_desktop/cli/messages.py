"""``messages list|comment|queue|tokens|render`` and ``quick-replies list|add``: a candidate's
conversation read and written one message at a time. ``messages send|retry`` and
``quick-replies edit|delete`` join these groups from :mod:`cli.messaging`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli import messaging as cli_messaging
from talkpush_desktop.cli.common import add_plain, json_flag, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.dto import MessageInfo, QuickReplyInfo
    from talkpush_desktop.engine.workspace import Workspace


def _message_line(m: MessageInfo) -> str:
    who = m.author or m.kind
    state = f" [{m.state}]" if m.state in {"queued", "failed"} else ""
    media = f" ({m.media_type}: {m.media_url or 'attachment'})" if m.media_type else ""
    body = " ".join(m.body.split())
    return f"{m.id:>8}  {m.created_at:%Y-%m-%d %H:%M}  {m.channel:<9} {who}: {body}{media}{state}"


def cmd_messages_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.messages(args.candidate_id)
    return report(args, [m.to_json() for m in items], (_message_line(m) for m in items))


def cmd_messages_comment(ws: Workspace, args: argparse.Namespace) -> int:
    saved = ws.messaging.add_comment(args.candidate_id, args.text)
    line = f"saved comment {saved.id} (private, not visible to the candidate)"
    return report(args, saved.to_json(), [line])


def cmd_messages_queue(ws: Workspace, args: argparse.Namespace) -> int:
    queued = ws.messaging.queue_message(args.candidate_id, args.text, args.channel)
    return report(args, queued.to_json(), [f"queued message {queued.id} ({queued.channel})"])


def cmd_messages_tokens(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.message_tokens()
    data = [{"token": t.text, "name": t.name, "label": t.label} for t in items]
    return report(args, data, (f"{t.text:<42} {t.description}" for t in items))


def cmd_messages_render(ws: Workspace, args: argparse.Namespace) -> int:
    rendered = ws.messaging.render_message(args.candidate_id, args.text)
    return report(args, {"text": rendered.text, "missing": list(rendered.missing)}, [rendered.text])


def _quick_reply(q: QuickReplyInfo) -> dict[str, Any]:
    return {"id": q.id, "title": q.title, "body": q.body}


def cmd_quick_replies_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.messaging.quick_replies()
    lines = (f"{q.id:>6}  {q.title}: {' '.join(q.body.split())}" for q in items)
    return report(args, [_quick_reply(q) for q in items], lines)


def cmd_quick_replies_add(ws: Workspace, args: argparse.Namespace) -> int:
    q = ws.messaging.create_quick_reply(args.title, args.text)
    return report(args, _quick_reply(q), [f"created quick reply {q.id}: {q.title}"])


def add_parsers(sub: Any) -> None:
    """The ``messages`` and ``quick-replies`` groups."""
    msg = sub.add_parser("messages", help="a candidate's conversation: list, comment, queue")
    msub = msg.add_subparsers(dest="action", required=True)
    p = msub.add_parser("list", help="a candidate's messages, oldest first")
    p.add_argument("candidate_id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_messages_list)
    p = msub.add_parser("comment", help="save a private comment (never sent)")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    json_flag(p)
    p.set_defaults(func=cmd_messages_comment)
    p = msub.add_parser("queue", help="store a message to the candidate, queued for sending")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    p.add_argument("--channel", required=True, help="sms, email, messenger, wechat or web")
    json_flag(p)
    p.set_defaults(func=cmd_messages_queue)
    add_plain(
        msub,
        "tokens",
        cmd_messages_tokens,
        help="tokens a message can hold, e.g. <%%= @company %%>",
    )
    p = msub.add_parser("render", help="a text with a candidate's tokens filled in")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--text", required=True)
    json_flag(p)
    p.set_defaults(func=cmd_messages_render)
    cli_messaging.add_send_parsers(msub)
    qr = sub.add_parser("quick-replies", help="list or add company-wide quick replies")
    qsub = qr.add_subparsers(dest="action", required=True)
    add_plain(qsub, "list", cmd_quick_replies_list)
    p = qsub.add_parser("add")
    p.add_argument("--title", required=True)
    p.add_argument("--text", required=True, help="the reply; tokens allowed")
    json_flag(p)
    p.set_defaults(func=cmd_quick_replies_add)
    cli_messaging.add_quick_reply_parsers(qsub)
