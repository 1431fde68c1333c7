"""The one error the outbound engine raises: ``code``, ``message`` and per-field ``details``.

The Partner API answers it 1:1 (``http_status`` and ``{"error": {"code", "type", "message",
"details"}}``), the CLI prints ``str(exc)``: the message and the details on one line.
"""

from __future__ import annotations

from collections.abc import Mapping

from talkpush_desktop.engine.errors import WorkspaceError

INVALID_REQUEST = "INVALID_REQUEST"
PURPOSE_NOT_ALLOWED = "PURPOSE_NOT_ALLOWED_FOR_PARTNER"
NOT_FOUND = "NOT_FOUND"
FORBIDDEN = "FORBIDDEN"

_KINDS: dict[str, tuple[int, str]] = {
    INVALID_REQUEST: (400, "validation_error"),
    PURPOSE_NOT_ALLOWED: (400, "invalid_request_error"),
    NOT_FOUND: (404, "not_found_error"),
    FORBIDDEN: (403, "permission_error"),
}
INVALID_FIELDS = "One or more fields are invalid."


class OutboundError(WorkspaceError):
    """A refused outbound operation (nothing was changed)."""

    def __init__(self, code: str, message: str, details: Mapping[str, str] | None = None) -> None:
        self.code = code
        self.message = message
        self.details = dict(details or {})
        self.http_status, self.type = _KINDS.get(code, (400, "invalid_request_error"))
        shown = "; ".join(f"{path}: {reason}" for path, reason in self.details.items())
        super().__init__(f"{message} ({shown})" if shown else message)

    def to_json(self) -> dict[str, object]:
        """The Partner API's error body."""
        return {
            "error": {
                "code": self.code,
                "type": self.type,
                "message": self.message,
                "details": dict(self.details),
            }
        }


def invalid(details: Mapping[str, str], message: str = INVALID_FIELDS) -> OutboundError:
    return OutboundError(INVALID_REQUEST, message, details)


def not_found(what: str = "Campaign") -> OutboundError:
    return OutboundError(NOT_FOUND, f"{what} not found.")


def not_allowed(message: str) -> OutboundError:
    return OutboundError(PURPOSE_NOT_ALLOWED, message)
