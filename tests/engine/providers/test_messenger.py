"""MessengerSend against a real Graph-like HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import urllib3.util.connection

from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    OfflineError,
    Outgoing,
    PermanentError,
    ProviderError,
    RetryableError,
)
from talkpush_desktop.engine.providers.messenger import TOKEN_REFUSED, MessengerSend

TOKEN = "EAAGm0PX4ZCpsBAPageToken-Very-Secret-123"
PSID = "6543210987654321"


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hang_up: bool = False


@dataclass
class Graph:
    """What the server answers next, and what it was asked."""

    replies: dict[tuple[str, str], Reply] = field(default_factory=dict)
    seen: list[dict[str, Any]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def answer(self, method: str, path: str, **kwargs: Any) -> None:
        self.replies[(method, path)] = Reply(**kwargs)


def graph_error(message: str, code: int, subcode: int | None = None, **extra: Any) -> Any:
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    error["fbtrace_id"] = "AbCdEfGhIjK"
    error.update(extra)
    return {"error": error}


class _GraphHandler(http.server.BaseHTTPRequestHandler):
    server: Any

    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        graph: Graph = self.server.graph
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        graph.seen.append(
            {
                "method": method,
                "path": url.path,
                "query": parse_qs(url.query),
                "raw_path": self.path,
                "authorization": self.headers.get("Authorization"),
                "content_type": self.headers.get("Content-Type"),
                "json": json.loads(raw) if raw else None,
            }
        )
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self._reply(Reply(401, graph_error("Invalid OAuth access token.", 190)))
            return
        reply = graph.replies.get((method, url.path), Reply(404, graph_error("Unknown path", 803)))
        if reply.delay and graph.stop.wait(reply.delay):
            return  # the test is over: nobody is listening any more
        if reply.hang_up:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._reply(reply)

    def _reply(self, reply: Reply) -> None:
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        try:
            self.send_response(reply.status)
            kind = "text/html" if isinstance(reply.body, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass


@pytest.fixture
def graph() -> Iterator[tuple[Graph, str]]:
    state = Graph()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GraphHandler)
    server.graph = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}/v19.0"
    state.stop.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def make() -> Iterator[Callable[..., MessengerSend]]:
    made: list[MessengerSend] = []

    def factory(base_url: str, token: str = TOKEN, **kwargs: Any) -> MessengerSend:
        provider = MessengerSend(token, api_base_url=base_url, **kwargs)
        made.append(provider)
        return provider

    yield factory
    for provider in made:
        provider.close()


def outgoing(**kwargs: Any) -> Outgoing:
    values: dict[str, Any] = {
        "message_id": 9,
        "channel": "messenger",
        "to": PSID,
        "body": "Hola José Peña, your interview is tomorrow at 10:00 ✅",
    }
    values.update(kwargs)
    return Outgoing(**values)


def assert_no_token(exc: ProviderError, token: str = TOKEN) -> None:
    for text in (exc.reason, str(exc), repr(exc), repr(exc.args)):
        assert token not in text
    assert exc.__cause__ is None


def _failure(graph: tuple[Graph, str], make: Callable[..., MessengerSend], **reply: Any) -> Any:
    state, base = graph
    state.answer("POST", "/v19.0/me/messages", **reply)
    with pytest.raises(ProviderError) as caught:
        make(base).send(outgoing())
    assert_no_token(caught.value)
    return caught.value


# -- success -----------------------------------------------------------------------


def test_send_posts_a_response_with_the_token_in_the_header(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    state, base = graph
    state.answer("POST", "/v19.0/me/messages", body={"recipient_id": PSID, "message_id": "m_AbC"})
    provider = make(base + "/")
    sent = provider.send(outgoing())
    assert (sent.provider_id, sent.delivered) == ("m_AbC", False)
    request = state.seen[0]
    assert request["path"] == "/v19.0/me/messages"
    assert request["authorization"] == f"Bearer {TOKEN}"
    assert request["content_type"] == "application/json"
    assert TOKEN not in request["raw_path"]
    assert request["query"] == {}
    assert request["json"] == {
        "recipient": {"id": PSID},
        "messaging_type": "RESPONSE",
        "message": {"text": "Hola José Peña, your interview is tomorrow at 10:00 ✅"},
    }
    assert TOKEN not in repr(provider)


def test_check_names_the_page(graph: tuple[Graph, str], make: Callable[..., MessengerSend]) -> None:
    state, base = graph
    state.answer("GET", "/v19.0/me", body={"id": "1029384756", "name": "Acme Careers PH"})
    assert make(base).check() == "Facebook page Acme Careers PH (1029384756)"
    assert state.seen[0]["query"] == {"fields": ["id,name"]}
    assert state.seen[0]["authorization"] == f"Bearer {TOKEN}"


def test_sends_from_several_threads(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    state, base = graph
    state.answer("POST", "/v19.0/me/messages", body={"recipient_id": PSID, "message_id": "m_1"})
    provider = make(base)
    results: list[str] = []

    def worker() -> None:
        for _ in range(3):
            results.append(provider.send(outgoing()).provider_id)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == ["m_1"] * 9
    assert all(r["authorization"] == f"Bearer {TOKEN}" for r in state.seen)


# -- Graph errors ------------------------------------------------------------------


def test_refused_token_pauses_the_provider_without_leaking_it(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    state, base = graph
    wrong = "EAAWrongTokenThatMustNotLeak987"
    provider = make(base, token=wrong)
    for attempt in (lambda: provider.send(outgoing()), provider.check):
        with pytest.raises(OfflineError) as caught:
            attempt()
        assert TOKEN_REFUSED in caught.value.reason
        assert "Invalid OAuth access token." in caught.value.reason
        assert_no_token(caught.value, wrong)
    assert state.seen[0]["authorization"] == f"Bearer {wrong}"


def test_echoed_token_is_scrubbed(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    error = _failure(
        graph,
        make,
        status=400,
        body=graph_error(f"Error validating access token {TOKEN}: session expired", 190, 463),
    )
    assert isinstance(error, OfflineError)
    assert "[page token]" in error.reason
    assert "(Graph error 190, subcode 463)" in error.reason


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_rate_limits_are_retryable_with_retry_after(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend], code: int
) -> None:
    error = _failure(
        graph,
        make,
        status=400,
        body=graph_error("Calls to this api have exceeded the rate limit.", code),
        headers={"Retry-After": "30"},
    )
    assert type(error) is RetryableError
    assert error.retry_after == 30.0
    assert "exceeded the rate limit" in error.reason


def test_http_429_without_json_is_retryable(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    error = _failure(
        graph, make, status=429, body=b"<html>slow down</html>", headers={"Retry-After": later}
    )
    assert type(error) is RetryableError
    assert 100 < error.retry_after <= 120


@pytest.mark.parametrize(
    "case",
    [
        (400, 100, 2018001, "No matching user found"),
        (400, 551, 1545041, "This person isn't available right now."),
        (400, 10, 2018278, "This message is sent outside of allowed window."),
        (403, 200, None, "Permissions error"),
        (400, 368, None, "The action attempted has been deemed abusive"),
    ],
)
def test_refusals_are_permanent_with_facebooks_message(
    graph: tuple[Graph, str],
    make: Callable[..., MessengerSend],
    case: tuple[int, int, int | None, str],
) -> None:
    status, code, subcode, message = case
    error = _failure(graph, make, status=status, body=graph_error(message, code, subcode))
    assert type(error) is PermanentError
    assert error.reason.startswith(f"Facebook refused the message: {message} (Graph error {code}")


def test_other_4xx_without_json_is_permanent(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    error = _failure(graph, make, status=404, body=b"<html>Not found</html>")
    assert type(error) is PermanentError
    assert "HTTP 404" in error.reason


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, graph_error("An unexpected error has occurred.", 2, is_transient=True)),
        (503, b"<html>Service Unavailable</html>"),
        (400, graph_error("Temporary problem", 1200, is_transient=True)),
    ],
)
def test_server_errors_are_retryable(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend], status: int, body: Any
) -> None:
    error = _failure(graph, make, status=status, body=body, headers={"Retry-After": "5"})
    assert type(error) is RetryableError
    assert error.retry_after == 5.0


def test_success_without_message_id_is_ambiguous(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    error = _failure(graph, make, body={"recipient_id": PSID})
    assert isinstance(error, AmbiguousError)


# -- the network -------------------------------------------------------------------


def test_no_server_is_offline(make: Callable[..., MessengerSend]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    provider = make(f"http://127.0.0.1:{port}/v19.0")
    with pytest.raises(OfflineError, match="could not be reached") as caught:
        provider.send(outgoing())
    assert_no_token(caught.value)
    with pytest.raises(OfflineError):
        provider.check()


def test_connect_timeout_is_offline(
    make: Callable[..., MessengerSend], monkeypatch: pytest.MonkeyPatch
) -> None:
    def stalled(*_args: Any, **_kwargs: Any) -> socket.socket:
        raise TimeoutError("timed out")

    monkeypatch.setattr(urllib3.util.connection, "create_connection", stalled)
    with pytest.raises(OfflineError, match="timed out") as caught:
        make("http://127.0.0.1:9/v19.0").send(outgoing())
    assert_no_token(caught.value)


def test_read_timeout_is_ambiguous(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    state, base = graph
    state.answer("POST", "/v19.0/me/messages", body={"message_id": "m_late"}, delay=5.0)
    with pytest.raises(AmbiguousError, match="did not answer in time") as caught:
        make(base, timeout=0.5).send(outgoing())
    assert_no_token(caught.value)


def test_hang_up_after_the_request_is_ambiguous(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    error = _failure(graph, make, hang_up=True)
    assert isinstance(error, AmbiguousError)
    assert "may or may not have been sent" in error.reason


# -- local checks ------------------------------------------------------------------


def test_local_refusals_do_not_call_facebook(
    graph: tuple[Graph, str], make: Callable[..., MessengerSend]
) -> None:
    state, base = graph
    provider = make(base)
    with pytest.raises(PermanentError, match="no Messenger id"):
        provider.send(outgoing(to=" "))
    with pytest.raises(PermanentError, match="at most 2000"):
        provider.send(outgoing(body="x" * 2001))
    assert state.seen == []


def test_nothing_to_reconcile_or_pull() -> None:
    provider = MessengerSend(TOKEN)
    assert (provider.kind, provider.reconcilable) == ("messenger", False)
    assert provider.api_base_url == "https://graph.facebook.com/v19.0"
    assert provider.find_sent(outgoing()) is None
    assert provider.pull("c1") == ([], [], "c1")
    provider.close()
