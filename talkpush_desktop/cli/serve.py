"""``serve``: the HTTP API (intake and partner routes) on the selected workspace."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from talkpush_desktop.cli.common import positive_int

if TYPE_CHECKING:
    from talkpush_desktop.engine.workspace import Workspace


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {value}")
    return value


def cmd_serve(ws: Workspace, args: argparse.Namespace) -> int:
    from talkpush_desktop.api.limits import RateLimit
    from talkpush_desktop.api.server import serve
    from talkpush_desktop.engine.errors import ValidationError

    try:
        rate_limit = RateLimit.parse(args.rate_limit)
    except ValueError:
        raise ValidationError(
            f"not a rate limit: {args.rate_limit!r} (use e.g. 50/100, or off)"
        ) from None
    serve(
        ws,
        args.host,
        args.port,
        args.workers,
        rate_limit=rate_limit,
        database_url=args.database,
        data_dir=str(args.data_dir) if args.data_dir else None,
    )
    return 0


def add_parsers(sub: Any) -> None:
    """``serve [--host H] [--port P] [--workers N]``."""
    p = sub.add_parser(
        "serve",
        help="run the HTTP API (candidate intake, partner API) until Ctrl+C or SIGTERM",
        description="Prints 'listening on http://HOST:PORT' when ready and one log line per "
        "request on stderr. Docs at /docs, the OpenAPI description at /openapi.json.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8080, help="port (default 8080; 0: any free)")
    p.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        help="worker processes (default 1; more need a PostgreSQL workspace)",
    )
    p.add_argument(
        "--rate-limit",
        default="50/100",
        metavar="RATE[/BURST]",
        help="requests per second per API key, and at once (default 50/100; off: no limit)",
    )
    p.set_defaults(func=cmd_serve)
