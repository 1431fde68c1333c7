"""Twilio SMS with the official SDK (optionally through a Twilio-compatible base URL).

The SDK honours ``client.api.base_url``; its edge/region settings rewrite hosts, so they
stay unset when a base URL is configured. Messages have no idempotency key at Twilio:
after an ambiguous outcome :meth:`TwilioSms.find_sent` lists the messages from our number
to the candidate since the intent was stored, and the outbox resends only if none matches.
"""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta
from typing import Any

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client
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

CLOCK_SKEW = timedelta(minutes=5)
"""How far Twilio's clock may be behind ours when matching a message to its intent."""
LOOKUP_LIMIT = 100
FAILED_STATUSES = {"failed", "undelivered"}
SDK_PREFIX = re.compile(r"^Unable to \w+ record: ")


class _HttpClient(TwilioHttpClient):  # type: ignore[misc]
    """Keeps the headers of the last response (for Retry-After)."""

    last_headers: Any = None

    def request(self, *args: Any, **kwargs: Any) -> Response:
        self.last_headers = None
        response = super().request(*args, **kwargs)
        self.last_headers = response.headers
        return response


def _retry_after(headers: Any) -> float | None:
    value = (headers or {}).get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _connection_error(exc: requests.RequestException) -> ProviderError:
    """Offline when the request never left; ambiguous when it may have been received."""
    if isinstance(exc, requests.ConnectTimeout):
        return OfflineError("Twilio could not be reached (connection timed out)")
    if isinstance(exc, requests.Timeout):
        return AmbiguousError("Twilio did not answer in time")
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", None) if isinstance(reason, MaxRetryError) else None
    if isinstance(inner, NewConnectionError | NameResolutionError):
        return OfflineError("Twilio could not be reached (no connection)")
    return AmbiguousError(f"the connection to Twilio broke: {type(exc).__name__}")


def _rest_error(exc: TwilioRestException, headers: Any) -> ProviderError:
    message = SDK_PREFIX.sub("", str(exc.msg))  # "Unable to create record: ..."
    text = f"{message} (Twilio error {exc.code})" if exc.code else message
    if exc.status == 429:
        return RetryableError(f"Twilio is rate limiting: {text}", _retry_after(headers))
    if exc.status >= 500:
        return RetryableError(f"Twilio had a server error ({exc.status})", _retry_after(headers))
    if exc.status in (401, 403):
        return OfflineError("Twilio refused the account SID or auth token; check the settings")
    return PermanentError(text)


def _naive_utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return (value - value.utcoffset()).replace(tzinfo=None)  # type: ignore[operator]


class TwilioSms:
    """SMS over Twilio's Messages resource; one SDK client per sending thread."""

    kind = "twilio"
    reconcilable = True

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str,
        *,
        api_base_url: str = "",
        timeout: float = 15.0,
    ) -> None:
        self.account_sid = account_sid
        self.from_number = from_number
        self._token = auth_token
        self._base_url = api_base_url.rstrip("/")
        self._timeout = timeout
        self._local = threading.local()

    def _client(self) -> tuple[Client, _HttpClient]:
        pair = getattr(self._local, "pair", None)
        if pair is None:
            http = _HttpClient(timeout=self._timeout)
            # environment={}: TWILIO_EDGE / TWILIO_REGION would rewrite the API host
            client = Client(self.account_sid, self._token, http_client=http, environment={})
            if self._base_url:
                client.api.base_url = self._base_url
            pair = self._local.pair = (client, http)
        return pair

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one SDK call, turning its exceptions into provider errors."""
        _client, http = self._client()
        try:
            return fn(*args, **kwargs)
        except TwilioRestException as exc:
            raise _rest_error(exc, http.last_headers) from None
        except TwilioException as exc:  # list pages fail so: no status, the response attached
            response = exc.args[1] if len(exc.args) > 1 else None
            status = int(getattr(response, "status_code", 0) or 0)
            rest = TwilioRestException(status or 500, "", f"Twilio could not list ({status})")
            raise _rest_error(rest, http.last_headers) from None
        except requests.RequestException as exc:
            raise _connection_error(exc) from None

    def send(self, message: Outgoing) -> Sent:
        client, _http = self._client()
        created = self._call(
            client.messages.create, to=message.to, from_=self.from_number, body=message.body
        )
        return Sent(str(created.sid), delivered=created.status == "delivered")

    def find_sent(self, message: Outgoing) -> Sent | None:
        client, _http = self._client()
        since = (message.intent_at or datetime.min + CLOCK_SKEW) - CLOCK_SKEW
        found = self._call(
            client.messages.list, to=message.to, from_=self.from_number, limit=LOOKUP_LIMIT
        )
        matches = [
            m
            for m in found
            if m.body == message.body and (_naive_utc(m.date_created) or since) >= since
        ]
        if not matches:
            return None
        first = min(matches, key=lambda m: _naive_utc(m.date_created) or since)
        return Sent(str(first.sid), delivered=first.status == "delivered")

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        """Replies to our number and status changes of our messages since ``cursor``."""
        client, _http = self._client()
        since = datetime.fromisoformat(cursor) if cursor else None
        day = since - timedelta(days=1) if since else None
        replies = self._call(client.messages.list, to=self.from_number, date_sent_after=day)
        ours = self._call(client.messages.list, from_=self.from_number, date_sent_after=day)
        newest = since
        inbound: list[Inbound] = []
        for m in replies:
            at = _naive_utc(m.date_sent or m.date_created)
            if at is None or (since is not None and at <= since):
                continue
            newest = max(newest or at, at)
            media = str(getattr(m, "num_media", "0") or "0") != "0"
            inbound.append(
                Inbound(
                    str(m.sid),
                    "sms",
                    str(m.from_),
                    str(m.body or ""),
                    at,
                    media_type="image" if media else "",
                )
            )
        updates = [
            StatusUpdate(
                str(m.sid),
                "failed" if m.status in FAILED_STATUSES else "delivered",
                f"{m.error_message or m.status} (Twilio error {m.error_code})"
                if m.status in FAILED_STATUSES
                else "",
            )
            for m in ours
            if m.status in FAILED_STATUSES | {"delivered"}
        ]
        return inbound, updates, (newest.isoformat() if newest else cursor)

    def check(self) -> str:
        client, _http = self._client()
        account = self._call(client.api.v2010.accounts(self.account_sid).fetch)
        name, status = account.friendly_name, account.status
        return f"Twilio account {name} ({status}), sending from {self.from_number}"

    def close(self) -> None:
        self._local = threading.local()
