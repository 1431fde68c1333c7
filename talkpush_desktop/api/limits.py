"""The server's limits: the size of a request body and the request rate of a key.

:class:`BodyLimit` is plain ASGI middleware: a declared ``Content-Length`` over the limit is
refused before the body is read, and a body streamed without one is counted as it arrives.
:class:`RateLimiter` is an in-process token bucket per key (each worker keeps its own).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from talkpush_desktop.api.errors import RateLimitedError, error_response, is_partner

DEFAULT_MAX_BODY = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RateLimit:
    """``per_second`` requests on average, up to ``burst`` at once, per key (0: no limit)."""

    per_second: float = 50.0
    burst: int = 100

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """``"50/100"`` (per second / burst), ``"50"`` (burst twice that) or ``"off"``."""
        if text.strip().lower() == "off":
            return cls(0.0, 0)
        rate, _, burst = text.partition("/")
        per_second = float(rate)
        limit = cls(per_second, int(burst) if burst else max(1, int(per_second * 2)))
        if not (limit.per_second > 0 and limit.burst >= 1):
            raise ValueError(text)
        return limit


class RateLimiter:
    """Token buckets by key id; :meth:`take` raises RateLimitedError when one is empty."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._buckets: dict[int, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key_id: int) -> None:
        rate, burst = self.limit.per_second, float(self.limit.burst)
        if rate <= 0:
            return
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.get(key_id, (burst, now))
            tokens = min(burst, tokens + (now - at) * rate)
            if tokens < 1.0:
                self._buckets[key_id] = (tokens, now)
                raise RateLimitedError(max(1, math.ceil((1.0 - tokens) / rate)))
            self._buckets[key_id] = (tokens - 1.0, now)


class _TooLarge(HTTPException):
    """Raised while reading a body that grew over the limit (FastAPI passes it through)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, too_large_message(max_bytes), {"Connection": "close"})


def too_large_message(max_bytes: int) -> str:
    return f"the request body is over the limit of {max_bytes / (1024 * 1024):g} MB"


class BodyLimit:
    """413 for a request body over ``max_bytes`` (declared or streamed)."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        seen, started = 0, False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = too_large_message(self.max_bytes)
        response = error_response(
            413, message, headers={"Connection": "close"}, partner=is_partner(scope["path"])
        )
        await response(scope, receive, send)
