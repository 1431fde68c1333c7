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


def describe_operational_error(exc: OperationalError) -> str:
    """One line for a recruiter from a database error raised mid-command (locked, read-only,
    missing...): the storage layer's wording, so callers above the engine never import it."""
    from talkpush_desktop.storage import database

    return database.describe_operational_error(exc)
