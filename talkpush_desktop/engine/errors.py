"""Errors the engine raises; every message is a sentence fit for a recruiter."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.exc import OperationalError


class WorkspaceError(Exception):
    """Base class: the operation was refused and nothing was changed."""


class NotFoundError(WorkspaceError):
    """A campaign, candidate, label or batch that does not exist."""


class ValidationError(WorkspaceError):
    """Input that breaks a rule (missing contact, folder a recruiter may not set...)."""


class FieldErrors(ValidationError):
    """Input whose fields break rules: ``details`` maps each field path (as the caller named
    it, e.g. ``campaign_invitation[email]``) to the reason; the message sums them up."""

    def __init__(self, details: dict[str, str], message: str | None = None) -> None:
        self.details = dict(details)
        summary = "; ".join(f"{field}: {reason}" for field, reason in self.details.items())
        super().__init__(message or summary or "the input is not valid")


class AuthenticationError(WorkspaceError):
    """An API key that is unknown, revoked, or sent with the wrong secret."""


class AccessDeniedError(WorkspaceError):
    """A known caller refused by a company rule (an address outside its IP whitelist)."""


class ConflictError(WorkspaceError):
    """A request that clashes with one already made (an idempotency key reused...)."""


class IdempotencyConflict(ConflictError):
    """An ``Idempotency-Key`` sent again with other parameters (Stripe's rule): refused,
    nothing stored; the HTTP API answers 409 with this ``code``."""

    code = "idempotency_key_reused"


def describe_operational_error(exc: OperationalError) -> str:
    """One line for a recruiter from a database error raised mid-command (locked, read-only,
    missing...): the storage layer's wording, so callers above the engine never import it."""
    from talkpush_desktop.storage import database

    return database.describe_operational_error(exc)
