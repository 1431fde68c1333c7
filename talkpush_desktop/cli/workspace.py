"""``demo`` and ``screenshot``: the workspace as a whole, filled with demo data or its window
rendered offscreen to a PNG (Qt is imported only by ``screenshot``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, positive_int, print_json, progress_printer
from talkpush_desktop.engine.company.languages import LANGUAGES

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.engine import demo

    report = demo.generate(
        ws.context,
        candidates=args.candidates,
        seed=args.seed,
        progress=None if args.json else progress_printer("candidates"),
    )
    if args.json:
        print_json(report)
    else:
        print(
            f"demo workspace ready: {report['candidates']} candidates in "
            f"{report['campaigns']} campaigns ({report['seconds']:.1f} s)"
        )
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use WIDTHxHEIGHT)") from None
    return width, height


def cmd_screenshot(ws: Workspace, args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from talkpush_desktop.views.app import render_analytics_screenshot, render_screenshot

    if ws.campaigns.is_empty():
        from talkpush_desktop.engine import demo

        demo.generate(ws.context, candidates=2000)
    if args.analytics:
        from talkpush_desktop.views.analytics import window as analytics_window

        width, height = args.size or (analytics_window.SCREENSHOT_WIDTH, None)
        out = render_analytics_screenshot(
            ws, args.out, width, height, args.analytics, language=args.language
        )
    else:
        size = args.size or (1400, 860)
        out = render_screenshot(
            ws, args.out, size, args.candidate, select_all=args.select_all, language=args.language
        )
    print(out)
    return 0


def add_demo_parser(sub: Any) -> None:
    """``demo`` (first in ``--help``)."""
    p = sub.add_parser("demo", help="fill the workspace with realistic demo data")
    p.add_argument("--candidates", type=positive_int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    json_flag(p)
    p.set_defaults(func=cmd_demo)


def add_screenshot_parser(sub: Any) -> None:
    """``screenshot``."""
    p = sub.add_parser("screenshot", help="render the main window to a PNG (offscreen)")
    p.add_argument("out", type=Path)
    p.add_argument("--candidate", type=int, help="candidate to open in the window")
    p.add_argument(
        "--size", type=_size, help="WIDTHxHEIGHT (1400x860; analytics: 1320 wide, all charts)"
    )
    p.add_argument(
        "--select-all", action="store_true", help="select every listed candidate (bulk bar)"
    )
    p.add_argument(
        "--analytics",
        nargs="?",
        const="30d",
        choices=("today", "7d", "30d", "90d", "year", "2y"),
        metavar="FRAME",
        help="the Analytics window instead, over a time frame (default 30d)",
    )
    p.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="the interface language of the picture (default English)",
    )
    p.set_defaults(func=cmd_screenshot)
