"""The one small interface every provider implements, and the errors that steer retries.

A provider turns an :class:`Outgoing` into a provider id, or says exactly how it failed:

- :class:`PermanentError`: this message will never go (invalid number, opted out);
- :class:`RetryableError`: nothing was sent, try again later (5xx, 429 with Retry-After);
- :class:`OfflineError`: the provider could not be reached at all (no network);
- :class:`AmbiguousError`: the request may have been accepted (timeout after sending).

After an ambiguous outcome the outbox asks :meth:`Provider.find_sent`; a provider that
cannot look its messages up says so with ``reconcilable = False``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message ready for a provider: rendered, addressed, with its intent time."""

    message_id: int
    channel: str
    to: str
    body: str
    subject: str = ""
    html: str = ""
    sender_name: str = ""
    intent_at: datetime | None = None
    inline: tuple[tuple[str, str, bytes], ...] = ()
    """PNG pictures the HTML shows as ``cid:`` parts: (content id, file name, bytes)."""
    key: str = ""
    """Names an email that is no outbox message (``weekly-12``, ``share-3``) in its
    Message-ID instead of ``message_id``."""


@dataclass(frozen=True, slots=True)
class Sent:
    """The provider took the message: its id there, and whether it is already delivered."""

    provider_id: str
    delivered: bool = False


@dataclass(frozen=True, slots=True)
class Inbound:
    """A message a candidate sent us, as pulled from a provider."""

    provider_id: str
    channel: str
    sender: str
    body: str
    at: datetime
    media_url: str = ""
    media_type: str = ""
    subject: str = ""


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A later delivery state of a message we sent (delivered, failed with a reason)."""

    provider_id: str
    state: str
    error: str = ""


class ProviderError(Exception):
    """A send did not succeed; ``reason`` is shown to the recruiter on the bubble."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermanentError(ProviderError):
    """The message can never be delivered as it is."""


class RetryableError(ProviderError):
    """Nothing was sent; a later attempt may succeed (``retry_after`` seconds, if said)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class OfflineError(RetryableError):
    """The provider is unreachable (network down, connection refused): pause it."""


class AmbiguousError(ProviderError):
    """The provider may or may not have accepted the message."""


class Provider(Protocol):
    """What the outbox needs of a provider."""

    kind: str
    reconcilable: bool

    def send(self, message: Outgoing) -> Sent:
        """Hand ``message`` over; raise a :class:`ProviderError` subclass on failure."""
        ...

    def find_sent(self, message: Outgoing) -> Sent | None:
        """The provider's record of ``message`` if it was accepted, else None."""
        ...

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        """Inbound messages and status changes since ``cursor``; returns the new cursor."""
        ...

    def check(self) -> str:
        """A one-line description of a working connection; raises ProviderError if not."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
