"""Messenger Platform webhook payloads as Meta sends them (``object: page``), for tests."""

from __future__ import annotations

import json
from typing import Any

SECRET = "app-secret-0123456789"
TOKEN = "verify-token-abcdef"
PSID = "6543210987654321"


def page_event(*messaging: dict[str, Any]) -> bytes:
    entry = {"id": "111222333", "time": 1_700_000_000_000, "messaging": list(messaging)}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


def message(mid: str, text: str = "", *, psid: str = PSID, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"mid": mid} | ({"text": text} if text else {}) | extra
    return {
        "sender": {"id": psid},
        "recipient": {"id": "111222333"},
        "timestamp": 1_700_000_000_000,
        "message": body,
    }
