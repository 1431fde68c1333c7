"""The server's limits: the size of a request body and the request rate of a key.

:class:`BodyLimit` is plain ASGI middleware: a declared ``Content-Length`` over the limit is
refused before the body is read, and a body streamed without one is counted as it arrives.
:class:`RateLimiter` is a token bucket per key: in the process, or for ``serve --workers N``
in a small file the workers share (:class:`SharedBuckets`), so a key has one rate however
many workers its requests reach.
"""

from __future__ import annotations

import fcntl
import math
import mmap
import os
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

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


class Buckets(Protocol):
    """Where the token buckets live; ``locked`` holds them for one read and write."""

    def locked(self) -> AbstractContextManager[Table]: ...


class Table(Protocol):
    def get(self, key_id: int) -> tuple[float, float] | None: ...

    def put(self, key_id: int, tokens: float, at: float) -> None: ...


class LocalBuckets:
    """This process's buckets (one server process)."""

    def __init__(self) -> None:
        self._table: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    @contextmanager
    def locked(self) -> Iterator[Table]:
        with self._lock:
            yield self

    def get(self, key_id: int) -> tuple[float, float] | None:
        return self._table.get(key_id)

    def put(self, key_id: int, tokens: float, at: float) -> None:
        self._table[key_id] = (tokens, at)


SLOT = struct.Struct("<qdd")  # key id (0: free), tokens, when (time.monotonic: system-wide)
SLOTS = 4096


class SharedBuckets:
    """Buckets in a file the worker processes of one ``serve`` map (the parent makes it with
    :meth:`create`): an open-addressed table of :data:`SLOTS` slots, read and written under
    an exclusive ``flock`` (and a thread lock: ``flock`` does not exclude threads)."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDWR)
        self._map = mmap.mmap(self._fd, SLOT.size * SLOTS)
        self._lock = threading.Lock()

    @staticmethod
    def create(folder: Path) -> Path:
        """A new, empty table file in ``folder`` (readable by its owner only)."""
        path = folder / "rate-buckets"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.ftruncate(fd, SLOT.size * SLOTS)
        finally:
            os.close(fd)
        return path

    @contextmanager
    def locked(self) -> Iterator[Table]:
        with self._lock:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield self
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _slot(self, key_id: int) -> tuple[int, bool]:
        """The slot of ``key_id`` (True) or the free one it would take (False)."""
        start = key_id % SLOTS
        for step in range(SLOTS):
            index = (start + step) % SLOTS
            found = SLOT.unpack_from(self._map, index * SLOT.size)[0]
            if found in (key_id, 0):
                return index, found == key_id
        return start, False  # full (thousands of keys): the key shares its home slot

    def get(self, key_id: int) -> tuple[float, float] | None:
        index, known = self._slot(key_id)
        if not known:
            return None
        _key, tokens, at = SLOT.unpack_from(self._map, index * SLOT.size)
        return tokens, at

    def put(self, key_id: int, tokens: float, at: float) -> None:
        index, _known = self._slot(key_id)
        SLOT.pack_into(self._map, index * SLOT.size, key_id, tokens, at)

    def close(self) -> None:
        self._map.close()
        os.close(self._fd)


class RateLimiter:
    """Token buckets by key id; :meth:`take` raises RateLimitedError when one is empty."""

    def __init__(self, limit: RateLimit, buckets: Buckets | None = None) -> None:
        self.limit = limit
        self._buckets = buckets if buckets is not None else LocalBuckets()

    def take(self, key_id: int) -> None:
        rate, burst = self.limit.per_second, float(self.limit.burst)
        if rate <= 0:
            return
        now = time.monotonic()
        with self._buckets.locked() as table:
            tokens, at = table.get(key_id) or (burst, now)
            tokens = min(burst, tokens + (now - at) * rate)
            if tokens < 1.0:
                table.put(key_id, tokens, now)
                raise RateLimitedError(max(1, math.ceil((1.0 - tokens) / rate)))
            table.put(key_id, tokens - 1.0, now)


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
