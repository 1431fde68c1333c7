"""The ATS push: a candidate's ATS JSON POSTed to the customer's ATS, signed and keyed.

Each outbox row of the ``ats`` channel carries the JSON (frozen when the candidate entered
the folder) and an idempotency key made when it was queued. The request has the headers
``X-Talkpush-Signature`` (hex of HMAC-SHA256 of the body with the company's secret, read
from the keyring at send time) and ``Idempotency-Key`` (the row's key, the same on every
attempt). Outcomes steer the outbox: 2xx sent; 5xx, 408, 429 and timeouts retried (a read
timeout is *in doubt*: the ATS may have it); connection refused pauses the push; other
4xx and redirects fail with the status and the start of the ATS's answer.

The ATS cannot be asked whether it has a push, but it need not be: a resend carries the
same Idempotency-Key, so the receiver drops a duplicate. :meth:`AtsPush.find_sent` thus
answers "not found" and the outbox resends (``reconcilable``).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import Any

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from talkpush_desktop.engine.messaging_names import ATS
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
from talkpush_desktop.engine.secret_store import SecretStore, SecretStoreError
from talkpush_desktop.storage.models import Candidate, Message, ProviderSetting

SIGNATURE_HEADER = "X-Talkpush-Signature"
DEFAULT_TIMEOUT = 10.0
ANSWER_SHOWN = 200
"""Characters of a refusing ATS's answer kept in the failure reason."""


def sign(secret: str, body: bytes) -> str:
    """The ``X-Talkpush-Signature`` of ``body``: hex of HMAC-SHA256 keyed by ``secret``."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _retry_after(response: requests.Response) -> float | None:
    try:
        return max(0.0, float(response.headers["Retry-After"]))
    except (KeyError, ValueError):
        return None


def _refused(response: requests.Response) -> ProviderError:
    """The error of a non-2xx answer."""
    status = f"HTTP {response.status_code} {response.reason or ''}".strip()
    if response.status_code >= 500 or response.status_code in (408, 429):
        return RetryableError(f"the ATS answered {status}", _retry_after(response))
    if 300 <= response.status_code < 400:
        where = response.headers.get("Location", "elsewhere")
        return PermanentError(f"the ATS answered {status} (moved to {where}): set the new URL")
    answer = " ".join(response.text.split())[:ANSWER_SHOWN]
    return PermanentError(
        f"the ATS refused the candidate: {status}" + (f": {answer}" * bool(answer))
    )


def _connection_error(exc: requests.RequestException) -> ProviderError:
    """Offline when the request never left; in doubt when the ATS may have it."""
    if isinstance(exc, requests.ConnectTimeout):
        return OfflineError("the ATS could not be reached (connection timed out)")
    if isinstance(exc, requests.Timeout):
        return AmbiguousError("the ATS did not answer in time")
    if isinstance(exc, requests.ConnectionError) and "NewConnectionError" in repr(exc):
        return OfflineError("the ATS could not be reached (no connection)")
    return AmbiguousError(f"the connection to the ATS broke: {type(exc).__name__}")


class AtsPush:
    """POSTs ``ats`` outbox rows to their company's ATS URL (settings read per push)."""

    kind = ATS
    reconcilable = True  # a resend carries the same Idempotency-Key: the ATS drops it

    def __init__(self, store: SecretStore, sessions: sessionmaker[Session]) -> None:
        self._store = store
        self._sessions = sessions
        self._local = threading.local()
        self._opened: list[requests.Session] = []

    def _http(self) -> requests.Session:
        http = getattr(self._local, "http", None)
        if http is None:
            http = self._local.http = requests.Session()
            self._opened.append(http)
        return http

    def _settings(self, message_id: int) -> dict[str, Any]:
        """The ATS settings of the company the pushed candidate belongs to."""
        with self._sessions() as s:
            settings = s.scalar(
                select(ProviderSetting.settings)
                .join(Candidate, Candidate.company_id == ProviderSetting.company_id)
                .join(Message, Message.candidate_id == Candidate.id)
                .where(Message.id == message_id, ProviderSetting.service == ATS)
            )
        if not settings or not settings.get("url"):
            raise PermanentError("the ATS push is not set up (talkpush-desktop ats set)")
        return dict(settings)

    def send(self, message: Outgoing) -> Sent:
        settings = self._settings(message.message_id)
        try:
            secret = self._store.get(str(settings.get("secret_ref", "")))
        except SecretStoreError as exc:
            raise OfflineError(str(exc)) from exc
        if not secret:
            raise PermanentError("the ATS push has no HMAC secret (talkpush-desktop ats set)")
        body = message.body.encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(secret, body),
            "Idempotency-Key": message.subject,
            "User-Agent": "talkpush-desktop",
        }
        timeout = float(settings.get("timeout", DEFAULT_TIMEOUT))
        try:
            response = self._http().post(
                settings["url"], data=body, headers=headers, timeout=timeout, allow_redirects=False
            )
        except requests.RequestException as exc:
            raise _connection_error(exc) from None
        if not 200 <= response.status_code < 300:
            raise _refused(response)
        return Sent(message.subject)

    def find_sent(self, message: Outgoing) -> Sent | None:  # noqa: ARG002 (the protocol's)
        return None  # resend: the Idempotency-Key makes it safe

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        return [], [], cursor

    def check(self) -> str:
        return "the ATS push sends through the outbox"

    def close(self) -> None:
        while self._opened:
            self._opened.pop().close()
