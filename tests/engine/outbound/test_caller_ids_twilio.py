"""Caller IDs on a Twilio account: verified when the account owns the number or verified it
as an outgoing caller ID (asked through the official SDK, here of the loopback fake)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.engine.providers.base import ProviderError
from talkpush_desktop.engine.workspace import Workspace
from tests.support.twilio_numbers import AccountNumbers
from tests.support.twilio_server import TwilioServer


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    with TwilioServer() as fake:
        yield fake


def _twilio(ws: Workspace, server: TwilioServer, token: str) -> None:
    settings = {
        "account_sid": server.account_sid,
        "from_number": "+15550009999",
        "api_base_url": server.url,
        "timeout": 5,
    }
    ws.providers.configure("voice", "twilio", settings, secret=token)


def test_owned_or_verified_numbers_are_verified_others_pending(
    ws: Workspace, server: TwilioServer, memory_keyring: MemoryKeyring
) -> None:
    numbers = AccountNumbers(server)
    numbers.own("+15551230001")
    numbers.verify("+15551230002")
    _twilio(ws, server, server.auth_token)
    assert ws.outbound.add_caller_id("+1 555 123 0001").status == "VERIFIED"
    assert ws.outbound.add_caller_id("+15551230002").status == "VERIFIED"
    pending = ws.outbound.add_caller_id("+15551230003")
    assert pending.status == "PENDING" and pending.provider == "twilio"
    assert ("outgoing_caller_ids", "+15551230003") in numbers.lookups
    numbers.verify("+15551230003")  # verified on Twilio later: adding again checks again
    assert ws.outbound.add_caller_id("+15551230003").status == "VERIFIED"
    assert [c.status for c in ws.outbound.caller_ids()] == ["VERIFIED"] * 3
    assert server.violations == []


def test_a_wrong_token_is_the_providers_error(
    ws: Workspace, server: TwilioServer, memory_keyring: MemoryKeyring
) -> None:
    AccountNumbers(server)
    _twilio(ws, server, "wrong-token")
    with pytest.raises(ProviderError):
        ws.outbound.add_caller_id("+15551230001")
    assert ws.outbound.caller_ids() == []
