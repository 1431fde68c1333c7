"""Errors the engine raises; every message is a sentence fit for a recruiter."""

from __future__ import annotations


class WorkspaceError(Exception):
    """Base class: the operation was refused and nothing was changed."""


class NotFoundError(WorkspaceError):
    """A campaign, candidate, label or batch that does not exist."""


class ValidationError(WorkspaceError):
    """Input that breaks a rule (missing contact, folder a recruiter may not set...)."""
