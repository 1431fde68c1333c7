"""One error shape for every route and every failure:
``{"error": {"code", "type", "message", "details": {field path: reason}}}``.

The engine's errors, FastAPI's validation errors, unknown routes and methods, the limits
(413, 429) and any unexpected failure all answer in it; an unexpected failure says only that
something went wrong (never a traceback, SQL or a path: those go to the server's log).

Under ``/v1/partner`` (the Partner API, seed 004) the codes and types are seed 004's:
``INVALID_REQUEST``/``validation_error`` (400, also for what FastAPI itself refuses, with
Joi-style messages keyed by dotted path), ``PURPOSE_NOT_ALLOWED_FOR_PARTNER``,
``NOT_FOUND``, ``FORBIDDEN``, and in the same style ``UNAUTHORIZED``, ``RATE_LIMITED``,
``PAYLOAD_TOO_LARGE``, ``METHOD_NOT_ALLOWED``, ``UNSUPPORTED_MEDIA_TYPE``, ``INTERNAL_ERROR``.
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
from talkpush_desktop.engine.outbound.errors import INVALID_FIELDS, OutboundError

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
PARTNER_PREFIX = "/v1/partner"
_PARTNER_KINDS: dict[int, tuple[str, str]] = {
    400: ("INVALID_REQUEST", "validation_error"),
    401: ("UNAUTHORIZED", "authentication_error"),
    403: ("FORBIDDEN", "permission_error"),
    404: ("NOT_FOUND", "not_found_error"),
    405: ("METHOD_NOT_ALLOWED", "invalid_request_error"),
    409: ("CONFLICT", "invalid_request_error"),
    413: ("PAYLOAD_TOO_LARGE", "invalid_request_error"),
    415: ("UNSUPPORTED_MEDIA_TYPE", "invalid_request_error"),
    422: ("INVALID_REQUEST", "validation_error"),
    429: ("RATE_LIMITED", "rate_limit_error"),
    500: ("INTERNAL_ERROR", "api_error"),
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


ERROR_RESPONSES = error_responses(*(s for s in _KINDS if s not in (400, 405, 409, 415, 422)))
"""The error answers documented on every route (OpenAPI); a route group adds its own."""


def error_response(
    status: int,
    message: str,
    details: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    code: str | None = None,
    *,
    partner: bool = False,
) -> JSONResponse:
    """The JSON answer of one error (``partner``: in seed 004's codes)."""
    kinds = _PARTNER_KINDS if partner else _KINDS
    default_code, kind = kinds.get(status, ("error", "invalid_request_error"))
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


def is_partner(path: str) -> bool:
    """Is ``path`` a route of the Partner API (seed 004's error codes)?"""
    return path == PARTNER_PREFIX or path.startswith(PARTNER_PREFIX + "/")


def _partner(request: Request) -> bool:
    return is_partner(request.url.path)


def engine_status(exc: WorkspaceError) -> int:
    return next(status for cls, status in _ENGINE_STATUS if isinstance(exc, cls))


def _engine_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, WorkspaceError)
    details = exc.details if isinstance(exc, FieldErrors) else None
    partner = _partner(request)
    status = engine_status(exc)
    if partner and status == 422:
        status = 400
    code = None if partner else getattr(exc, "code", None)
    challenge = {"WWW-Authenticate": "Bearer"} if partner and status == 401 else None
    return error_response(status, str(exc), details, challenge, code, partner=partner)


def _outbound_error(_request: Request, exc: Exception) -> JSONResponse:
    """The outbound engine's refusal as it is (seed 004's code, type, message, details)."""
    assert isinstance(exc, OutboundError)
    return JSONResponse(exc.to_json(), status_code=exc.http_status)


_JOI_MESSAGES = {
    "int_parsing": "must be a number",
    "int_type": "must be a number",
    "int_from_float": "must be an integer",
    "float_parsing": "must be a number",
    "string_type": "must be a string",
    "missing": "is required",
}


def _partner_validation(exc: RequestValidationError) -> JSONResponse:
    """What FastAPI refused on a partner route, as the engine words it (Joi's style)."""
    details: dict[str, str] = {}
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        where = loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc
        path = ".".join(where) or "body"
        label = where[-1] if where else "value"
        reason = _JOI_MESSAGES.get(str(err.get("type")), str(err.get("msg", "is invalid")))
        details.setdefault(path, f'"{label}" {reason}')
    return error_response(400, INVALID_FIELDS, details, partner=True)


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if _partner(request):
        return _partner_validation(exc)
    details: dict[str, str] = {}
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        where = loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc
        if err.get("type") == "json_invalid":
            where = []  # loc holds the offset in the text, not a field
        details.setdefault(field_path(where) or "body", str(err.get("msg", "invalid")))
    summary = "; ".join(f"{field}: {reason}" for field, reason in details.items())
    return error_response(422, f"the request is not valid: {summary}", details)


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    messages = {404: "no such route", 405: "method not allowed on this route"}
    message = messages.get(exc.status_code) or str(exc.detail)
    return error_response(exc.status_code, message, headers=exc.headers, partner=_partner(request))


class RateLimitedError(Exception):
    """A key sent more requests than its limit; ``retry_after`` in whole seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many requests for this API key")
        self.retry_after = retry_after


def _rate_limited(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RateLimitedError)
    wait = str(exc.retry_after)
    return error_response(
        429,
        f"too many requests for this API key; retry in {wait} s",
        headers={"Retry-After": wait},
        partner=_partner(request),
    )


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # one line here; the server (uvicorn) logs the traceback when the error reaches it
    log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return error_response(
        500, "something went wrong on the server; it has been logged", partner=_partner(request)
    )


def install(app: FastAPI) -> None:
    """Route every failure of ``app`` to the one error shape."""
    app.add_exception_handler(WorkspaceError, _engine_error)
    app.add_exception_handler(OutboundError, _outbound_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RateLimitedError, _rate_limited)
    app.add_exception_handler(Exception, _unexpected)
