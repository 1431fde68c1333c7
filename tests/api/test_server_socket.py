"""The socket ``serve`` listens on: the connections it accepts send at once.

uvicorn writes an answer's headers and its body in two writes. With Nagle's algorithm on,
the body waits until the client acknowledges the headers, and a client delays that
acknowledgement (some 40 ms on Linux): an intake load of 50 clients spent two thirds of each
request's time there. asyncio turns Nagle's algorithm off (``TCP_NODELAY``) on the
connections of a socket made as TCP by name; one made with the default protocol (0) kept it.
"""

from __future__ import annotations

import asyncio
import socket

from talkpush_desktop.api import server


def _accepted_nodelay(sock: socket.socket) -> int:
    """TCP_NODELAY on a connection that an asyncio server on ``sock`` accepted (as uvicorn
    serves the socket ``serve`` binds)."""

    async def main() -> int:
        loop = asyncio.get_running_loop()
        accepted: asyncio.Future[int] = loop.create_future()

        class Protocol(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                conn = transport.get_extra_info("socket")
                accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        listening = await loop.create_server(Protocol, sock=sock)
        async with listening:
            _reader, writer = await asyncio.open_connection(*sock.getsockname()[:2])
            try:
                return await asyncio.wait_for(accepted, 10)
            finally:
                writer.close()

    return asyncio.run(main())


def test_the_served_socket_accepts_connections_without_nagle() -> None:
    assert _accepted_nodelay(server.bind("127.0.0.1", 0)) != 0


def test_a_socket_of_the_default_protocol_keeps_nagle_on_its_connections() -> None:
    """What ``bind`` did before: the same socket but for its protocol number."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    assert _accepted_nodelay(sock) == 0
