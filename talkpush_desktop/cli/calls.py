"""Command line for phone interviews: ``calls robocall``, ``calls list``, and the sandbox
phone's ``sandbox calls`` / ``sandbox answer``.

Register with ``calls.add_parsers(sub)`` *after* ``messaging.add_parsers(sub)``: the
``sandbox`` commands join the existing ``sandbox`` group. The sync worker places and drives
the calls (``talkpush-desktop sync``).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import print_json as _print_json
from talkpush_desktop.cli.common import report

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def cmd_calls_robocall(ws: Workspace, args: argparse.Namespace) -> int:
    call_id = ws.calls.robocall(args.id)
    [call] = [c for c in ws.calls.history(args.id) if c.id == call_id]
    if args.json:
        _print_json(call.to_json())
    else:
        print(f"robocall {call_id} to {call.address} queued; run sync to place it")
    return 0


def _with_notes(rows: Iterable[tuple[str, str]]) -> Iterator[str]:
    """Each row's line, and its note (when it has one) indented below it."""
    for line, note in rows:
        yield line
        if note:
            yield f"       {note}"


def cmd_calls_list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.calls.history(args.candidate)
    lines = (
        (
            f"{c.id:>5}  candidate {c.candidate_id:<6} {c.address:<16} {c.status:<12}"
            f" {c.answers}/{c.questions} answers",
            c.error,
        )
        for c in rows
    )
    return report(args, [c.to_json() for c in rows], _with_notes(lines))


def cmd_sandbox_calls(ws: Workspace, args: argparse.Namespace) -> int:
    rows = ws.calls.sandbox_incoming(args.address)
    lines = (
        (
            f"{r.id:>5}  {r.at:%Y-%m-%d %H:%M}  [{r.state}] {r.script}",
            f"answered: {r.answer}" if r.answer else "",
        )
        for r in rows
    )
    return report(args, [r.to_json() for r in rows], _with_notes(lines))


def cmd_sandbox_answer(ws: Workspace, args: argparse.Namespace) -> int:
    if args.digits is not None:
        ws.calls.check_digits(args.digits)
    if args.hang_up:
        row = ws.calls.sandbox_hang_up(args.call_id)
    else:
        row = ws.calls.sandbox_answer(
            args.call_id, args.digits if args.digits is not None else args.text
        )
    if args.json:
        _print_json({"id": row})
    else:
        print("hung up" if args.hang_up else "answered; run sync to move the call on")
    return 0


def cmd_calls_my_phone(ws: Workspace, args: argparse.Namespace) -> int:
    phone = (
        ws.recruiter_calls.my_phone()
        if args.phone is None
        else (ws.recruiter_calls.set_my_phone(args.phone))
    )
    return report(args, {"my_phone": phone}, [phone or "no phone set"])


def cmd_calls_bridge(ws: Workspace, args: argparse.Namespace) -> int:
    if args.my_phone:
        ws.recruiter_calls.set_my_phone(args.my_phone)
    call = ws.recruiter_calls.call(args.id)
    line = f"call {call.message_id} ({call.provider}): {call.status}"
    return report(args, call.to_json(), [line])


def cmd_calls_bridge_state(ws: Workspace, args: argparse.Namespace) -> int:
    call = (
        ws.recruiter_calls.hang_up(args.call)
        if args.hang_up
        else ws.recruiter_calls.state(args.call)
    )
    line = f"call {call.message_id}: {call.status.replace('-', ' ')}, {call.seconds}s"
    return report(args, call.to_json(), [line])


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _sandbox_group(sub: Any) -> Any:
    """The subcommands of the existing ``sandbox`` command (or a new one)."""
    parser = sub.choices.get("sandbox")
    if parser is None:
        parser = sub.add_parser("sandbox", help="the simulated candidate phone and inbox")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="action", required=True)


def add_parsers(sub: Any) -> None:
    """``calls robocall|list`` and ``sandbox calls|answer``."""
    calls = sub.add_parser("calls", help="phone interviews (robocalls)")
    csub = calls.add_subparsers(dest="action", required=True)
    p = csub.add_parser("robocall", help="call a candidate for the phone interview")
    p.add_argument("id", type=int, help="candidate id")
    _json_flag(p)
    p.set_defaults(func=cmd_calls_robocall)
    p = csub.add_parser("list", help="robocalls, newest first")
    p.add_argument("--candidate", type=int, help="only this candidate's")
    _json_flag(p)
    p.set_defaults(func=cmd_calls_list)
    p = csub.add_parser("my-phone", help="your own phone (Call Candidate rings it first)")
    p.add_argument("phone", nargs="?", help='E.164 (+63...); "" clears it; none: show it')
    _json_flag(p)
    p.set_defaults(func=cmd_calls_my_phone)
    p = csub.add_parser("bridge", help="Call Candidate: your phone, then the candidate's")
    p.add_argument("id", type=int, help="candidate id")
    p.add_argument("--my-phone", help="set your own phone first (E.164)")
    _json_flag(p)
    p.set_defaults(func=cmd_calls_bridge)
    p = csub.add_parser("bridge-state", help="a Call Candidate call's state (or hang it up)")
    p.add_argument("call", type=int, help="the call's id (calls bridge prints it)")
    p.add_argument("--hang-up", action="store_true", help="end the call")
    _json_flag(p)
    p.set_defaults(func=cmd_calls_bridge_state)
    box = _sandbox_group(sub)
    p = box.add_parser("calls", help="the robocall steps the simulated phone got")
    p.add_argument("address", help="phone (E.164)")
    _json_flag(p)
    p.set_defaults(func=cmd_sandbox_calls)
    p = box.add_parser("answer", help="answer the waiting robocall step as the candidate")
    p.add_argument("call_id", type=int, help="the step's id (sandbox calls ADDRESS)")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--digits", help="keys pressed on the keypad")
    how.add_argument("--text", help="what the candidate says")
    how.add_argument("--hang-up", action="store_true", help="hang up instead")
    _json_flag(p)
    p.set_defaults(func=cmd_sandbox_answer)
