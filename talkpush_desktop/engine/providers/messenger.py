"""Facebook Messenger through the Graph Send API (``POST /me/messages``), with requests.

Messages go out with ``"messaging_type": "RESPONSE"``: a reply to a candidate who wrote to
the page within the last 24 hours. Outside that window Meta requires a message tag or an
approved utility template; Graph then refuses the message (error 10, subcode 2018278, "sent
outside of allowed window") and it fails permanently with Facebook's explanation, so
nothing is sent against the policy. No tag is sent: the remaining ones
(``CONFIRMED_EVENT_UPDATE``, ``ACCOUNT_UPDATE``, ``POST_PURCHASE_UPDATE``) do not cover
recruiting, and ``HUMAN_AGENT`` needs Meta's approval of the app.

The page access token travels only in the ``Authorization: Bearer`` header, never in a
URL, so it stays out of proxies' and servers' logs, and it is scrubbed from every reason.

Graph has no way to list the messages a page sent, so ``reconcilable`` is False: a timeout
after the request went out is an :class:`AmbiguousError`. Replies arrive only through
webhooks, which need a public HTTPS endpoint that a desktop app does not have, so
:meth:`MessengerSend.pull` returns nothing.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

import requests
from urllib3.exceptions import MaxRetryError, NameResolutionError, NewConnectionError

from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    Inbound,
    OfflineError,
    Outgoing,
    PermanentError,
    ProviderError,
    RetryableError,
    Sent,
    StatusUpdate,
)

DEFAULT_API_BASE_URL: Final = "https://graph.facebook.com/v19.0"
MAX_TEXT: Final = 2000
"""Messenger's limit for a text message, in characters."""
RATE_LIMIT_CODES: Final = frozenset({4, 17, 32, 613})
"""Graph error codes for application, user, page and call-rate limits."""
TRANSIENT_CODES: Final = frozenset({1, 2})
"""Graph's "unknown error" and "service temporarily unavailable"."""
TOKEN_CODES: Final = frozenset({102, 190})
"""Graph error codes for an invalid, expired or revoked access token."""
TOKEN_REFUSED: Final = (
    "the Facebook page token was refused; reconnect the page in the Messenger settings"
)


def _retry_after(response: Any) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _graph_error(response: Any) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _code(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _describe(error: dict[str, Any], status: int) -> str:
    """Facebook's message with its codes, e.g. ``(Graph error 551, subcode 1545041)``."""
    text = " ".join(str(error.get("message") or f"HTTP {status}").split())
    code, subcode = _code(error.get("code")), _code(error.get("error_subcode"))
    if code is None:
        return text
    return f"{text} (Graph error {code}" + (f", subcode {subcode})" if subcode else ")")


def _response_error(response: Any) -> ProviderError:
    """The provider error for a Graph response that is not a success."""
    status = int(response.status_code)
    error = _graph_error(response)
    code = _code(error.get("code"))
    said = _describe(error, status)
    if code in TOKEN_CODES or (status == 401 and code is None):
        return OfflineError(f"{TOKEN_REFUSED} ({said})")
    if status == 429 or code in RATE_LIMIT_CODES:
        return RetryableError(
            f"Facebook is limiting the page's sending: {said}", _retry_after(response)
        )
    if status >= 500 or code in TRANSIENT_CODES or error.get("is_transient") is True:
        return RetryableError(f"Facebook had a temporary problem: {said}", _retry_after(response))
    return PermanentError(f"Facebook refused the message: {said}")


def _never_connected(exc: requests.ConnectionError) -> bool:
    """True when the request never reached the server (refused, no DNS, TLS, proxy)."""
    if isinstance(exc, requests.ConnectTimeout | requests.exceptions.SSLError):
        return True
    if isinstance(exc, requests.exceptions.ProxyError):
        return True
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", None) if isinstance(reason, MaxRetryError) else None
    return isinstance(inner, NewConnectionError | NameResolutionError)


def _transport_error(exc: requests.RequestException, *, sent: bool) -> ProviderError:
    """Offline when nothing left; ambiguous when a message may have been received."""
    if isinstance(exc, requests.ConnectionError) and _never_connected(exc):
        if isinstance(exc, requests.ConnectTimeout):
            return OfflineError("Facebook could not be reached (the connection timed out)")
        if isinstance(exc, requests.exceptions.SSLError):
            return OfflineError("Facebook could not be reached (the secure connection failed)")
        return OfflineError("Facebook could not be reached (no connection)")
    if not sent:
        return OfflineError(f"the connection to Facebook broke ({type(exc).__name__})")
    if isinstance(exc, requests.Timeout):
        return AmbiguousError(
            "Facebook did not answer in time; the message may or may not have been sent"
        )
    return AmbiguousError(
        f"the connection to Facebook broke ({type(exc).__name__}); "
        "the message may or may not have been sent"
    )


class MessengerSend:
    """Messages from a Facebook page to the people who wrote to it (by page-scoped id)."""

    kind = "messenger"
    reconcilable = False

    def __init__(
        self,
        page_access_token: str,
        *,
        api_base_url: str = DEFAULT_API_BASE_URL,
        timeout: float = 15.0,
    ) -> None:
        self.api_base_url = api_base_url.rstrip("/")
        self._token = page_access_token
        self._timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []

    def __repr__(self) -> str:
        return f"MessengerSend(api_base_url={self.api_base_url!r})"

    # -- the provider interface ------------------------------------------------------

    def send(self, message: Outgoing) -> Sent:
        """POST the text as a RESPONSE to the recipient's page-scoped id (PSID)."""
        if not message.to.strip():
            raise PermanentError("the candidate has no Messenger id to write to")
        if len(message.body) > MAX_TEXT:
            raise PermanentError(
                f"the message is {len(message.body)} characters long; "
                f"Messenger allows at most {MAX_TEXT}"
            )
        payload = {
            "recipient": {"id": message.to.strip()},
            "messaging_type": "RESPONSE",
            "message": {"text": message.body},
        }
        body = self._call("POST", "/me/messages", json=payload)
        message_id = body.get("message_id")
        if not message_id:
            raise AmbiguousError(
                "Facebook accepted the request but returned no message id; "
                "the message may or may not have been sent"
            )
        return Sent(provider_id=str(message_id))

    def find_sent(self, message: Outgoing) -> Sent | None:  # noqa: ARG002
        """Graph cannot list a page's sent messages: always None (not reconcilable)."""
        return None

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        """Nothing: Messenger delivers replies only to a public webhook URL."""
        return [], [], cursor

    def check(self) -> str:
        """Which page the token belongs to: ``Facebook page <name> (<id>)``."""
        page = self._call("GET", "/me", params={"fields": "id,name"})
        return f"Facebook page {page.get('name', '?')} ({page.get('id', '?')})"

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
            self._local = threading.local()
        for session in sessions:
            session.close()

    # -- HTTP ------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {self._token}"
            with self._lock:
                self._sessions.append(session)
                self._local.session = session
        return session

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """One Graph request; its JSON object on success, else a provider error."""
        try:
            response = self._session().request(
                method, self.api_base_url + path, timeout=self._timeout, **kwargs
            )
        except requests.RequestException as exc:
            error = _transport_error(exc, sent=method == "POST")
            raise self._scrubbed(error) from None
        with response:
            if not 200 <= response.status_code < 300:
                raise self._scrubbed(_response_error(response)) from None
            try:
                body = response.json()
            except ValueError:
                body = None
        if not isinstance(body, dict):
            said = f"Facebook answered HTTP {response.status_code} with something other than JSON"
            if method == "POST":
                raise AmbiguousError(f"{said}; the message may or may not have been sent")
            raise RetryableError(said)
        return body

    def _scrubbed(self, exc: ProviderError) -> ProviderError:
        """The token never reaches a reason, even if Facebook echoed it back."""
        if not self._token or self._token not in exc.reason:
            return exc
        reason = exc.reason.replace(self._token, "[page token]")
        if isinstance(exc, RetryableError):
            return type(exc)(reason, exc.retry_after)
        return type(exc)(reason)
