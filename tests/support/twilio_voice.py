"""A workspace whose voice service is Twilio on the loopback fake (its requests checked
against Twilio's OpenAPI; no violation allowed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from talkpush_desktop.engine.workspace import Workspace

FROM_NUMBER = "+15005550006"


@contextmanager
def voice_on_fake(ws: Workspace) -> Iterator[Any]:
    pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")
    from support.twilio_server import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, TwilioServer

    with TwilioServer() as fake:
        settings = {
            "account_sid": DEFAULT_ACCOUNT_SID,
            "from_number": FROM_NUMBER,
            "api_base_url": fake.url,
        }
        ws.providers.configure("voice", "twilio", settings, DEFAULT_AUTH_TOKEN)
        yield fake
        assert fake.violations == []
