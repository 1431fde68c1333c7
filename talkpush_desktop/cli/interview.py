"""``interview list|add|move|remove`` (the interview creator), ``interview link CANDIDATE``
(the web dial-out link) and ``transcribe FILE``.

``interview add`` checks a recording by what it holds (.wav or .mp3 only) before anything is
stored; ``move`` and ``remove`` print the interview as it is afterwards. ``transcribe`` needs
no workspace: it transcribes one recording offline and prints ``text`` and ``engine``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import json_flag, positive_int, report

if TYPE_CHECKING:
    from talkpush_desktop.engine.interview.steps import StepInfo
    from talkpush_desktop.engine.workspace import Workspace

STEPS = ("intro", "privacy", "instructions", "question", "closing")
ANSWER_TYPES = ("audio", "audio-text", "text")


def _lines(steps: Sequence[StepInfo], warnings: Sequence[str]) -> Iterator[str]:
    for s in steps:
        audio = f"  [{s.audio_path}, {s.audio_seconds:.1f} s]" if s.audio_path else ""
        kind = f" ({s.to_json()['answer_type']})" if s.section == "question" else ""
        yield f"{s.position:>3}. #{s.id:<5} {s.section}{kind}: {s.text}{audio}"
    for w in warnings:
        yield f"warning: {w}"


def _listing(ws: Workspace, args: argparse.Namespace, steps: Sequence[StepInfo]) -> int:
    warnings = ws.interview.warnings(list(steps))
    data = {"steps": [s.to_json() for s in steps], "warnings": warnings}
    return report(args, data, _lines(steps, warnings))


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    return _listing(ws, args, ws.interview.list_steps(args.campaign))


def cmd_add(ws: Workspace, args: argparse.Namespace) -> int:
    if args.answer_type is not None and args.step != "question":
        from talkpush_desktop.engine.errors import ValidationError

        raise ValidationError("--answer-type is for questions only")
    step = ws.interview.add_step(
        args.campaign,
        args.step,
        args.text,
        answer_type=args.answer_type or "text",
        audio=args.audio or "",
    )
    warnings = ws.interview.warnings(ws.interview.list_steps(args.campaign))
    data = step.to_json() | {"warnings": warnings}
    return report(args, data, _lines([step], warnings))


def cmd_move(ws: Workspace, args: argparse.Namespace) -> int:
    return _listing(ws, args, ws.interview.move_step(args.step_id, args.to))


def cmd_remove(ws: Workspace, args: argparse.Namespace) -> int:
    return _listing(ws, args, ws.interview.remove_step(args.step_id))


def cmd_link(ws: Workspace, args: argparse.Namespace) -> int:
    link = ws.web_interview.link(args.candidate_id, skip_confirmation=args.skip_confirmation)
    return report(args, {"link": link}, [link])


def quick_transcribe(args: argparse.Namespace) -> int:
    """``transcribe FILE``: no workspace is opened."""
    import json
    from pathlib import Path

    from talkpush_desktop.engine.errors import ValidationError
    from talkpush_desktop.engine.interview.audio_files import inspect
    from talkpush_desktop.engine.interview.transcription import (
        default_transcriber,
        transcribe_file,
    )

    try:
        info = inspect(Path(args.file))
    except ValidationError as exc:
        print(f"talkpush-desktop: error: {exc}", file=sys.stderr)
        return 2
    result = transcribe_file(Path(args.file), args.language, default_transcriber())
    data = result.to_json() | {"seconds": info.seconds}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(result.text if result.state == "done" else f"({result.note})")
    return 0


def add_parsers(sub: Any) -> None:
    """The ``interview`` group and ``transcribe``."""
    group = sub.add_parser("interview", help="a campaign's interview steps (interview creator)")
    isub = group.add_subparsers(dest="action", required=True)
    p = isub.add_parser("list", help="the steps in order, with warnings")
    p.add_argument("campaign", help="campaign id or title")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = isub.add_parser("add", help="add a step where its section goes")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("--step", required=True, choices=STEPS)
    p.add_argument("--text", required=True, help="what the step says (the chat shows it)")
    p.add_argument("--audio", help="its recording: a .wav or .mp3 file")
    p.add_argument("--answer-type", choices=ANSWER_TYPES, help="questions only (default text)")
    json_flag(p)
    p.set_defaults(func=cmd_add)
    p = isub.add_parser("move", help="move a step to a position (1 = first)")
    p.add_argument("step_id", type=int)
    p.add_argument("--to", type=positive_int, required=True)
    json_flag(p)
    p.set_defaults(func=cmd_move)
    p = isub.add_parser("remove", help="remove a step (not a question with answers)")
    p.add_argument("step_id", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_remove)
    p = isub.add_parser("link", help="a candidate's web interview link (the web dial-out)")
    p.add_argument("candidate_id", type=int)
    p.add_argument("--skip-confirmation", action="store_true", help="start at question 1")
    json_flag(p)
    p.set_defaults(func=cmd_link)
    p = sub.add_parser("transcribe", help="transcribe a recording offline")
    p.add_argument("file", help="a .wav or .mp3 recording")
    p.add_argument("--language", default="en", help="its language (default en)")
    json_flag(p)
    p.set_defaults(quick=quick_transcribe)
