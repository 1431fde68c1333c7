"""One log line per request to the ``talkpush_desktop.api`` logger: method, path, status,
milliseconds and the key id (``-`` before authentication). Never the query string, a header,
a secret or the body: the path alone is logged (seed 000 callers may put keys in the query),
its control characters escaped (``%0A`` in a path would otherwise start a forged line). A
share link's token is a credential: only its link id is logged (``/share/12-***``).

:class:`LoopBatchedHandler` writes the lines a pass of the event loop logged in one write
(a batch of stored candidates answers some fifty requests in one pass)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("talkpush_desktop.api")
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), 127)}
_SHARE_TOKEN = re.compile(r"^/share/(\d*)[^/]*")
KEY_STATE = "api_key_id"
"""Where authentication leaves the key id in the request's state (``scope["state"]``)."""


class RequestLog:
    """ASGI middleware writing the request line once the answer has been sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        start, status = time.perf_counter(), 500

        async def watching_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watching_send)
        finally:
            ms = (time.perf_counter() - start) * 1000
            key = state.get(KEY_STATE)
            log.info(
                "%s %s %d %.1fms key=%s",
                scope["method"],
                shown_path(str(scope["path"])),
                status,
                ms,
                "-" if key is None else key,
            )


def shown_path(path: str) -> str:
    """``path`` as logged: control characters escaped, a share token cut to its link id."""
    return _SHARE_TOKEN.sub(r"/share/\1-***", path).translate(_CONTROLS)


class LoopBatchedHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler that, on a thread running an event loop, keeps the lines logged
    during one pass of the loop and writes them together at the end of it (one system call,
    during which the loop's thread lets go of the GIL, instead of one a line). Elsewhere,
    and on :meth:`flush`, it writes at once."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(stream)
        self._pending: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            super().emit(record)
            return
        try:
            line = self.format(record) + self.terminator
        except Exception:  # noqa: BLE001 - logging never raises to its caller
            self.handleError(record)
            return
        with self.lock:  # type: ignore[union-attr]
            self._pending.append(line)
            first = len(self._pending) == 1
        if first:
            loop.call_soon(self.flush)

    def flush(self) -> None:
        with self.lock:  # type: ignore[union-attr]
            lines, self._pending = self._pending, []
            if lines:
                self.stream.write("".join(lines))
        super().flush()
