"""One error shape for every route and every failure:
``{"error": {"code", "type", "message", "details": {field path: reason}}}``.

The engine's errors, FastAPI's validation errors, unknown routes and methods, the limits
(413, 429) and any unexpected failure all answer in it; an unexpected failure says only that
something went wrong (never a traceback, SQL or a path: those go to the server's log).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from talkpush_desktop.engine.errors import (
    AccessDeniedError,
    AuthenticationError,
    ConflictError,
    FieldErrors,
    NotFoundError,
    ValidationError,
    WorkspaceError,
)

log = logging.getLogger("talkpush_desktop.api")

# status -> (code, type)
_KINDS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "invalid_request_error"),
    401: ("unauthorized", "authentication_error"),
    403: ("forbidden", "permission_error"),
    404: ("not_found", "invalid_request_error"),
    405: ("method_not_allowed", "invalid_request_error"),
    409: ("conflict", "invalid_request_error"),
    413: ("payload_too_large", "invalid_request_error"),
    415: ("unsupported_media_type", "invalid_request_error"),
    422: ("validation_failed", "invalid_request_error"),
    429: ("rate_limited", "rate_limit_error"),
    500: ("internal_error", "api_error"),
}
_ENGINE_STATUS: tuple[tuple[type[WorkspaceError], int], ...] = (
    (ValidationError, 422),
    (NotFoundError, 404),
    (AuthenticationError, 401),
    (AccessDeniedError, 403),
    (ConflictError, 409),
    (WorkspaceError, 400),
)


class ErrorDetail(BaseModel):
    code: str = Field(description="machine-readable error, e.g. validation_failed")
    type: str = Field(description="error category, e.g. invalid_request_error")
    message: str = Field(description="a sentence for a person")
    details: dict[str, str] = Field(default_factory=dict, description="field path -> reason")


class ErrorBody(BaseModel):
    """Every error answer of the API."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    """The OpenAPI entries of these error answers (a route adds the ones only it gives)."""
    return {
        status: {"model": ErrorBody, "description": _KINDS[status][0].replace("_", " ")}
        for status in statuses
    }


ERROR_RESPONSES = error_responses(*(s for s in _KINDS if s not in (400, 405, 409, 415)))
"""The error answers documented on every route (OpenAPI)."""


def error_response(
    status: int,
    message: str,
    details: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    code: str | None = None,
) -> JSONResponse:
    """The JSON answer of one error."""
    default_code, kind = _KINDS.get(status, ("error", "invalid_request_error"))
    body = ErrorDetail(
        code=code or default_code, type=kind, message=message, details=dict(details or {})
    )
    return JSONResponse(
        ErrorBody(error=body).model_dump(), status_code=status, headers=dict(headers or {})
    )


def field_path(parts: Iterable[object]) -> str:
    """``("campaign_invitation", "email")`` as the seed writes it:
    ``campaign_invitation[email]``."""
    items = [str(p) for p in parts]
    if not items:
        return ""
    return items[0] + "".join(f"[{p}]" for p in items[1:])


def engine_status(exc: WorkspaceError) -> int:
    return next(status for cls, status in _ENGINE_STATUS if isinstance(exc, cls))


def _engine_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, WorkspaceError)
    details = exc.details if isinstance(exc, FieldErrors) else None
    return error_response(engine_status(exc), str(exc), details, code=getattr(exc, "code", None))


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details: dict[str, str] = {}
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        where = loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc
        if err.get("type") == "json_invalid":
            where = []  # loc holds the offset in the text, not a field
        details.setdefault(field_path(where) or "body", str(err.get("msg", "invalid")))
    summary = "; ".join(f"{field}: {reason}" for field, reason in details.items())
    return error_response(422, f"the request is not valid: {summary}", details)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    messages = {404: "no such route", 405: "method not allowed on this route"}
    message = messages.get(exc.status_code) or str(exc.detail)
    return error_response(exc.status_code, message, headers=exc.headers)


class RateLimitedError(Exception):
    """A key sent more requests than its limit; ``retry_after`` in whole seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many requests for this API key")
        self.retry_after = retry_after


def _rate_limited(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RateLimitedError)
    wait = str(exc.retry_after)
    return error_response(
        429, f"too many requests for this API key; retry in {wait} s", headers={"Retry-After": wait}
    )


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # one line here; the server (uvicorn) logs the traceback when the error reaches it
    log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return error_response(500, "something went wrong on the server; it has been logged")


def install(app: FastAPI) -> None:
    """Route every failure of ``app`` to the one error shape."""
    app.add_exception_handler(WorkspaceError, _engine_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RateLimitedError, _rate_limited)
    app.add_exception_handler(Exception, _unexpected)
