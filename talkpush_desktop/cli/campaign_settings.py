"""A campaign's settings from the command line: ``campaigns create|update|show|members|
messenger|traffic-ad`` and ``templates preview`` (the settings dialog's operations)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, print_json, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.campaigns.snapshot import CampaignSettings
    from talkpush_desktop.engine.workspace import Workspace

ON_OFF = {"on": True, "off": False}


def on_off(text: str) -> bool:
    try:
        return ON_OFF[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"use on or off, not {text!r}") from None


def _lines(c: CampaignSettings) -> list[str]:
    b = c.basic
    flag = {True: "on", False: "off"}
    return [
        f"campaign {c.id}: {b.title}",
        f"  hotline country  {b.hotline_country} (caller ID {c.caller_id_prefix})",
        f"  language         {b.interview_language}",
        f"  web dial-out     {flag[b.web_dial_out]}",
        f"  auto-call        {flag[b.auto_call]}",
        f"  members          {', '.join(m.email for m in c.access.members) or '-'}",
        f"  messenger        {c.messenger.mode}",
        f"  traffic ad       {'set' if c.traffic_ad else '-'}",
    ]


def _show(args: argparse.Namespace, c: CampaignSettings) -> int:
    return report(args, c.to_json(), _lines(c))


def _basic_changes(args: argparse.Namespace) -> dict[str, Any]:
    pairs = {
        "title": getattr(args, "new_title", None),
        "hotline_country": args.country,
        "interview_language": args.language,
        "auto_call": args.auto_call,
        "web_dial_out": args.web_dial_out,
    }
    return {key: value for key, value in pairs.items() if value is not None}


def cmd_create(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine.campaigns.basic import Basic

    changes = _basic_changes(args)
    made = ws.campaign_settings.create(Basic(args.title, **{"hotline_country": "US"} | changes))
    if not args.json:
        print(f"created campaign {made.id}: {made.basic.title}")
        return 0
    return _show(args, made)


def cmd_update(ws: Workspace, args: argparse.Namespace) -> int:
    changes = _basic_changes(args)
    if not changes:
        raise _nothing("give --title, --country, --language, --auto-call or --web-dial-out")
    return _show(args, ws.campaign_settings.update(args.id, **changes))


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    return _show(args, ws.campaign_settings.show(args.id))


def cmd_members(ws: Workspace, args: argparse.Namespace) -> int:
    if args.add or args.remove:
        c = ws.campaign_settings.change_members(args.id, args.add or [], args.remove or [])
    else:
        c = ws.campaign_settings.show(args.id)
    data = {
        "id": c.id,
        "members": [m.to_json() for m in c.access.members],
        "team": [m.to_json() for m in c.access.team],
    }
    lines = [f"{m.email}  {m.name}" for m in c.access.members] or ["(no members)"]
    return report(args, data, lines)


def cmd_messenger(ws: Workspace, args: argparse.Namespace) -> int:
    pairs = {
        "mode": args.mode,
        "title": args.title,
        "subtitle": args.subtitle,
        "description": args.description,
        "apply_url": args.apply_url,
    }
    changes = {key: value for key, value in pairs.items() if value is not None}
    c = ws.campaign_settings.set_messenger(args.id, **changes)
    m = c.messenger
    return report(args, {"id": c.id} | m.to_json(), [f"messenger: {m.mode} {m.title}".rstrip()])


def cmd_traffic_ad(ws: Workspace, args: argparse.Namespace) -> int:
    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _nothing(f"cannot read {args.file}: {exc}", prefix="") from None
        c = ws.campaign_settings.set_traffic_ad(args.id, text)
    else:
        c = ws.campaign_settings.show(args.id)
    if args.json or args.show:
        print_json(c.traffic_ad)
    else:
        done = "saved" if c.traffic_ad else "removed"
        print(f"{done} the traffic ad of campaign {c.id}")
    return 0


def cmd_templates_preview(ws: Workspace, args: argparse.Namespace) -> int:
    p = ws.campaign_settings.preview_sms(args.campaign, args.event)
    lines = [
        f"{p.characters} characters, {p.encoding}, {p.segments} segment(s)",
        *(f"[{i}] {part}" for i, part in enumerate(p.parts, start=1)),
        *([f"warning: {p.warning}"] if p.warning else []),
    ]
    return report(args, p.to_json(), lines)


def _nothing(message: str, prefix: str = "nothing done: ") -> Exception:
    from talkpush_desktop.engine.errors import ValidationError

    return ValidationError(prefix + message)


def _basic_options(p: argparse.ArgumentParser, *, create: bool) -> None:
    p.add_argument("--country", help="hotline country (ISO code: PH, US ...)")
    p.add_argument("--language", help="interview language (en, es, ...)")
    p.add_argument(
        "--auto-call",
        type=on_off,
        nargs="?",
        const=True,
        metavar="on|off",
        help="call each candidate added for the phone interview at once",
    )
    p.add_argument("--web-dial-out", type=on_off, metavar="on|off", help="web interview link")
    if not create:
        p.add_argument("--title", dest="new_title", help="a new title")
    json_flag(p)


def add_parsers(csub: Any) -> None:
    """``campaigns create|update|show|members|messenger|traffic-ad`` (under ``campaigns``)."""
    p = csub.add_parser("create", help="a new campaign with the predefined messages")
    p.add_argument("title")
    _basic_options(p, create=True)
    p.set_defaults(func=cmd_create)
    p = csub.add_parser("update", help="change a campaign's basic settings")
    p.add_argument("id", metavar="ID")
    _basic_options(p, create=False)
    p.set_defaults(func=cmd_update)
    p = csub.add_parser("show", help="every setting of a campaign")
    p.add_argument("id", metavar="ID")
    json_flag(p)
    p.set_defaults(func=cmd_show)
    p = csub.add_parser("members", help="who has access to a campaign (owners see all)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--add", action="append", metavar="EMAIL")
    p.add_argument("--remove", action="append", metavar="EMAIL")
    json_flag(p)
    p.set_defaults(func=cmd_members)
    p = csub.add_parser("messenger", help="the Messenger job posting")
    p.add_argument("id", metavar="ID")
    p.add_argument("--mode", choices=["disabled", "job", "inquiry"])
    p.add_argument("--title", help="at most 80 characters")
    p.add_argument("--subtitle", help="at most 80 characters")
    p.add_argument("--description")
    p.add_argument("--apply-url")
    json_flag(p)
    p.set_defaults(func=cmd_messenger)
    p = csub.add_parser("traffic-ad", help="a Click-to-Messenger ad's welcome content (JSON)")
    p.add_argument("id", metavar="ID")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--file", metavar="CONTENT.json")
    which.add_argument("--show", action="store_true")
    json_flag(p)
    p.set_defaults(func=cmd_traffic_ad)


def add_template_preview_parser(tsub: Any, events: list[str]) -> None:
    """``templates preview`` (under ``templates``)."""
    p = tsub.add_parser("preview", help="an SMS template's characters and segments")
    p.add_argument("--campaign", required=True)
    p.add_argument("--event", required=True, choices=events)
    p.add_argument("--channel", default="sms", choices=["sms"])
    json_flag(p)
    p.set_defaults(func=cmd_templates_preview)
