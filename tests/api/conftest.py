"""Calling the ASGI app of a test workspace through httpx (no socket), or serving it on a
real loopback port (:func:`live_server`)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from talkpush_desktop.api import server
from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit
from talkpush_desktop.engine.workspace import Workspace


class AsgiClient:
    """A synchronous face on ``httpx.AsyncClient(transport=ASGITransport(app))``."""

    def __init__(self, app: FastAPI, address: str = "127.0.0.1") -> None:
        self.app, self.address = app, address

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(
                app=self.app, raise_app_exceptions=False, client=(self.address, 50000)
            )
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(go())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


@pytest.fixture
def app(ws: Workspace) -> FastAPI:
    return create_app(ws, max_body_bytes=1024, rate_limit=RateLimit(per_second=1, burst=3))


@pytest.fixture
def api(app: FastAPI) -> AsgiClient:
    return AsgiClient(app)


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port (a thread of this process), as
    ``serve`` runs it; yields the base URL and stops the server after."""
    sock = server.bind("127.0.0.1", 0)
    ready = threading.Event()
    uvicorn_server = server._Server(server._config(app), ready.set)
    thread = threading.Thread(target=uvicorn_server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        assert ready.wait(30), "the server did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        uvicorn_server.should_exit = True
        thread.join(60)
        sock.close()


PUBLIC = "https://desk.example.com"
"""A workspace's public address in the Twilio callback tests (a tunnel to the server)."""


@pytest.fixture
def twilio() -> Iterator[Any]:
    """The loopback Twilio fake (its requests checked against Twilio's OpenAPI)."""
    pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")
    from support.twilio_server import TwilioServer

    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


def twilio_voice(ws: Workspace, fake: Any, public: str = PUBLIC) -> None:
    """``ws``'s voice service on the fake's account, and its public URL (none with "")."""
    from support.twilio_server import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN

    settings = {
        "account_sid": DEFAULT_ACCOUNT_SID,
        "from_number": "+15005550001",
        "api_base_url": fake.url,
    }
    ws.providers.configure("voice", "twilio", settings, DEFAULT_AUTH_TOKEN)
    ws.company.set_public_url(public)
