"""Serving the API with uvicorn: one process on a Workspace, or several workers (PostgreSQL).

The socket is bound here first, so a port in use is one clear error and ``--port 0`` gets a
free port; ``listening on http://HOST:PORT`` is printed (and flushed) once the server
accepts. SIGINT and SIGTERM stop it cleanly: requests in flight finish, the workspaces the
app opened (one per company that called, a worker's own) are closed, then it returns.

Once the app is built, what the process holds so far (the modules, the schema, the app, the
workspace) is frozen out of Python's cyclic garbage collector (:func:`gc.freeze`): it lives
as long as the server, and every full collection would otherwise walk all of it again (a
10 s intake load spent 0.7 s in three full collections of 134,000 objects; 0.04 s frozen).
The youngest generation is collected every :data:`GC_YOUNG` net allocations rather than
700: a request's objects are freed by reference counting, and at 700 a busy server ran the
collector some 40 times a second for almost nothing (0.07 ms of CPU a request).
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn
from fastapi import FastAPI

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit, SharedBuckets
from talkpush_desktop.api.request_log import LoopBatchedHandler
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace

_ENV_DATABASE, _ENV_DATA_DIR = "TALKPUSH_SERVE_DATABASE", "TALKPUSH_SERVE_DATA_DIR"
_ENV_RATE, _ENV_BUCKETS = "TALKPUSH_SERVE_RATE_LIMIT", "TALKPUSH_SERVE_RATE_BUCKETS"
GRACE_SECONDS = 30
GC_YOUNG = 10_000
"""Net allocations between two collections of the youngest generation (Python's is 700)."""


class _Server(uvicorn.Server):
    """uvicorn's server that says when it is ready and treats a stop signal as a clean end
    (uvicorn would raise the signal again once stopped, ending the process with it)."""

    def __init__(self, config: uvicorn.Config, ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._ready()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        self._captured_signals.clear()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; WorkspaceError (one line) when that fails.

    It is made as a TCP socket by name (``IPPROTO_TCP``, not the default protocol 0): asyncio
    turns Nagle's algorithm off (``TCP_NODELAY``) only on connections whose socket says so.
    With it on, an answer's body, written after its headers, waited for the client's delayed
    acknowledgement of them (some 40 ms on Linux) before it left."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        raise WorkspaceError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def _announce(host: str, sock: socket.socket) -> Callable[[], None]:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host

    def ready() -> None:
        _tune_collector()
        print(f"listening on http://{shown}:{port}", flush=True)

    return ready


def _log_requests() -> None:
    """The request lines (``talkpush_desktop.api``) on stderr; uvicorn's own access log off.

    A server process logs a line per request, so its records leave out what the line never
    shows (the logging documentation's "Optimization"): the caller's file and line (a walk
    up the stack for each record), thread and process names."""
    logging._srcfile = None  # noqa: SLF001 - the documented way
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = LoopBatchedHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("talkpush_desktop.api", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _config(app: FastAPI | str, **extra: Any) -> uvicorn.Config:
    """uvicorn's settings: our request log instead of its access log; in-flight requests get
    ``GRACE_SECONDS`` to finish once a stop signal came."""
    return uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        lifespan="on",  # its shutdown closes the workspaces the app opened
        timeout_graceful_shutdown=GRACE_SECONDS,
        **extra,
    )


def serve(
    ws: Workspace,
    host: str,
    port: int,
    workers: int = 1,
    *,
    rate_limit: RateLimit | None = None,
    database_url: str | None = None,
    data_dir: str | None = None,
) -> None:
    """Serve ``ws`` until SIGINT/SIGTERM (``rate_limit`` per key, default 50/100, shared by
    the workers).
    Several workers need PostgreSQL: each opens its own Workspace from ``database_url`` and
    ``data_dir``."""
    if workers > 1 and ws.context.dialect == "sqlite":
        raise WorkspaceError(
            "--workers above 1 needs a PostgreSQL workspace (--database postgresql+psycopg://...);"
            " a SQLite workspace is served by one process"
        )
    sock = bind(host, port)
    _log_requests()
    if workers == 1:
        config = _config(create_app(ws, rate_limit=rate_limit))
        _Server(config, _announce(host, sock)).run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    os.environ[_ENV_DATABASE] = database_url or ""
    os.environ[_ENV_DATA_DIR] = data_dir or str(ws.data_dir)
    limit = rate_limit or RateLimit()
    os.environ[_ENV_RATE] = f"{limit.per_second}/{limit.burst}" if limit.per_second else "off"
    config = _config("talkpush_desktop.api.server:worker_app", factory=True, workers=workers)
    with tempfile.TemporaryDirectory(prefix="talkpush-serve-") as folder:
        # one rate per key across the workers: its bucket in a file they all map
        os.environ[_ENV_BUCKETS] = str(SharedBuckets.create(Path(folder)))
        _announce(host, sock)()
        Multiprocess(config, sockets=[sock]).run()


def worker_app() -> FastAPI:
    """The app of one worker process (``--workers N``): its own Workspace and request log."""
    _log_requests()
    ws = Workspace.open(
        database_url=os.environ.get(_ENV_DATABASE) or None,
        data_dir=os.environ.get(_ENV_DATA_DIR) or None,
    )
    limit = RateLimit.parse(os.environ.get(_ENV_RATE) or "off")
    shared = os.environ.get(_ENV_BUCKETS)
    buckets = SharedBuckets(Path(shared)) if shared else None
    app = create_app(ws, rate_limit=limit, buckets=buckets, owns_workspace=True)
    _tune_collector()
    return app


def _tune_collector() -> None:
    """What startup made lives as long as the server: out of the collector; and the young
    generation collected less often (see the module's notes)."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
