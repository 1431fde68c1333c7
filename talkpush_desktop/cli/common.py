"""What the command groups share: JSON output, the ``--json`` flag, option value types, the
progress line and the report of candidates not invited. Imports no engine code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str, ensure_ascii=False)
    sys.stdout.write("\n")


def report(args: argparse.Namespace, data: Any, lines: Iterable[str]) -> int:
    """A command's answer: ``data`` as JSON with ``--json``, else ``lines`` (a generator is only
    walked when shown); exit status 0."""
    if args.json:
        print_json(data)
    else:
        for line in lines:
            print(line)
    return 0


def json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def add_plain(group: Any, name: str, func: Callable[..., int], **kwargs: Any) -> None:
    """A command whose only option is ``--json`` (``kwargs`` as for ``add_parser``)."""
    p = group.add_parser(name, **kwargs)
    json_flag(p)
    p.set_defaults(func=func)


def positive_int(text: str) -> int:
    """An option value that counts something: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def parse_date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def progress_printer(unit: str) -> Callable[[int], None]:
    def show(n: int) -> None:
        print(f"\r{n:,} {unit}", end="", file=sys.stderr, flush=True)

    return show


def print_not_invited(items: Sequence[Mapping[str, Any]]) -> None:
    """One line per candidate whose invitation could not be sent (No Campaign Invitation)."""
    for item in items:
        print(f"not invited {item['id']}: {item['reason']}")
