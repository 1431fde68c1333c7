"""A real aiosmtpd server for email tests: collects what it accepts, and can refuse a
recipient or the data, stall before answering, or drop the connection."""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "recruiter@acme.example"
PASSWORD = "s3cret-Passw0rd!"


@dataclass
class Handler:
    """Collects envelopes; can refuse recipients or data, or stall before answering."""

    envelopes: list[Any] = field(default_factory=list)
    peers: list[Any] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)
    mail_reply: str = ""
    rcpt_reply: str = ""
    data_reply: str = ""
    data_delay: float = 0.0
    drop_at_rcpt: bool = False

    async def handle_MAIL(
        self, _server: Any, _session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, _session: Any, envelope: Any, address: str, _options: list[str]
    ) -> str:
        if self.drop_at_rcpt:
            server.transport.abort()
            return "250 OK"
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_reply:
            return self.data_reply
        self.envelopes.append(envelope)
        self.peers.append(session.peer)
        return "250 Message accepted for delivery"

    def authenticator(
        self, _server: Any, _session: Any, _envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        self.mechanisms.append(mechanism)
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == USER.encode()
            and auth_data.password == PASSWORD.encode()
        )
        return AuthResult(success=ok, handled=False)

    def message(self, index: int = -1) -> EmailMessage:
        parsed = email.message_from_bytes(
            self.envelopes[index].content, policy=email.policy.default
        )
        assert isinstance(parsed, EmailMessage)
        return parsed


class SmtpController(Controller):
    """Listens on a port the system picks (port 0) and learns it before the self-test."""

    def _trigger_server(self) -> None:
        if self.port == 0:
            assert self.server is not None
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@contextmanager
def serving() -> Iterator[tuple[Handler, SmtpController]]:
    """A server on 127.0.0.1 (a free port) for the block, and what it collects."""
    handler = Handler()
    controller = SmtpController(handler, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        yield handler, controller
    finally:
        controller.stop()
